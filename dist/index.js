#!/usr/bin/env node
"use strict";var hk=Object.create;var au=Object.defineProperty;var yk=Object.getOwnPropertyDescriptor;var Ek=Object.getOwnPropertyNames;var xk=Object.getPrototypeOf,Sk=Object.prototype.hasOwnProperty;var p=(t,e,r)=>()=>{if(r)throw r[0];try{return t&&(e=t(t=0)),e}catch(o){throw r=[o],o}};var cu=(t,e)=>()=>{try{return e||t((e={exports:{}}).exports,e),e.exports}catch(r){throw e=0,r}},sr=(t,e)=>{for(var r in e)au(t,r,{get:e[r],enumerable:!0})},Rk=(t,e,r,o)=>{
if(e&&typeof e=="object"||typeof e=="function")for(let n of Ek(e))!Sk.call(t,n)&&n!==r&&au(t,n,{get:()=>e[n],enumerable:!(o=yk(e,n))||o.enumerable});return t};var Ur=(t,e,r)=>(r=t!=null?hk(xk(t)):{},Rk(e||!t||!t.__esModule?au(r,"default",{value:t,enumerable:!0}):r,t));var Ea,Tt,xE=p(()=>{Ea={warningEmitted:!1},Tt=t=>{if(t&&!Ea.warningEmitted){if(process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED==="true"){Ea.warningEmitted=
!0;return}let e=parseInt(t.substring(1,t.indexOf("."))),r=22;e<r&&(Ea.warningEmitted=!0,process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScri\
pt (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${t}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`))}}});function B(t,e,r){return t.$source||(t.$source={}),t.$source[e]=r,t}var SE=p(()=>{});function Pr(t,e,r){t.__aws_sdk_context?t.__aws_sdk_context.features||(t.__aws_sdk_context.features={}):t.__aws_sdk_context={features:{}},t.__aws_sdk_context.features[e]=
r}var RE=p(()=>{});var c$,xr,_E=p(()=>{c$=()=>typeof process=="object"&&process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026==="true",xr=(t,e)=>{if(c$()&&typeof t?.handle!="functi\
on")return e}});var ws,Iu=p(()=>{ws=t=>typeof ArrayBuffer=="function"&&t instanceof ArrayBuffer||Object.prototype.toString.call(t)==="[object ArrayBuffer]"});var Tn,xa,Cn=p(()=>{Iu();Tn=(t,e=0,r=t.byteLength-e)=>{if(!ws(t))throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof t} (${t})`);
return Buffer.from(t,e,r)},xa=(t,e)=>{if(typeof t!="string")throw new TypeError(`The "input" argument must be of type string. Received type ${typeof t} (${t})`);
return e?Buffer.from(t,e):Buffer.from(t)}});var p$,Se,wE=p(()=>{Cn();p$=/^[A-Za-z0-9+/]*={0,2}$/,Se=t=>{if(t.length*3%4!==0)throw new TypeError("Incorrect padding on base64 string.");if(!p$.exec(t))throw new TypeError(
"Invalid base64 string.");let e=xa(t,"base64");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}});var ie,Sa=p(()=>{Cn();ie=t=>{let e=xa(t,"utf8");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength/Uint8Array.BYTES_PER_ELEMENT)}});var he,IE=p(()=>{Cn();Sa();he=t=>{let e;if(typeof t=="string"?e=ie(t):e=t,typeof e!="object"||typeof e.byteOffset!="number"||typeof e.byteLength!="number")throw new Error(
"@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");return Tn(e.buffer,e.byteOffset,e.byteLength).toString("base64")}});function TE(t,e,r,o){return class Ra extends Uint8Array{static fromString(s,i="utf-8"){if(typeof s=="string")return i==="base64"?Ra.mutate(o(s)):Ra.mutate(e(s));
throw new Error(`Unsupported conversion from ${typeof s} to Uint8ArrayBlobAdapter.`)}static mutate(s){return Object.setPrototypeOf(s,Ra.prototype),s}transformToString(s="\
utf-8"){return s==="base64"?r(this):t(this)}}}var CE=p(()=>{});var ee,vE=p(()=>{Cn();ee=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error(
"@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return Tn(t.buffer,t.byteOffset,t.byteLength).toString("utf8")}});function PE(t){return typeof crypto<"u"&&typeof crypto.randomUUID=="function"?()=>crypto.randomUUID():()=>{let e=new Uint8Array(16);return t(e),e[6]=e[6]&15|64,
e[8]=e[8]&63|128,He[e[0]]+He[e[1]]+He[e[2]]+He[e[3]]+"-"+He[e[4]]+He[e[5]]+"-"+He[e[6]]+He[e[7]]+"-"+He[e[8]]+He[e[9]]+"-"+He[e[10]]+He[e[11]]+He[e[12]]+He[e[13]]+
He[e[14]]+He[e[15]]}}var He,AE=p(()=>{He=Array.from({length:256},(t,e)=>e.toString(16).padStart(2,"0"))});var Mo,bE=p(()=>{(function(t){t.HTTP="http",t.HTTPS="https"})(Mo||(Mo={}))});var Hr,OE=p(()=>{(function(t){t.MD5="md5",t.CRC32="crc32",t.CRC32C="crc32c",t.SHA1="sha1",t.SHA256="sha256"})(Hr||(Hr={}))});var DE=p(()=>{OE()});var Sr,NE=p(()=>{Sr="__smithy_context"});var Ar,kE=p(()=>{(function(t){t.PROFILE="profile",t.SSO_SESSION="sso-session",t.SERVICES="services"})(Ar||(Ar={}))});var br=p(()=>{bE();DE();NE();kE()});var te,$E=p(()=>{br();te=t=>t[Sr]||(t[Sr]={})});function b(t,e){return Object.prototype.hasOwnProperty.call(t,e)}var Tu=p(()=>{});function l$(t){return Object.keys(t).reduce((e,r)=>{let o=t[r];return{...e,[r]:Array.isArray(o)?[...o]:o}},{})}var G,LE=p(()=>{G=class t{method;protocol;hostname;port;path;query;headers;username;password;fragment;body;constructor(e){
this.method=e.method||"GET",this.hostname=e.hostname||"localhost",this.port=e.port,this.query=e.query||{},this.headers=e.headers||{},this.body=e.body,this.protocol=
e.protocol?e.protocol.slice(-1)!==":"?`${e.protocol}:`:e.protocol:"https:",this.path=e.path?e.path.charAt(0)!=="/"?`/${e.path}`:e.path:"/",this.username=e.username,
this.password=e.password,this.fragment=e.fragment}static clone(e){let r=new t({...e,headers:{...e.headers}});return r.query&&(r.query=l$(r.query)),r}static isInstance(e){
if(!e)return!1;let r=e;return"method"in r&&"protocol"in r&&"hostname"in r&&"path"in r&&typeof r.query=="object"&&typeof r.headers=="object"}clone(){return t.clone(
this)}}});var Je,UE=p(()=>{Je=class{statusCode;reason;headers;body;constructor(e){this.statusCode=e.statusCode,this.reason=e.reason,this.headers=e.headers||{},this.body=e.
body}static isInstance(e){if(!e)return!1;let r=e;return typeof r.statusCode=="number"&&typeof r.headers=="object"}}});var d$,Or,FE=p(()=>{d$=new RegExp("^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$"),Or=(t,e=!1)=>{if(!e)return d$.test(t);let r=t.split(".");for(let o of r)if(!Or(o))return!1;
return!0}});function Cu(t){return/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(t)}var ME=p(()=>{});var W,BE=p(()=>{W=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});function HE(t){let e={};if(t=t.replace(/^\?/,""),t)for(let r of t.split("&")){let[o,n=null]=r.split("=");o=decodeURIComponent(o),n&&(n=decodeURIComponent(n)),o in
e?Array.isArray(e[o])?e[o].push(n):e[o]=[e[o],n]:e[o]=n}return e}var jE=p(()=>{});var ye,vu=p(()=>{jE();ye=t=>{if(typeof t=="string")return ye(new URL(t));let{hostname:e,pathname:r,port:o,protocol:n,search:s}=t,i;return s&&(i=HE(s)),{hostname:e,
port:o?parseInt(o):void 0,protocol:n,path:r,query:i}}});var no,GE=p(()=>{Tu();vu();no=t=>{if(typeof t=="object"){if("url"in t){let e=ye(t.url);if(t.headers){e.headers={};for(let r in t.headers)b(t.headers,r)&&(e.headers[r.
toLowerCase()]=t.headers[r].join(", "))}return e}return t}return ye(t)}});var Y=p(()=>{$E();Tu();LE();UE();FE();ME();BE();vu();GE()});var Pu,u$,zE,m$,VE,qE,WE,f$,KE,JE,g$,_a,vn,YE,h$,y$,XE=p(()=>{Pu=t=>{if(t!=null){if(typeof t=="string"){let e=parseFloat(t);if(!Number.isNaN(e))return String(e)!==
String(t)&&y$.warn(h$(`Expected number but observed string: ${t}`)),e}if(typeof t=="number")return t;throw new TypeError(`Expected number, got ${typeof t}: ${t}`)}},
u$=Math.ceil(2**127*(2-2**-23)),zE=t=>{let e=Pu(t);if(e!==void 0&&!Number.isNaN(e)&&e!==1/0&&e!==-1/0&&Math.abs(e)>u$)throw new TypeError(`Expected 32-bit float\
, got ${t}`);return e},m$=t=>{if(t!=null){if(Number.isInteger(t)&&!Number.isNaN(t))return t;throw new TypeError(`Expected integer, got ${typeof t}: ${t}`)}},VE=
t=>WE(t,16),qE=t=>WE(t,8),WE=(t,e)=>{let r=m$(t);if(r!==void 0&&f$(r,e)!==r)throw new TypeError(`Expected ${e}-bit integer, got ${t}`);return r},f$=(t,e)=>{switch(e){case 32:
return Int32Array.of(t)[0];case 16:return Int16Array.of(t)[0];case 8:return Int8Array.of(t)[0]}},KE=t=>Pu(typeof t=="string"?_a(t):t),JE=t=>zE(typeof t=="string"?
_a(t):t),g$=/(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g,_a=t=>{let e=t.match(g$);if(e===null||e[0].length!==t.length)throw new TypeError(
"Expected real number, got implicit NaN");return parseFloat(t)},vn=t=>VE(typeof t=="string"?_a(t):t),YE=t=>qE(typeof t=="string"?_a(t):t),h$=t=>String(new TypeError(
t).stack||t).split(`
`).slice(0,5).filter(e=>!e.includes("stackTraceWarning")).join(`
`),y$={warn:console.warn}});function Bo(t){let e=t.getUTCFullYear(),r=t.getUTCMonth(),o=t.getUTCDay(),n=t.getUTCDate(),s=t.getUTCHours(),i=t.getUTCMinutes(),a=t.getUTCSeconds(),c=n<10?`0${n}`:
`${n}`,l=s<10?`0${s}`:`${s}`,d=i<10?`0${i}`:`${i}`,u=a<10?`0${a}`:`${a}`;return`${E$[o]}, ${c} ${bu[r]} ${e} ${l}:${d}:${u} GMT`}var E$,bu,x$,Ou,S$,Du,R$,_$,w$,
Ts,Nu,Is,I$,T$,C$,Au,v$,P$,A$,Dr,b$,O$,Pn,QE=p(()=>{XE();E$=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],bu=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep",
"Oct","Nov","Dec"];x$=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/),Ou=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC-3339 date-times must be expressed as strings");let e=x$.exec(t);if(!e)throw new TypeError("Invalid RFC-3339 date-time value");let[r,o,n,s,i,a,c,l]=e,d=vn(Pn(
o)),u=Dr(n,"month",1,12),m=Dr(s,"day",1,31);return Is(d,u,m,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})},S$=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/),
Du=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-3339 date-times must be expressed as strings");let e=S$.exec(t);if(!e)throw new TypeError(
"Invalid RFC-3339 date-time value");let[r,o,n,s,i,a,c,l,d]=e,u=vn(Pn(o)),m=Dr(n,"month",1,12),f=Dr(s,"day",1,31),g=Is(u,m,f,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l});
return d.toUpperCase()!="Z"&&g.setTime(g.getTime()-O$(d)),g},R$=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
_$=new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
w$=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/),
Ts=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-7231 date-times must be expressed as strings");let e=R$.exec(t);if(e){let[r,o,n,s,i,a,c,
l]=e;return Is(vn(Pn(s)),Au(n),Dr(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})}if(e=_$.exec(t),e){let[r,o,n,s,i,a,c,l]=e;return C$(Is(I$(
s),Au(n),Dr(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l}))}if(e=w$.exec(t),e){let[r,o,n,s,i,a,c,l]=e;return Is(vn(Pn(l)),Au(o),Dr(n.trimLeft(),
"day",1,31),{hours:s,minutes:i,seconds:a,fractionalMilliseconds:c})}throw new TypeError("Invalid RFC-7231 date-time value")},Nu=t=>{if(t==null)return;let e;if(typeof t==
"number")e=t;else if(typeof t=="string")e=KE(t);else if(typeof t=="object"&&t.tag===1)e=t.value;else throw new TypeError("Epoch timestamps must be expressed as \
floating point numbers or their string representation");if(Number.isNaN(e)||e===1/0||e===-1/0)throw new TypeError("Epoch timestamps must be valid, non-Infinite,\
 non-NaN numerics");return new Date(Math.round(e*1e3))},Is=(t,e,r,o)=>{let n=e-1;return P$(t,n,r),new Date(Date.UTC(t,n,r,Dr(o.hours,"hour",0,23),Dr(o.minutes,"\
minute",0,59),Dr(o.seconds,"seconds",0,60),b$(o.fractionalMilliseconds)))},I$=t=>{let e=new Date().getUTCFullYear(),r=Math.floor(e/100)*100+vn(Pn(t));return r<e?
r+100:r},T$=50*365*24*60*60*1e3,C$=t=>t.getTime()-new Date().getTime()>T$?new Date(Date.UTC(t.getUTCFullYear()-100,t.getUTCMonth(),t.getUTCDate(),t.getUTCHours(),
t.getUTCMinutes(),t.getUTCSeconds(),t.getUTCMilliseconds())):t,Au=t=>{let e=bu.indexOf(t);if(e<0)throw new TypeError(`Invalid month: ${t}`);return e+1},v$=[31,28,
31,30,31,30,31,31,30,31,30,31],P$=(t,e,r)=>{let o=v$[e];if(e===1&&A$(t)&&(o=29),r>o)throw new TypeError(`Invalid day for ${bu[e]} in ${t}: ${r}`)},A$=t=>t%4===0&&
(t%100!==0||t%400===0),Dr=(t,e,r,o)=>{let n=YE(Pn(t));if(n<r||n>o)throw new TypeError(`${e} must be between ${r} and ${o}, inclusive`);return n},b$=t=>t==null?0:
JE("0."+t)*1e3,O$=t=>{let e=t[0],r=1;if(e=="+")r=1;else if(e=="-")r=-1;else throw new TypeError(`Offset direction, ${e}, must be "+" or "-"`);let o=Number(t.substring(
1,3)),n=Number(t.substring(4,6));return r*(o*60+n)*60*1e3},Pn=t=>{let e=0;for(;e<t.length-1&&t.charAt(e)==="0";)e++;return e===0?t:t.slice(e)}});var Ye,ZE=p(()=>{Ye=function(e){return Object.assign(new String(e),{deserializeJSON(){return JSON.parse(String(e))},toString(){return String(e)},toJSON(){return String(
e)}})};Ye.from=t=>t&&typeof t=="object"&&(t instanceof Ye||"deserializeJSON"in t)?t:typeof t=="string"||Object.getPrototypeOf(t)===String.prototype?Ye(String(t)):
Ye(JSON.stringify(t));Ye.fromObject=Ye.from});function ku(t){return(t.includes(",")||t.includes('"'))&&(t=`"${t.replace(/\\/g,"\\\\").replace(/"/g,'\\"')}"`),t}var ex=p(()=>{});function jr(t,e,r){let o=Number(t);if(o<e||o>r)throw new Error(`Value ${o} out of range [${e}, ${r}]`)}var $u,Lu,Uu,tx,rx,D$,N$,k$,$$,L$,U$,Fu,Mu,Bu,ox=p(()=>{$u=
"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?",Lu="(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",Uu="(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?",tx="(\
\\d?\\d)",rx="(\\d{4})",D$=new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/),N$=/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/,
k$=new RegExp(`^${$u}, ${tx} ${Lu} ${rx} ${Uu} GMT$`),$$=new RegExp(`^${$u}, ${tx}-${Lu}-(\\d\\d) ${Uu} GMT$`),L$=new RegExp(`^${$u} ${Lu} ( [1-9]|\\d\\d) ${Uu}\
 ${rx}$`),U$=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"],Fu=t=>{if(t==null)return;let e=NaN;if(typeof t=="number")e=t;else if(typeof t==
"string"){if(!/^-?\d*\.?\d+$/.test(t))throw new TypeError("parseEpochTimestamp - numeric string invalid.");e=Number.parseFloat(t)}else typeof t=="object"&&t.tag===
1&&(e=t.value);if(isNaN(e)||Math.abs(e)===1/0)throw new TypeError("Epoch timestamps must be valid finite numbers.");return new Date(Math.round(e*1e3))},Mu=t=>{if(t==
null)return;if(typeof t!="string")throw new TypeError("RFC3339 timestamps must be strings");let e=D$.exec(t);if(!e)throw new TypeError(`Invalid RFC3339 timestam\
p format ${t}`);let[,r,o,n,s,i,a,,c,l]=e;jr(o,1,12),jr(n,1,31),jr(s,0,23),jr(i,0,59),jr(a,0,60);let d=new Date(Date.UTC(Number(r),Number(o)-1,Number(n),Number(s),
Number(i),Number(a),Number(c)?Math.round(parseFloat(`0.${c}`)*1e3):0));if(d.setUTCFullYear(Number(r)),l.toUpperCase()!="Z"){let[,u,m,f]=/([+-])(\d\d):(\d\d)/.exec(
l)||[void 0,"+",0,0],g=u==="-"?1:-1;d.setTime(d.getTime()+g*(Number(m)*60*60*1e3+Number(f)*60*1e3))}return d},Bu=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC7231 timestamps must be strings.");if(N$.test(t))return new Date(t);let e,r,o,n,s,i,a,c;if((c=k$.exec(t))?[,e,r,o,n,s,i,a]=c:(c=$$.exec(t))?([,e,r,o,n,s,i,a]=
c,o=(Number(o)+1900).toString()):(c=L$.exec(t))&&([,r,e,n,s,i,a,o]=c),o&&i){let l=Date.UTC(Number(o),U$.indexOf(r),Number(e),Number(n),Number(s),Number(i),a?Math.
round(parseFloat(`0.${a}`)*1e3):0);jr(e,1,31),jr(n,0,23),jr(s,0,59),jr(i,0,60);let d=new Date(l);return d.setUTCFullYear(Number(o)),d}throw new TypeError(`Inval\
id RFC7231 date-time value ${t}.`)}});function Hu(t,e,r){if(r<=0||!Number.isInteger(r))throw new Error("Invalid number of delimiters ("+r+") for splitEvery.");let o=t.split(e);if(r===1)return o;let n=[],
s="";for(let i=0;i<o.length;i++)s===""?s=o[i]:s+=e+o[i],(i+1)%r===0&&(n.push(s),s="");return s!==""&&n.push(s),n}var nx=p(()=>{});var Cs,sx=p(()=>{Cs=t=>{let e=t.length,r=[],o=!1,n=!1,s=0;for(let i=0;i<e;++i){let a=t[i];switch(a){case'"':n||(o=!o);break;case",":o||(r.push(t.slice(s,i)),s=i+
1);break;default:}n=a==="\\"&&!n}return r.push(t.slice(s)),r.map(i=>{i=i.trim();let a=i.length;return a<2?i:i[0]==='"'&&i[a-1]==='"'?(i=i.slice(1,a-1),i.replace(
/\\(["\\])/g,"$1")):i.replace(/\\"/g,'"')})}});var ix,Re,ax=p(()=>{ix=/^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/,Re=class t{string;type;constructor(e,r){if(this.string=e,this.type=r,!ix.test(e))throw new Error(
`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${e}"`)}toString(){return this.string}static[Symbol.hasInstance](e){
if(!e||typeof e!="object")return!1;let r=e;return t.prototype.isPrototypeOf(e)||r.type==="bigDecimal"&&ix.test(r.string)}}});function Gu(t){if(t.length%2!==0)throw new Error("Hex encoded strings must have an even number length");let e=new Uint8Array(t.length/2);for(let r=0;r<t.length;r+=
2){let o=t.slice(r,r+2).toLowerCase();if(o in ju)e[r/2]=ju[o];else throw new Error(`Cannot decode unrecognized sequence ${o} as hexadecimal`)}return e}function Xe(t){
let e="";for(let r=0;r<t.byteLength;r++)e+=cx[t[r]];return e}var cx,ju,zu=p(()=>{cx={},ju={};for(let t=0;t<256;t++){let e=t.toString(16).toLowerCase();e.length===
1&&(e=`0${e}`),cx[t]=e,ju[e]=t}});var An,Ct,px=p(()=>{An=require("node:fs"),Ct=t=>{if(!t)return 0;if(typeof t=="string")return Buffer.byteLength(t);if(typeof t.byteLength=="number")return t.byteLength;
if(typeof t.size=="number")return t.size;if(typeof t.start=="number"&&typeof t.end=="number")return t.end+1-t.start;if(t instanceof An.ReadStream){if(t.path!=null)
return(0,An.lstatSync)(t.path).size;if(typeof t.fd=="number")return(0,An.fstatSync)(t.fd).size}throw new Error(`Body Length computation failed for ${t}`)}});var vt,lx=p(()=>{Sa();vt=t=>t instanceof Uint8Array?t:typeof t=="string"?ie(t):ArrayBuffer.isView(t)?new Uint8Array(t.buffer,t.byteOffset,t.byteLength/Uint8Array.
BYTES_PER_ELEMENT):new Uint8Array(t)});function wa(t,e){if(e===void 0){e=0;for(let n of t)e+=n.byteLength}let r=new Uint8Array(e),o=0;for(let n of t)r.set(n,o),o+=n.byteLength;return r}var Vu=p(()=>{});var je,vs=p(()=>{je=class t extends Error{name="ProviderError";tryNextLink;constructor(e,r=!0){let o,n=!0;typeof r=="boolean"?(o=void 0,n=r):r!=null&&typeof r==
"object"&&(o=r.logger,n=r.tryNextLink??!0),super(e),this.tryNextLink=n,Object.setPrototypeOf(this,t.prototype),o?.debug?.(`@smithy/property-provider ${n?"->":"(\
!)"} ${e}`)}static from(e,r=!0){return Object.assign(new this(e.message,r),e)}}});var R,Ia=p(()=>{vs();R=class t extends je{name="CredentialsProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var Pt,dx=p(()=>{vs();Pt=class t extends je{name="TokenProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var Ho,qu=p(()=>{vs();Ho=(...t)=>async()=>{if(t.length===0)throw new je("No providers in chain");let e;for(let r of t)try{return await r()}catch(o){if(e=o,o?.tryNextLink)
continue;throw o}throw e}});var ux,mx=p(()=>{ux=t=>()=>Promise.resolve(t)});var Ta,Wu=p(()=>{Ta=(t,e,r)=>{let o,n,s,i=!1,a=async()=>{n||(n=t());try{o=await n,s=!0,i=!1}finally{n=void 0}return o};return e===void 0?async c=>((!s||c?.forceRefresh)&&
(o=await a()),o):async c=>((!s||c?.forceRefresh)&&(o=await a()),i?o:r&&!r(o)?(i=!0,o):(e(o)&&await a(),o))}});var At,Ca=p(()=>{At=(t,e,r)=>{if(e in t){if(t[e]==="true")return!0;if(t[e]==="false")return!1;throw new Error(`Cannot load ${r} "${e}". Expected "true" or "fals\
e", got ${t[e]}.`)}}});var Qe,va=p(()=>{(function(t){t.ENV="env",t.CONFIG="shared config entry"})(Qe||(Qe={}))});var fx,gx,Ku,F$,so,Ps=p(()=>{fx=require("node:os"),gx=require("node:path"),Ku={},F$=()=>process&&process.geteuid?`${process.geteuid()}`:"DEFAULT",so=()=>{let{HOME:t,
USERPROFILE:e,HOMEPATH:r,HOMEDRIVE:o=`C:${gx.sep}`}=process.env;if(t)return t;if(e)return e;if(r)return`${o}${r}`;let n=F$();return Ku[n]||(Ku[n]=(0,fx.homedir)()),
Ku[n]}});var Pa,hx,Ze,Ju=p(()=>{Pa="AWS_PROFILE",hx="default",Ze=t=>t.profile||process.env[Pa]||hx});var yx,Ex,As,Yu=p(()=>{yx=require("node:crypto"),Ex=require("node:path");Ps();As=t=>{let r=(0,yx.createHash)("sha1").update(t).digest("hex");return(0,Ex.join)(so(),
".aws","sso","cache",`${r}.json`)}});var xx,bs,Os,Xu=p(()=>{xx=require("node:fs/promises");Yu();bs={},Os=async t=>{if(bs[t])return bs[t];let e=As(t),r=await(0,xx.readFile)(e,"utf8");return JSON.parse(
r)}});var Sx,Rx=p(()=>{br();Sx=t=>Object.entries(t).filter(([e])=>{let r=e.indexOf(".");return r===-1?!1:Object.values(Ar).includes(e.substring(0,r))}).reduce((e,[r,o])=>{
let n=r.indexOf("."),s=r.substring(0,n)===Ar.PROFILE?r.substring(n+1):r;return e[s]=o,e},{...t.default&&{default:t.default}})});var _x,M$,Aa,Qu=p(()=>{_x=require("node:path");Ps();M$="AWS_CONFIG_FILE",Aa=()=>process.env[M$]||(0,_x.join)(so(),".aws","config")});var wx,B$,Ix,Tx=p(()=>{wx=require("node:path");Ps();B$="AWS_SHARED_CREDENTIALS_FILE",Ix=()=>process.env[B$]||(0,wx.join)(so(),".aws","credentials")});var H$,j$,Ds,Zu=p(()=>{br();H$=/^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/,j$=["__proto__","profile __proto__"],Ds=t=>{let e={},r,o;for(let n of t.split(/\r?\n/)){let s=n.
split(/(^|\s)[;#]/)[0].trim();if(s[0]==="["&&s[s.length-1]==="]"){r=void 0,o=void 0;let a=s.substring(1,s.length-1),c=H$.exec(a);if(c){let[,l,,d]=c;Object.values(
Ar).includes(l)&&(r=[l,d].join("."))}else r=a;if(j$.includes(a))throw new Error(`Found invalid profile name "${a}"`)}else if(r){let a=s.indexOf("=");if(![0,-1].
includes(a)){let[c,l]=[s.substring(0,a).trim(),s.substring(a+1).trim()];if(l==="")o=c;else{o&&n.trimStart()===n&&(o=void 0),e[r]=e[r]||{};let d=o?[o,c].join("."):
c;e[r][d]=l}}}}return e}});var Cx,em,Ns,ks,ba=p(()=>{Cx=require("node:fs/promises"),em={},Ns={},ks=(t,e)=>Ns[t]!==void 0?Ns[t]:((!em[t]||e?.ignoreCache)&&(em[t]=(0,Cx.readFile)(t,"utf8")),
em[t])});var tm,vx,Oa,rm=p(()=>{tm=require("node:path");Rx();Qu();Tx();Ps();Zu();ba();vx=()=>({}),Oa=async(t={})=>{let{filepath:e=Ix(),configFilepath:r=Aa()}=t,o=so(),n="\
~/",s=e;e.startsWith(n)&&(s=(0,tm.join)(o,e.slice(2)));let i=r;r.startsWith(n)&&(i=(0,tm.join)(o,r.slice(2)));let a=await Promise.all([ks(i,{ignoreCache:t.ignoreCache}).
then(Ds).then(Sx).catch(vx),ks(s,{ignoreCache:t.ignoreCache}).then(Ds).catch(vx)]);return{configFile:a[0],credentialsFile:a[1]}}});var Px,Ax=p(()=>{br();Px=t=>Object.entries(t).filter(([e])=>e.startsWith(Ar.SSO_SESSION+".")).reduce((e,[r,o])=>({...e,[r.substring(r.indexOf(".")+1)]:o}),{})});var G$,$s,bx=p(()=>{Qu();Ax();Zu();ba();G$=()=>({}),$s=async(t={})=>ks(t.configFilepath??Aa()).then(Ds).then(Px).catch(G$)});var Ox,Dx=p(()=>{Ox=(...t)=>{let e={};for(let r of t)for(let[o,n]of Object.entries(r))e[o]!==void 0?Object.assign(e[o],n):e[o]=n;return e}});var Rr,Nx=p(()=>{rm();Dx();Rr=async t=>{let e=await Oa(t);return Ox(e.configFile,e.credentialsFile)}});var Ls,kx=p(()=>{Xu();ba();Ls={getFileRecord(){return Ns},interceptFile(t,e){Ns[t]=Promise.resolve(e)},getTokenRecord(){return bs},interceptToken(t,e){bs[t]=e}}});function Da(t){try{let e=new Set(Array.from(t.match(/([A-Z_]){3,}/g)??[]));return e.delete("CONFIG"),e.delete("CONFIG_PREFIX_SEPARATOR"),e.delete("ENV"),[...e].
join(", ")}catch{return t}}var om=p(()=>{});var $x,Lx=p(()=>{Ia();om();$x=(t,e)=>async()=>{try{let r=t(process.env,e);if(r===void 0)throw new Error;return r}catch(r){throw new R(r.message||`Not found in E\
NV: ${Da(t.toString())}`,{logger:e?.logger})}}});var Ux,Fx=p(()=>{Ia();Ju();rm();om();Ux=(t,{preferredFile:e="config",...r}={})=>async()=>{let o=Ze(r),{configFile:n,credentialsFile:s}=await Oa(r),i=s[o]||{},a=n[o]||
{},c=e==="config"?{...i,...a}:{...a,...i};try{let d=t(c,e==="config"?n:s);if(d===void 0)throw new Error;return d}catch(l){throw new R(l.message||`Not found in c\
onfig files w/ profile [${o}]: ${Da(t.toString())}`,{logger:r.logger})}}});var z$,Mx,Bx=p(()=>{mx();z$=t=>typeof t=="function",Mx=t=>z$(t)?async()=>await t():ux(t)});var w,nm=p(()=>{qu();Wu();Lx();Fx();Bx();w=({environmentVariableSelector:t,configFileSelector:e,default:r},o={})=>{let{signingName:n,logger:s}=o;return Ta(Ho($x(
t,{signingName:n,logger:s}),Ux(e,o),Mx(r)))}});var Hx,jx,bt,Gx=p(()=>{Ca();va();Hx="AWS_USE_DUALSTACK_ENDPOINT",jx="use_dualstack_endpoint",bt={environmentVariableSelector:t=>At(t,Hx,Qe.ENV),configFileSelector:t=>At(
t,jx,Qe.CONFIG),default:!1}});var zx,Vx,Ot,qx=p(()=>{Ca();va();zx="AWS_USE_FIPS_ENDPOINT",Vx="use_fips_endpoint",Ot={environmentVariableSelector:t=>At(t,zx,Qe.ENV),configFileSelector:t=>At(t,
Vx,Qe.CONFIG),default:!1}});var Go,io,bn,Wx,Kx,sm=p(()=>{Go=(t,e)=>{let r=[];if(t&&r.push(t),e)for(let o of e)r.push(o);return r},io=(t,e)=>`${t||"anonymous"}${e&&e.length>0?` (a.k.a. ${e.
join(",")})`:""}`,bn=()=>{let t=[],e=[],r=!1,o=new Set,n=u=>u.sort((m,f)=>Wx[f.step]-Wx[m.step]||Kx[f.priority||"normal"]-Kx[m.priority||"normal"]),s=u=>{let m=!1,
f=g=>{let y=Go(g.name,g.aliases);if(y.includes(u)){m=!0;for(let h of y)o.delete(h);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},i=u=>{let m=!1,f=g=>{
if(g.middleware===u){m=!0;for(let y of Go(g.name,g.aliases))o.delete(y);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},a=u=>(t.forEach(m=>{u.add(m.middleware,
{...m})}),e.forEach(m=>{u.addRelativeTo(m.middleware,{...m})}),u.identifyOnResolve?.(d.identifyOnResolve()),u),c=u=>{let m=[];return u.before.forEach(f=>{f.before.
length===0&&f.after.length===0?m.push(f):m.push(...c(f))}),m.push(u),u.after.reverse().forEach(f=>{f.before.length===0&&f.after.length===0?m.push(f):m.push(...c(
f))}),m},l=(u=!1)=>{let m=[],f=[],g={};return t.forEach(h=>{let S={...h,before:[],after:[]};for(let x of Go(S.name,S.aliases))g[x]=S;m.push(S)}),e.forEach(h=>{let S={
...h,before:[],after:[]};for(let x of Go(S.name,S.aliases))g[x]=S;f.push(S)}),f.forEach(h=>{if(h.toMiddleware){let S=g[h.toMiddleware];if(S===void 0){if(u)return;
throw new Error(`${h.toMiddleware} is not found when adding ${io(h.name,h.aliases)} middleware ${h.relation} ${h.toMiddleware}`)}h.relation==="after"&&S.after.push(
h),h.relation==="before"&&S.before.push(h)}}),n(m).map(c).reduce((h,S)=>(h.push(...S),h),[])},d={add:(u,m={})=>{let{name:f,override:g,aliases:y}=m,h={step:"init\
ialize",priority:"normal",middleware:u,...m},S=Go(f,y);if(S.length>0){if(S.some(x=>o.has(x))){if(!g)throw new Error(`Duplicate middleware name '${io(f,y)}'`);for(let x of S){
let v=t.findIndex(L=>L.name===x||L.aliases?.some(X=>X===x));if(v===-1)continue;let A=t[v];if(A.step!==h.step||h.priority!==A.priority)throw new Error(`"${io(A.name,
A.aliases)}" middleware with ${A.priority} priority in ${A.step} step cannot be overridden by "${io(f,y)}" middleware with ${h.priority} priority in ${h.step} s\
tep.`);t.splice(v,1)}}for(let x of S)o.add(x)}t.push(h)},addRelativeTo:(u,m)=>{let{name:f,override:g,aliases:y}=m,h={middleware:u,...m},S=Go(f,y);if(S.length>0){
if(S.some(x=>o.has(x))){if(!g)throw new Error(`Duplicate middleware name '${io(f,y)}'`);for(let x of S){let v=e.findIndex(L=>L.name===x||L.aliases?.some(X=>X===
x));if(v===-1)continue;let A=e[v];if(A.toMiddleware!==h.toMiddleware||A.relation!==h.relation)throw new Error(`"${io(A.name,A.aliases)}" middleware ${A.relation}\
 "${A.toMiddleware}" middleware cannot be overridden by "${io(f,y)}" middleware ${h.relation} "${h.toMiddleware}" middleware.`);e.splice(v,1)}}for(let x of S)o.
add(x)}e.push(h)},clone:()=>a(bn()),use:u=>{u.applyToStack(d)},remove:u=>typeof u=="string"?s(u):i(u),removeByTag:u=>{let m=!1,f=g=>{let{tags:y,name:h,aliases:S}=g;
if(y&&y.includes(u)){let x=Go(h,S);for(let v of x)o.delete(v);return m=!0,!1}return!0};return t=t.filter(f),e=e.filter(f),m},concat:u=>{let m=a(bn());return m.use(
u),m.identifyOnResolve(r||m.identifyOnResolve()||(u.identifyOnResolve?.()??!1)),m},applyToStack:a,identify:()=>l(!0).map(u=>{let m=u.step??u.relation+" "+u.toMiddleware;
return io(u.name,u.aliases)+" - "+m}),identifyOnResolve(u){return typeof u=="boolean"&&(r=u),r},resolve:(u,m)=>{for(let f of l().map(g=>g.middleware).reverse())
u=f(u,m);return r&&console.log(d.identify()),u}};return d},Wx={initialize:5,serialize:4,build:3,finalizeRequest:2,deserialize:1},Kx={high:3,normal:2,low:1}});var Te,Jx=p(()=>{sm();Te=class{config;middlewareStack=bn();initConfig;handlers;constructor(e){this.config=e;let{protocol:r,protocolSettings:o}=e;o&&typeof r=="f\
unction"&&(e.protocol=new r(o))}send(e,r,o){let n=typeof r!="function"?r:void 0,s=typeof r=="function"?r:o,i=n===void 0&&this.config.cacheMiddleware===!0,a;if(i){
this.handlers||(this.handlers=new WeakMap);let c=this.handlers;c.has(e.constructor)?a=c.get(e.constructor):(a=e.resolveMiddleware(this.middlewareStack,this.config,
n),c.set(e.constructor,a))}else delete this.handlers,a=e.resolveMiddleware(this.middlewareStack,this.config,n);if(s)a(e).then(c=>s(null,c.output),c=>s(c)).catch(
()=>{});else return a(e).then(c=>c.output)}destroy(){this.config?.requestHandler?.destroy?.(),delete this.handlers}}});var Gr,im=p(()=>{Gr=t=>typeof t=="function"?t():t});var Na,am=p(()=>{Na=(t,e,r,o,n)=>({name:e,namespace:t,traits:r,input:o,output:n})});var Yx,cm,Xx=p(()=>{Y();am();Yx=t=>(e,r)=>async o=>{let{response:n}=await e(o),{operationSchema:s}=te(r),[,i,a,c,l,d]=s??[];try{let u=await t.protocol.deserializeResponse(
Na(i,a,c,l,d),{...t,...r},n);return{response:n,output:u}}catch(u){if(Object.defineProperty(u,"$response",{value:n,enumerable:!1,writable:!1,configurable:!1}),!("\
$metadata"in u)){let m="Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";try{u.message+=`
  `+m}catch{!r.logger||r.logger?.constructor?.name==="NoOpLogger"?console.warn(m):r.logger?.warn?.(m)}typeof u.$responseBodyText<"u"&&u.$response&&(u.$response.
body=u.$responseBodyText);try{if(Je.isInstance(n)){let{headers:f={},statusCode:g}=n,y=Object.entries(f);u.$metadata={httpStatusCode:g,requestId:cm(/^x-[\w-]+-request-?id$/,
y),extendedRequestId:cm(/^x-[\w-]+-id-2$/,y),cfId:cm(/^x-[\w-]+-cf-id$/,y)}}}catch{}}throw u}},cm=(t,e)=>(e.find(([r])=>r.match(t))||[void 0,void 0])[1]});var Qx,Zx=p(()=>{Y();am();Qx=t=>(e,r)=>async o=>{let{operationSchema:n}=te(r),[,s,i,a,c,l]=n??[],d=r.endpointV2?async()=>no(r.endpointV2):t.endpoint,u=await t.protocol.
serializeRequest(Na(s,i,a,c,l),o.input,{...t,...r,endpoint:d});return e({...o,request:u})}});function Dt(t){return{applyToStack:e=>{e.add(Qx(t),tS),e.add(Yx(t),eS),t.protocol.setSerdeContext(t)}}}var eS,tS,rS=p(()=>{Xx();Zx();eS={name:"deserializerMiddl\
eware",step:"deserialize",tags:["DESERIALIZER"],override:!0},tS={name:"serializerMiddleware",step:"serialize",tags:["SERIALIZER"],override:!0}});function ao(t){if(typeof t=="object")return t;if(t=t|0,ka[t])return ka[t];let e={},r=0;for(let o of["httpLabel","idempotent","idempotencyToken","sensitive","htt\
pPayload","httpResponseCode","httpQueryParams"])(t>>r++&1)===1&&(e[o]=1);return ka[t]=e}var ka,pm=p(()=>{ka=[]});function Fs(t,e){if(t instanceof U)return Object.assign(t,{memberName:e,_isMemberSchema:!0});let r=U;return new r(t,e)}var Us,$a,La,U,lm,oS,nS=p(()=>{im();pm();
Us={it:Symbol.for("@smithy/nor-struct-it"),ns:Symbol.for("@smithy/ns")},$a=[],La={},U=class t{ref;memberName;static symbol=Symbol.for("@smithy/nor");symbol=t.symbol;name;schema;_isMemberSchema;traits;memberTraits;normalizedTraits;constructor(e,r){
this.ref=e,this.memberName=r;let o=[],n=e,s=e;for(this._isMemberSchema=!1;lm(n);)o.push(n[1]),n=n[0],s=Gr(n),this._isMemberSchema=!0;if(o.length>0){this.memberTraits=
{};for(let i=o.length-1;i>=0;--i){let a=o[i];Object.assign(this.memberTraits,ao(a))}}else this.memberTraits=0;if(s instanceof t){let i=this.memberTraits;Object.
assign(this,s),this.memberTraits=Object.assign({},i,s.getMemberTraits(),this.getMemberTraits()),this.normalizedTraits=void 0,this.memberName=r??s.memberName;return}
if(this.schema=Gr(s),oS(this.schema)?(this.name=`${this.schema[1]}#${this.schema[2]}`,this.traits=this.schema[3]):(this.name=this.memberName??String(s),this.traits=
0),this._isMemberSchema&&!r)throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`)}static[Symbol.hasInstance](e){
let r=this.prototype.isPrototypeOf(e);return!r&&typeof e=="object"&&e!==null?e.symbol===this.symbol:r}static of(e){let r=typeof e=="function"||typeof e=="object"&&
e!==null;if(typeof e=="number"){if($a[e])return $a[e]}else if(typeof e=="string"){if(La[e])return La[e]}else if(r&&e[Us.ns])return e[Us.ns];let o=Gr(e);if(o instanceof
t)return o;if(lm(o)){let[s,i]=o;if(s instanceof t)return Object.assign(s.getMergedTraits(),ao(i)),s;throw new Error(`@smithy/core/schema - may not init unwrappe\
d member schema=${JSON.stringify(e,null,2)}.`)}let n=new t(o);return r?e[Us.ns]=n:typeof o=="string"?La[o]=n:typeof o=="number"?$a[o]=n:n}getSchema(){let e=this.
schema;return Array.isArray(e)&&e[0]===0?e[4]:e}getName(e=!1){let{name:r}=this;return!e&&r&&r.includes("#")?r.split("#")[1]:r||void 0}getMemberName(){return this.
memberName}isMemberSchema(){return this._isMemberSchema}isListSchema(){let e=this.getSchema();return typeof e=="number"?e>=64&&e<128:e[0]===1}isMapSchema(){let e=this.
getSchema();return typeof e=="number"?e>=128&&e<=255:e[0]===2}isStructSchema(){let e=this.getSchema();if(typeof e!="object")return!1;let r=e[0];return r===3||r===
-3||r===4}isUnionSchema(){let e=this.getSchema();return typeof e!="object"?!1:e[0]===4}isBlobSchema(){let e=this.getSchema();return e===21||e===42}isTimestampSchema(){
let e=this.getSchema();return typeof e=="number"&&e>=4&&e<=7}isUnitSchema(){return this.getSchema()==="unit"}isDocumentSchema(){return this.getSchema()===15}isStringSchema(){
return this.getSchema()===0}isBooleanSchema(){return this.getSchema()===2}isNumericSchema(){return this.getSchema()===1}isBigIntegerSchema(){return this.getSchema()===
17}isBigDecimalSchema(){return this.getSchema()===19}isStreaming(){let{streaming:e}=this.getMergedTraits();return!!e||this.getSchema()===42}isIdempotencyToken(){
return!!this.getMergedTraits().idempotencyToken}getMergedTraits(){return this.normalizedTraits??(this.normalizedTraits={...this.getOwnTraits(),...this.getMemberTraits()})}getMemberTraits(){
return ao(this.memberTraits)}getOwnTraits(){return ao(this.traits)}getKeySchema(){let[e,r]=[this.isDocumentSchema(),this.isMapSchema()];if(!e&&!r)throw new Error(
`@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`);let o=this.getSchema(),n=e?15:o[4]??0;return Fs([n,0],"key")}getValueSchema(){let e=this.
getSchema(),[r,o,n]=[this.isDocumentSchema(),this.isMapSchema(),this.isListSchema()],s=typeof e=="number"?63&e:e&&typeof e=="object"&&(o||n)?e[3+e[0]]:r?15:void 0;
if(s!=null)return Fs([s,0],o?"value":"member");throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`)}getMemberSchema(e){let r=this.getSchema();
if(this.isStructSchema()&&r[4].includes(e)){let o=r[4].indexOf(e),n=r[5][o];return Fs(lm(n)?n:[n,0],e)}if(this.isDocumentSchema())return Fs([15,0],e);throw new Error(
`@smithy/core/schema - ${this.getName(!0)} has no member=${e}.`)}getMemberSchemas(){let e={};try{for(let[r,o]of this.structIterator())e[r]=o}catch{}return e}getEventStreamMember(){
if(this.isStructSchema()){for(let[e,r]of this.structIterator())if(r.isStreaming()&&r.isStructSchema())return e}return""}*structIterator(){if(this.isUnitSchema())
return;if(!this.isStructSchema())throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");let e=this.getSchema(),r=e[4].length,o=e[Us.it];if(o&&
r===o.length){yield*o;return}o=Array(r);for(let n=0;n<r;++n){let s=e[4][n],i=Fs([e[5][n],0],s);yield o[n]=[s,i]}e[Us.it]=o}};lm=t=>Array.isArray(t)&&t.length===
2,oS=t=>Array.isArray(t)&&t.length>=5});var Z,sS=p(()=>{Z=class t{namespace;schemas;exceptions;static registries=new Map;constructor(e,r=new Map,o=new Map){this.namespace=e,this.schemas=r,this.exceptions=
o,t.registries.has(e)||t.registries.set(e,this)}static for(e){return t.registries.get(e)??new t(e)}copyFrom(e){let{schemas:r,exceptions:o}=this;for(let[n,s]of e.
schemas)r.has(n)||r.set(n,s);for(let[n,s]of e.exceptions)o.has(n)||o.set(n,s)}register(e,r){let o=this.normalizeShapeId(e);for(let n of[this,t.for(o.split("#")[0])])
n.schemas.has(o)||n.schemas.set(o,r)}getSchema(e){let r=this.normalizeShapeId(e);if(!this.schemas.has(r)){if(!e.includes("#")){let o="#"+e,n=[];for(let[s,i]of this.
schemas.entries())s.endsWith(o)&&n.push(i);if(n.length===1)return n[0]}throw new Error(`@smithy/core/schema - schema not found for ${r}`)}return this.schemas.get(
r)}registerError(e,r){let o=e,n=o[1],s=n+"#"+o[2];r.hasOwnProperty?.("shapeId")||(r.shapeId=s);for(let i of[this,t.for(n)])!i.schemas.has(s)&&!i.exceptions.has(
o)&&(i.schemas.set(s,o),i.exceptions.set(o,r))}getErrorCtor(e){let r=e;return this.exceptions.has(r)?this.exceptions.get(r):t.for(r[1]).exceptions.get(r)}getBaseException(){
for(let e of this.exceptions.keys())if(Array.isArray(e)){let[,r,o]=e,n=r+"#"+o;if(n.startsWith("smithy.ts.sdk.synthetic.")&&n.endsWith("ServiceException"))return e}}find(e){
for(let r of this.schemas.values())if(e(r))return r}clear(){this.schemas.clear(),this.exceptions.clear()}normalizeShapeId(e){return e.includes("#")?e:this.namespace+
"#"+e}}});var Q=p(()=>{im();rS();nS();pm();sS()});function On(t,e){if(e==null)return e;let r=U.of(t);if(r.getMergedTraits().sensitive)return dm;if(r.isListSchema()){let o=r.getValueSchema();if(o.getMergedTraits().
sensitive)return dm;if(Array.isArray(e))return e.map(n=>On(o,n))}else if(r.isMapSchema()){let o=r.getValueSchema();if(r.getKeySchema().getMergedTraits().sensitive||
o.getMergedTraits().sensitive)return dm;if(typeof e=="object")return Object.fromEntries(Object.entries(e).map(([n,s])=>[n,On(o,s)]))}else if(r.isStructSchema()&&
typeof e=="object"){let o=e,n={};for(let[s,i]of r.structIterator())o[s]!=null&&(n[s]=On(i,o[s]));return n}return e}var dm,iS=p(()=>{Q();dm="***SensitiveInformat\
ion***"});var aS,cr,um,mm=p(()=>{br();sm();iS();Q();aS=Symbol.for("@smithy/op-event-stream"),cr=class{middlewareStack=bn();schema;static classBuilder(){return new um}resolveMiddlewareWithContext(e,r,o,{
middlewareFn:n,clientName:s,commandName:i,inputFilterSensitiveLog:a,outputFilterSensitiveLog:c,smithyContext:l,additionalContext:d,CommandCtor:u}){for(let L of n.
bind(this)(u,e,r,o))this.middlewareStack.use(L);let m=e.concat(this.middlewareStack),{logger:f}=r,g=d[Sr],y={logger:f,clientName:s,commandName:i,inputFilterSensitiveLog:a,
outputFilterSensitiveLog:c,...d,[Sr]:{...g,commandInstance:this,...l,...o?.metricsRecorder===void 0?{}:{metricsRecorder:o.metricsRecorder},...o?.abortSignal===void 0?
{}:{abortSignal:o.abortSignal}}},{requestHandler:h}=r,S=o??{};S.metricsRecorder&&(S={...S},delete S.metricsRecorder);let x,v=this.schema,A=v?.[aS];if(A!==void 0)
x=A;else if(v&&Array.isArray(v)&&v[0]===9){let[,,,,L,X]=v;x=v[aS]=!!(U.of(L).getEventStreamMember()||U.of(X).getEventStreamMember())}return x&&(S={isEventStream:x,
...S}),m.resolve(L=>h.handle(L.request,S),y)}},um=class{_init=()=>{};_ep={};_middlewareFn=()=>[];_commandName="";_clientName="";_additionalContext={};_smithyContext={};_inputFilterSensitiveLog=void 0;_outputFilterSensitiveLog=void 0;_serializer=null;_deserializer=null;_operationSchema;init(e){
this._init=e}ep(e){return this._ep=e,this}m(e){return this._middlewareFn=e,this}s(e,r,o={}){return this._smithyContext={service:e,operation:r,...o},this}c(e={}){
return this._additionalContext=e,this}n(e,r){return this._clientName=e,this._commandName=r,this}f(e=o=>o,r=o=>o){return this._inputFilterSensitiveLog=e,this._outputFilterSensitiveLog=
r,this}ser(e){return this._serializer=e,this}de(e){return this._deserializer=e,this}sc(e){return this._operationSchema=e,this._smithyContext.operationSchema=e,this}build(){
let e=this,r;return r=class extends cr{input;static getEndpointParameterInstructions(){return e._ep}constructor(...[o]){super(),this.input=o??{},e._init(this),this.
schema=e._operationSchema}resolveMiddleware(o,n,s){let i=e._operationSchema,a=i?.[4]??i?.input,c=i?.[5]??i?.output;return this.resolveMiddlewareWithContext(o,n,
s,{CommandCtor:r,middlewareFn:e._middlewareFn,clientName:e._clientName,commandName:e._commandName,inputFilterSensitiveLog:e._inputFilterSensitiveLog??(i?On.bind(
null,a):l=>l),outputFilterSensitiveLog:e._outputFilterSensitiveLog??(i?On.bind(null,c):l=>l),smithyContext:e._smithyContext,additionalContext:e._additionalContext})}serialize=e.
_serializer;deserialize=e._deserializer}}}});var zr,cS=p(()=>{zr=(t,e,r)=>{for(let[s,i]of Object.entries(t)){let a=async function(l,d,u){let m=new i(l);if(typeof d=="function")this.send(m,d);else if(typeof u==
"function"){if(typeof d!="object")throw new Error(`Expected http options but got ${typeof d}`);this.send(m,d||{},u)}else return this.send(m,d)},c=(s[0].toLowerCase()+
s.slice(1)).replace(/Command$/,"");e.prototype[c]=a}let{paginators:o={},waiters:n={}}=r??{};for(let[s,i]of Object.entries(o))e.prototype[s]===void 0&&(e.prototype[s]=
function(a={},c,...l){return i({...c,client:this},a,...l)});for(let[s,i]of Object.entries(n))e.prototype[s]===void 0&&(e.prototype[s]=async function(a={},c,...l){
let d=c;return typeof c=="number"&&(d={maxWaitTime:c}),i({...d,client:this},a,...l)})}});var et,Ua,pS=p(()=>{et=class t extends Error{static shapeId="smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";$fault;$response;$retryable;$metadata;constructor(e){
super(e.message),Object.setPrototypeOf(this,Object.getPrototypeOf(this).constructor.prototype),this.name=e.name,this.$fault=e.$fault,this.$metadata=e.$metadata}static isInstance(e){
if(!e)return!1;let r=e;return t.prototype.isPrototypeOf(r)||!!r.$fault&&!!r.$metadata&&(r.$fault==="client"||r.$fault==="server")}static[Symbol.hasInstance](e){
if(!e)return!1;let r=e;if(this===t)return t.isInstance(e);if(t.isInstance(e)){if(this.prototype.isPrototypeOf(e))return!0;let o=Object.prototype.hasOwnProperty.
call(this,"shapeId")?this.shapeId:void 0,n=!1;if(o){let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor,c=a!==t&&Object.prototype.
hasOwnProperty.call(a,"shapeId")?a?.shapeId:void 0;if(c&&(n=!0,c===o))return!0;i=Object.getPrototypeOf(i)}}if(o&&n)return!1;let s=this.name;if(s&&s.length>=6){if(r.
name===s)return!0;let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor?.name;if(a&&a!=="Error"&&a===s)return!0;i=Object.getPrototypeOf(
i)}}}return!1}},Ua=(t,e={})=>{Object.entries(e).filter(([,o])=>o!==void 0).forEach(([o,n])=>{(t[o]==null||t[o]==="")&&(t[o]=n)});let r=t.message||t.Message||"Un\
knownError";return t.message=r,delete t.Message,t}});var Nt,lS=p(()=>{Nt=t=>{switch(t){case"standard":return{retryMode:"standard",connectionTimeout:3100};case"in-region":return{retryMode:"standard",connectionTimeout:1100};case"\
cross-region":return{retryMode:"standard",connectionTimeout:3100};case"mobile":return{retryMode:"standard",connectionTimeout:3e4};default:return{}}}});var dS,kt,uS=p(()=>{dS=!1,kt=t=>{t&&!dS&&parseInt(t.substring(1,t.indexOf(".")))<16&&(dS=!0)}});var mS,fS,gS,hS=p(()=>{Y();br();mS=Object.values(Hr),fS=t=>{let e=[];for(let r in Hr){if(!b(Hr,r))continue;let o=Hr[r];t[o]!==void 0&&e.push({algorithmId:()=>o,
checksumConstructor:()=>t[o]})}for(let[r,o]of Object.entries(t.checksumAlgorithms??{}))e.push({algorithmId:()=>r,checksumConstructor:()=>o});return{addChecksumAlgorithm(r){
t.checksumAlgorithms=t.checksumAlgorithms??{};let o=r.algorithmId(),n=r.checksumConstructor();mS.includes(o)?t.checksumAlgorithms[o.toUpperCase()]=n:t.checksumAlgorithms[o]=
n,e.push(r)},checksumAlgorithms(){return e}}},gS=t=>{let e={};return t.checksumAlgorithms().forEach(r=>{let o=r.algorithmId();mS.includes(o)&&(e[o]=r.checksumConstructor())}),
e}});var yS,ES,xS=p(()=>{yS=t=>({setRetryStrategy(e){t.retryStrategy=e},retryStrategy(){return t.retryStrategy}}),ES=t=>{let e={};return e.retryStrategy=t.retryStrategy(),
e}});var $t,Lt,SS=p(()=>{hS();xS();$t=t=>Object.assign(fS(t),yS(t)),Lt=t=>Object.assign(gS(t),ES(t))});var Fa,RS=p(()=>{Y();Fa=t=>{let e="#text";for(let r in t)b(t,r)&&(t[r][e]!==void 0?t[r]=t[r][e]:typeof t[r]=="object"&&t[r]!==null&&(t[r]=Fa(t[r])));return t}});var _e,_S=p(()=>{_e=class{trace(){}debug(){}info(){}warn(){}error(){}}});function Ut(t,e,r,o){return function(s,i,a,c,l={}){let d=Object.assign({},t,s);return cr.classBuilder().ep(d).m(function(u,m,f,g){let y=i.call(this,u,m,f,g);return y.
unshift(o(f,u.getEndpointParameterInstructions())),y}).s(e,a,l).n(r,a.charAt(0).toUpperCase()+a.slice(1)+"Command").sc(c).build()}}var wS=p(()=>{mm()});var T=p(()=>{Y();Y();Jx();mm();cS();lS();uS();pS();SS();RS();_S();wS()});var IS,fm,gm,TS,CS,vS,PS,AS,bS,hm=p(()=>{IS="AWS_EXECUTION_ENV",fm="AWS_REGION",gm="AWS_DEFAULT_REGION",TS="AWS_EC2_METADATA_DISABLED",CS=["in-region","cross-re\
gion","mobile","standard","legacy"],vS="/latest/meta-data/placement/region",PS="/latest/api/token",AS="x-aws-ec2-metadata-token",bS="x-aws-ec2-metadata-token-tt\
l-seconds"});var ym=cu((v9,OS)=>{OS.exports=require("node:http")});var DS,V$,$S,Ma,NS,q$,kS,Em=p(()=>{hm();DS=1e3,V$=6e4,$S=0,Ma=async()=>{if(!process.env[TS]&&!(Date.now()<$S))try{let t=q$(),e=(await kS({...t,path:PS,method:"P\
UT",headers:{[bS]:"21600"}})).toString();return(await kS({...t,path:vS,method:"GET",headers:{[AS]:e}})).toString().trim()||NS()}catch{return NS()}},NS=()=>{$S=Date.
now()+V$},q$=()=>{let t=process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;if(t){let e=new URL(t);return{hostname:e.hostname.replace(/^\[(.+)]$/,"$1"),port:e.port?Number(
e.port):void 0}}return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE==="IPv6"?{hostname:"fd00:ec2::254"}:{hostname:"169.254.169.254"}},kS=async t=>{let{request:e}=await Promise.resolve().then(()=>Ur(ym()));
return new Promise((r,o)=>{let n=e({hostname:t.hostname,port:t.port,path:t.path,method:t.method,headers:t.headers,timeout:DS,signal:AbortSignal.timeout(DS)});n.
on("error",s=>{o(s),n.destroy()}),n.on("timeout",()=>{o(new Error("TimeoutError from instance metadata service")),n.destroy()}),n.on("response",s=>{let{statusCode:i=400}=s;
if(i<200||i>=300){o(Object.assign(new Error("Error response received from instance metadata service"),{statusCode:i})),n.destroy();return}let a=[];s.on("data",c=>a.
push(c)),s.on("end",()=>{r(Buffer.concat(a)),n.destroy()})}),n.end()})}});var LS,US,Oe,tt,xm=p(()=>{Em();LS="AWS_REGION",US="region",Oe={environmentVariableSelector:t=>t[LS],configFileSelector:t=>t[US],default:async()=>{let t=await Ma();
if(t)return t;throw new Error("Region is missing")}},tt={preferredFile:"credentials"}});var FS,MS,BS=p(()=>{Y();FS=new Set,MS=(t,e=Or)=>{if(!FS.has(t)&&!e(t))if(t==="*")console.warn('@smithy/config-resolver WARN - Please use the caller region inste\
ad of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.');else throw new Error(`Region not accepted: region="${t}\
" is not a valid hostname component.`);else FS.add(t)}});var Ba,Sm=p(()=>{Ba=t=>typeof t=="string"&&(t.startsWith("fips-")||t.endsWith("-fips"))});var HS,jS=p(()=>{Sm();HS=t=>Ba(t)?["fips-aws-global","aws-fips"].includes(t)?"us-east-1":t.replace(/fips-(dkr-|prod-)?|-fips/,""):t});var Ft,GS=p(()=>{BS();jS();Sm();Ft=t=>{let{region:e,useFipsEndpoint:r}=t;if(!e)throw new Error("Region is missing");return Object.assign(t,{region:async()=>{let o=typeof e==
"function"?await e():e,n=HS(o);return MS(n),n},useFipsEndpoint:async()=>{let o=typeof e=="string"?e:await e();return Ba(o)?!0:typeof r!="function"?Promise.resolve(
!!r):r()}})}});var W$,K$,zS,VS=p(()=>{W$="AWS_DEFAULTS_MODE",K$="defaults_mode",zS={environmentVariableSelector:t=>t[W$],configFileSelector:t=>t[K$],default:"legacy"}});var Mt,J$,Y$,qS=p(()=>{xm();Em();nm();Wu();hm();VS();Mt=({region:t=w(Oe),defaultsMode:e=w(zS)}={})=>Ta(async()=>{let r=typeof e=="function"?await e():e;switch(r?.
toLowerCase()){case"auto":return J$(t);case"in-region":case"cross-region":case"mobile":case"standard":case"legacy":return Promise.resolve(r?.toLocaleLowerCase());case void 0:
return Promise.resolve("legacy");default:throw new Error(`Invalid parameter for "defaultsMode", expect ${CS.join(", ")}, got ${r}`)}}),J$=async t=>{if(t){let e=typeof t==
"function"?await t():t,r=await Y$();return r?e===r?"in-region":"cross-region":"standard"}return"standard"},Y$=async()=>process.env[IS]&&(process.env[fm]||process.
env[gm])?process.env[fm]??process.env[gm]:Ma()});var $=p(()=>{vs();Ia();dx();qu();Ca();va();Ju();Yu();Xu();bx();Nx();kx();nm();Gx();qx();xm();GS();qS()});var WS,KS,JS,YS=p(()=>{WS="AWS_ENDPOINT_URL",KS="endpoint_url",JS=t=>({environmentVariableSelector:e=>{let r=t.split(" ").map(s=>s.toUpperCase()),o=e[[WS,...r].
join("_")];if(o)return o;let n=e[WS];if(n)return n},configFileSelector:(e,r)=>{if(e.services){let n=["services",e.services].join(".");if(!r||!r[n])throw new Error(
`The services section "${e.services}" specified in the profile is not present in the shared configuration file.`);let s=r[n],i=t.split(" ").map(c=>c.toLowerCase()),
a=s[[i.join("_"),KS].join(".")];if(a)return a}let o=e[KS];if(o)return o},default:void 0})});var X$,Q$,XS,QS=p(()=>{$();X$="AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",Q$="ignore_configured_endpoint_urls",XS={environmentVariableSelector:t=>At(t,X$,Qe.ENV),configFileSelector:t=>At(
t,Q$,Qe.CONFIG),default:!1}});var Ms,ZS=p(()=>{$();YS();QS();Ms=async t=>{if(!await w(XS)())return w(JS(t??""))()}});var Rm,Z$,eL,tL,eR,tR,rR=p(()=>{Rm=async t=>{let e=t?.Bucket||"";if(typeof t.Bucket=="string"&&(t.Bucket=e.replace(/#/g,encodeURIComponent("#")).replace(/\?/g,encodeURIComponent(
"?"))),tR(e)){if(t.ForcePathStyle===!0)throw new Error("Path-style addressing cannot be used with ARN buckets")}else(!eR(e)||e.indexOf(".")!==-1&&!String(t.Endpoint).
startsWith("http:")||e.toLowerCase()!==e||e.length<3)&&(t.ForcePathStyle=!0);return t.DisableMultiRegionAccessPoints&&(t.disableMultiRegionAccessPoints=!0,t.DisableMRAP=
!0),t},Z$=/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,eL=/(\d+\.){3}\d+/,tL=/\.\./,eR=t=>Z$.test(t)&&!eL.test(t)&&!tL.test(t),tR=t=>{let[e,r,o,,,n]=t.split(":"),s=e===
"arn"&&t.split(":").length>=6,i=!!(s&&r&&o&&n);if(s&&!i)throw new Error(`Invalid ARN: ${t} was an invalid ARN.`);return i}});var oR=p(()=>{rR()});var nR,sR=p(()=>{nR=(t,e,r,o=!1)=>{let n=async()=>{let s;return o?s=r.clientContextParams?.[t]??r[t]??r[e]:s=r[t]??r[e],typeof s=="function"?s():s};return t==="\
credentialScope"||e==="CredentialScope"?async()=>{let s=typeof r.credentials=="function"?await r.credentials():r.credentials;return s?.credentialScope??s?.CredentialScope}:
t==="accountId"||e==="AccountId"?async()=>{let s=typeof r.credentials=="function"?await r.credentials():r.credentials;return s?.accountId??s?.AccountId}:t==="en\
dpoint"||e==="endpoint"?async()=>{if(r.isCustomEndpoint===!1)return;let s=await n();if(s&&typeof s=="object"){if("url"in s)return s.url.href;if("hostname"in s){
let{protocol:i,hostname:a,port:c,path:l}=s;return`${i}//${a}${c?":"+c:""}${l}`}}return s}:n}});var _m=p(()=>{Y()});function Ha(t){return async(e,r,o,n)=>{if(!o.isCustomEndpoint&&!o.ignoreConfiguredEndpointUrls){let a;o.serviceConfiguredEndpoint?a=await o.serviceConfiguredEndpoint():
a=await t(o.serviceId),a&&(o.endpoint=()=>Promise.resolve(no(a)),o.isCustomEndpoint=!0,n?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from confi\
g: ${a}`))}let s=await ja(e,r,o);if(typeof o.endpointProvider!="function")throw new Error("config.endpointProvider is not set.");let i=o.endpointProvider(s,n);if(o.
isCustomEndpoint&&o.endpoint){let a=await o.endpoint();if(a?.headers){i.headers??={};for(let[c,l]of Object.entries(a.headers))i.headers[c]=Array.isArray(l)?l:[l]}}
return i}}var ja,Ga=p(()=>{oR();sR();_m();ja=async(t,e,r)=>{let o={},n=e?.getEndpointParameterInstructions?.()||{};for(let[s,i]of Object.entries(n))switch(i.type){case"\
staticContextParams":o[s]=i.value;break;case"contextParams":o[s]=t[i.name];break;case"clientContextParams":case"builtInParams":o[s]=await nR(i.name,s,r,i.type!==
"builtInParams")();break;case"operationContextParams":o[s]=i.get(t);break;default:throw new Error("Unrecognized endpoint parameter instruction: "+JSON.stringify(
i))}return Object.keys(n).length===0&&Object.assign(o,r),String(r.serviceId).toLowerCase()==="s3"&&await Rm(o),o}});function rL(t,e,r){t.__smithy_context?t.__smithy_context.features||(t.__smithy_context.features={}):t.__smithy_context={features:{}},t.__smithy_context.features[e]=
r}function za(t){let e=Ha(t);return({config:r,instructions:o})=>(n,s)=>async i=>{r.isCustomEndpoint&&rL(s,"ENDPOINT_OVERRIDE","N");let a=await e(i.input,{getEndpointParameterInstructions(){
return o}},{...r},s);s.endpointV2=a,s.authSchemes=a.properties?.authSchemes;let c=s.authSchemes?.[0];if(c){s.signing_region=c.signingRegion,s.signing_service=c.
signingName;let d=te(s)?.selectedHttpAuthScheme?.httpAuthOption;d&&(d.signingProperties=Object.assign(d.signingProperties||{},{signing_region:c.signingRegion,signingRegion:c.
signingRegion,signing_service:c.signingName,signingName:c.signingName,signingRegionSet:c.signingRegionSet},c.properties))}return n({...i})}}var wm=p(()=>{Y();Ga()});function iR(t){let e=za(t);return(r,o)=>({applyToStack:n=>{n.addRelativeTo(e({config:r,instructions:o}),nL)}})}var oL,nL,aR=p(()=>{wm();oL={name:"serializerMidd\
leware",step:"serialize",tags:["SERIALIZER"],override:!0},nL={step:"serialize",tags:["ENDPOINT_PARAMETERS","ENDPOINT_V2","ENDPOINT"],name:"endpointV2Middleware",
override:!0,relation:"before",toMiddleware:oL.name}});function cR(t){return e=>{let r=e.tls??!0,{endpoint:o,useDualstackEndpoint:n,useFipsEndpoint:s}=e,i=o!=null?async()=>no(await W(o)()):void 0,c=Object.assign(e,{
endpoint:i,tls:r,isCustomEndpoint:!!o,useDualstackEndpoint:W(n??!1),useFipsEndpoint:W(s??!1),ignoreConfiguredEndpointUrls:!!e.ignoreConfiguredEndpointUrls}),l;return c.
serviceConfiguredEndpoint=async()=>(e.serviceId&&!l&&(l=t(e.serviceId)),l),c}}var pR=p(()=>{Y();_m()});var rt,lR=p(()=>{rt=class t{nodes;root;conditions;results;constructor(e,r,o,n){this.nodes=e,this.root=r,this.conditions=o,this.results=n}static from(e,r,o,n){return new t(
e,r,o,n)}}});var ot,dR=p(()=>{ot=class{capacity;data=new Map;parameters=[];constructor({size:e,params:r}){this.capacity=e??50,r&&(this.parameters=r)}get(e,r){let o=this.hash(
e);if(o===!1)return r();if(!this.data.has(o)){if(this.data.size>this.capacity+10){let n=this.data.keys(),s=0;for(;;){let{value:i,done:a}=n.next();if(this.data.delete(
i),a||++s>10)break}}this.data.set(o,r())}return this.data.get(o)}size(){return this.data.size}hash(e){let r="",{parameters:o}=this;if(o.length===0)return!1;for(let n of o){
let s=e[n],i=s==null?"\0":String(s);if(i.includes("|;"))return!1;r+=i+"|;"}return r}}});var de,uR=p(()=>{de=class extends Error{constructor(e){super(e),this.name="EndpointError"}}});var Vr=p(()=>{uR()});var Im,mR=p(()=>{Im="endpoints"});function Dn(t){return typeof t!="object"||t==null?t:"ref"in t?`$${Dn(t.ref)}`:"fn"in t?`${t.fn}(${(t.argv||[]).map(Dn).join(", ")})`:JSON.stringify(t,null,2)}var fR=p(
()=>{});var gR=p(()=>{mR();fR()});var De,Tm=p(()=>{De={}});var Cm,hR=p(()=>{Cm=(t,e)=>t===e});function vm(...t){for(let e of t)if(e!=null)return e}var yR=p(()=>{});var ER,xR=p(()=>{Vr();ER=t=>{let e=t.split("."),r=[];for(let o of e){let n=o.indexOf("[");if(n!==-1){if(o.indexOf("]")!==o.length-1)throw new de(`Path: '${t}' d\
oes not end with ']'`);let s=o.slice(n+1,-1);if(Number.isNaN(parseInt(s)))throw new de(`Invalid array index: '${s}' in path: '${t}'`);n!==0&&r.push(o.slice(0,n)),
r.push(s)}else r.push(o)}return r}});var Bs,SR=p(()=>{Vr();xR();Bs=(t,e)=>ER(e).reduce((r,o)=>{if(typeof r!="object")throw new de(`Index '${o}' in '${e}' not found in '${JSON.stringify(t)}'`);if(Array.
isArray(r)){let n=parseInt(o);return r[n<0?r.length+n:n]}return r[o]},t)});var Pm,RR=p(()=>{Pm=t=>t!=null});function Am(t,e,r){return t?e:r}var _R=p(()=>{});var bm,wR=p(()=>{bm=t=>!t});var sL,Nn,Om=p(()=>{sL=new RegExp("^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$"),Nn=t=>sL.test(t)||t.startsWith(
"[")&&t.endsWith("]")});var Dm,Nm,IR=p(()=>{br();Om();Dm={[Mo.HTTP]:80,[Mo.HTTPS]:443},Nm=t=>{let e=(()=>{try{if(t instanceof URL)return t;if(typeof t=="object"&&"hostname"in t){let{hostname:m,
port:f,protocol:g="",path:y="",query:h={}}=t,S=new URL(`${g}//${m}${f?`:${f}`:""}${y}`);return S.search=Object.entries(h).map(([x,v])=>`${x}=${v}`).join("&"),S}
return new URL(t)}catch{return null}})();if(!e)return console.error(`Unable to parse ${JSON.stringify(t)} as a whatwg URL.`),null;let r=e.href,{host:o,hostname:n,
pathname:s,protocol:i,search:a}=e;if(a)return null;let c=i.slice(0,-1);if(!Object.values(Mo).includes(c))return null;let l=Nn(n),d=r.includes(`${o}:${Dm[c]}`)||
typeof t=="string"&&t.includes(`${o}:${Dm[c]}`),u=`${o}${d?`:${Dm[c]}`:""}`;return{scheme:c,authority:u,path:s,normalizedPath:s.endsWith("/")?s:`${s}/`,isIp:l}}});function km(t,e,r){if(r===1)return[t];if(t==="")return[""];let o=t.split(e);return r===0?o:o.slice(0,r-1).concat(o.slice(1).join(e))}var TR=p(()=>{});var $m,CR=p(()=>{$m=(t,e)=>t===e});var Lm,vR=p(()=>{Lm=(t,e,r,o)=>t==null||e>=r||t.length<r||/[^\u0000-\u007f]/.test(t)?null:o?t.substring(t.length-r,t.length-e):t.substring(e,r)});var Um,PR=p(()=>{Um=t=>encodeURIComponent(t).replace(/[!*'()]/g,e=>`%${e.charCodeAt(0).toString(16).toUpperCase()}`)});var Fm=p(()=>{hR();yR();SR();RR();Y();_R();wR();IR();TR();CR();vR();PR()});var AR,bR=p(()=>{Fm();AR={booleanEquals:Cm,coalesce:vm,getAttr:Bs,isSet:Pm,isValidHostLabel:Or,ite:Am,not:bm,parseURL:Nm,split:km,stringEquals:$m,substring:Lm,uriEncode:Um}});var Va,Mm=p(()=>{Fm();Va=(t,e)=>{let r=[],{referenceRecord:o,endpointParams:n}=e,s=0;for(;s<t.length;){let i=t.indexOf("{",s);if(i===-1){r.push(t.slice(s));break}
r.push(t.slice(s,i));let a=t.indexOf("}",i);if(a===-1){r.push(t.slice(i));break}t[i+1]==="{"&&t[a+1]==="}"&&(r.push(t.slice(i+1,a)),s=a+2);let c=t.substring(i+1,
a);if(c.includes("#")){let[l,d]=c.split("#");r.push(Bs(o[l]??n[l],d))}else r.push(o[c]??n[c]);s=a+1}return r.join("")}});var OR,DR=p(()=>{OR=({ref:t},e)=>e.referenceRecord[t]??e.endpointParams[t]});var zo,qa,NR,Hs=p(()=>{Vr();Tm();bR();Mm();DR();zo=(t,e,r)=>{if(typeof t=="string")return Va(t,r);if(t.fn)return NR.callFunction(t,r);if(t.ref)return OR(t,r);throw new de(
`'${e}': ${String(t)} is not a string, function or reference.`)},qa=({fn:t,argv:e},r)=>{let o=Array(e.length);for(let i=0;i<o.length;++i){let a=e[i];typeof a=="\
boolean"||typeof a=="number"?o[i]=a:o[i]=NR.evaluateExpression(a,"arg",r)}let n=t.indexOf(".");if(n!==-1){let a=De[t.slice(0,n)]?.[t.slice(n+1)];if(typeof a=="f\
unction")return a(...o)}let s=AR[t];if(typeof s=="function")return s(...o);throw new Error(`function ${t} not loaded in endpointFunctions.`)},NR={evaluateExpression:zo,
callFunction:qa}});var kR=p(()=>{Hs()});var $R,LR=p(()=>{gR();Vr();kR();$R=(t,e)=>{let{assign:r}=t;if(r&&r in e.referenceRecord)throw new de(`'${r}' is already defined in Reference Record.`);let o=qa(
t,e);e.logger?.debug?.(`${Im} evaluateCondition: ${Dn(t)} = ${Dn(o)}`);let n=o===""?!0:!!o;return r!=null?{result:n,toAssign:{name:r,value:o}}:{result:n}}});var UR,FR=p(()=>{Vr();Hs();UR=(t,e)=>Object.entries(t??{}).reduce((r,[o,n])=>(r[o]=n.map(s=>{let i=zo(s,"Header value entry",e);if(typeof i!="string")throw new de(
`Header '${o}' value '${i}' is not a string`);return i}),r),{})});var Bm,MR,BR,HR=p(()=>{Vr();Mm();Bm=(t,e)=>Object.entries(t).reduce((r,[o,n])=>(r[o]=BR.getEndpointProperty(n,e),r),{}),MR=(t,e)=>{if(Array.isArray(t))return t.
map(r=>MR(r,e));switch(typeof t){case"string":return Va(t,e);case"object":if(t===null)throw new de(`Unexpected endpoint property: ${t}`);return BR.getEndpointProperties(
t,e);case"boolean":return t;default:throw new de(`Unexpected endpoint property type: ${typeof t}`)}},BR={getEndpointProperty:MR,getEndpointProperties:Bm}});var jR,GR=p(()=>{Vr();Hs();jR=(t,e)=>{let r=zo(t,"Endpoint URL",e);if(typeof r=="string")try{return new URL(r)}catch(o){throw console.error(`Failed to construct\
 URL with ${r}`,o),o}throw new de(`Endpoint URL must be a string, got ${typeof r}`)}});var Hm,Bt,zR=p(()=>{Vr();LR();Hs();FR();HR();GR();Hm=1e8,Bt=(t,e)=>{let{nodes:r,root:o,results:n,conditions:s}=t,i=o,a={},c={referenceRecord:a,endpointParams:e.
endpointParams,logger:e.logger};for(;i!==1&&i!==-1&&i<Hm;){let l=3*(Math.abs(i)-1),[d,u,m]=[r[l],r[l+1],r[l+2]],[f,g,y]=s[d],h=$R({fn:f,assign:y,argv:g},c);if(h.
toAssign){let{name:S,value:x}=h.toAssign;a[S]=x}i=i>=0===h.result?u:m}if(i>=Hm){let l=n[i-Hm];if(l[0]===-1){let[,f]=l;throw new de(zo(f,"Error",c))}let[d,u,m]=l;
return{url:jR(d,c),properties:Bm(u,c),headers:UR(m??{},c)}}throw new de("No matching endpoint.")}});var yY,pr,EY,lr,K=p(()=>{ZS();Ga();wm();aR();pR();lR();dR();zR();Om();Y();Tm();Ga();yY=Ha(Ms),pr=cR(Ms),EY=za(Ms),lr=iR(Ms)});var js,Wa,Ka=p(()=>{js=t=>typeof ReadableStream=="function"&&(t?.constructor?.name===ReadableStream.name||t instanceof ReadableStream),Wa=t=>typeof Blob=="funct\
ion"&&(t?.constructor?.name===Blob.name||t instanceof Blob)});var VR,qR=p(()=>{VR=t=>new TextEncoder().encode(t)});var WR,AY,KR,Ja,jm,JR,YR=p(()=>{WR="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",AY=Object.entries(WR).reduce((t,[e,r])=>(t[r]=Number(e),t),
{}),KR=WR.split(""),Ja=6,jm=8,JR=63});function XR(t){let e;typeof t=="string"?e=VR(t):e=t;let r=typeof e=="object"&&typeof e.length=="number",o=typeof e=="object"&&typeof e.byteOffset=="number"&&typeof e.
byteLength=="number";if(!r&&!o)throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");let n="";for(let s=0;s<e.length;s+=
3){let i=0,a=0;for(let l=s,d=Math.min(s+3,e.length);l<d;l++)i|=e[l]<<(d-l-1)*jm,a+=jm;let c=Math.ceil(a/Ja);i<<=c*Ja-a;for(let l=1;l<=c;l++){let d=(c-l)*Ja;n+=KR[(i&
JR<<d)>>d]}n+="==".slice(0,4-c)}return n}var QR=p(()=>{qR();YR()});var ZR,e_=p(()=>{ZR=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@smi\
thy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return new TextDecoder("utf-8").decode(t)}});async function Gm(t){return t.arrayBuffer().then(e=>new Uint8Array(e))}async function zm(t){let e=[],r=t.getReader(),o=0;for(;;){let{done:n,value:s}=await r.read();
if(s&&(e.push(s),o+=s.length),n)break}return wa(e,o)}var t_,Vm=p(()=>{Vu();Ka();t_=async t=>Wa(t)?Gm(t):zm(t)});var r_,n_,o_,s_=p(()=>{QR();zu();e_();Vm();Ka();r_="The stream has already been transformed.",n_=t=>{if(!o_(t)&&!js(t)){let n=t?.__proto__?.constructor?.name||t;
throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${n}`)}let e=!1,r=async()=>{if(e)throw new Error(r_);return e=!0,await t_(
t)},o=n=>{if(typeof n.stream!="function")throw new Error(`Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.
If you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body`);return n.stream()};return Object.
assign(t,{transformToByteArray:r,transformToString:async n=>{let s=await r();if(n==="base64")return XR(s);if(n==="hex")return Xe(s);if(n===void 0||n==="utf8"||n===
"utf-8")return ZR(s);if(typeof TextDecoder=="function")return new TextDecoder(n).decode(s);throw new Error("TextDecoder is not available, please make sure polyf\
ill is provided.")},transformToWebStream:()=>{if(e)throw new Error(r_);if(e=!0,o_(t))return o(t);if(js(t))return t;throw new Error(`Cannot transform payload to \
web stream, got ${t}`)}})},o_=t=>typeof Blob=="function"&&t instanceof Blob});var i_,Ge,qm,Wm=p(()=>{i_=require("node:stream");Vu();Vm();Ka();Ge=t=>Wa(t)?Gm(t):js(t)?zm(t):new Promise((e,r)=>{let o=new qm,n=t;n.pipe(o),n.on("error",s=>{o.
end(),r(s)}),o.on("error",r),o.on("finish",function(){let s=wa(this.bufferedBytes);e(s)})}),qm=class extends i_.Writable{bufferedBytes=[];_write(e,r,o){this.bufferedBytes.
push(e),o()}}});var Ya,a_,Gs,c_=p(()=>{Ya=require("node:stream");Cn();s_();Wm();a_="The stream has already been transformed.",Gs=t=>{if(!(t instanceof Ya.Readable))try{return n_(
t)}catch{let n=t?.__proto__?.constructor?.name||t;throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${n}`)}let e=!1,r=async()=>{
if(e)throw new Error(a_);return e=!0,await Ge(t)};return Object.assign(t,{transformToByteArray:r,transformToString:async o=>{let n=await r();return o===void 0||
Buffer.isEncoding(o)?Tn(n.buffer,n.byteOffset,n.byteLength).toString(o):new TextDecoder(o).decode(n)},transformToWebStream:()=>{if(e)throw new Error(a_);if(t.readableFlowing!==
null)throw new Error("The stream has been consumed by other callbacks.");if(typeof Ya.Readable.toWeb!="function")throw new Error("Readable.toWeb() is not suppor\
ted. Please ensure a polyfill is available.");return e=!0,Ya.Readable.toWeb(t)}})}});function qr(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var p_=p(()=>{});var l_,kn,iL,Km,$n,k=p(()=>{l_=require("node:crypto");wE();IE();CE();Sa();vE();AE();QE();ZE();ex();ox();nx();sx();ax();zu();px();lx();Iu();c_();Wm();Y();p_();kn=
class extends TE(ee,ie,he,Se){},iL=l_.getRandomValues,Km=PE(iL),$n=Km});var ze,Ln=p(()=>{k();ze=async(t=new Uint8Array,e)=>{if(t instanceof Uint8Array)return kn.mutate(t);if(!t)return kn.mutate(new Uint8Array);let r=e.streamCollector(
t);return kn.mutate(await r)}});function Vo(t){return/^[\w.~-]+$/.test(t)?t:encodeURIComponent(t).replace(/[!'()*]/g,function(e){return"%"+e.charCodeAt(0).toString(16).toUpperCase()})}var Jm=p(
()=>{});var u_,Ne,aL,cL,pL,lL,Xa,d_,qo=p(()=>{Q();k();u_=Symbol.for("@smithy/schema-x"),Ne=class t extends U{static identity=Symbol.for("@smithy/HttpBindingNormalizedSc\
hema");identity=t.identity;bindings;constructor(e){super(e)}static of(e){let r=U.of(e);if(r.identity===t.identity)return r;let o=r.isMemberSchema()?r:r.getSchema(),
n=typeof o=="object"&&o!==null?o:r;return n[u_]??=new t(r)}getHttpBindingLocation(e){return e.httpPayload?36:e.httpLabel?33:e.httpHeader?38:typeof e.httpPrefixHeaders==
"string"?39:e.httpQuery?34:e.httpQueryParams?35:e.httpResponseCode?37:32}getHttpBindingValue(e,r,o=!1){let n=this.getSchema(),s=typeof n=="number"?n&255:this.isListSchema()?
64:255,i=e&7,a=r.mediaType?r.mediaType==="application/json"||r.mediaType.endsWith("+json")?2:1:0,c=r.streaming||s===42?this.isStructSchema()?2:1:0,l=s>=4&&s<=7?
i>=6?2:i>0&&i<4?1:0:0,d=s|a<<8|(r.idempotencyToken?1:0)<<10|c<<11|(r.sparse?1:0)<<13|l<<14|(r.hostLabel?1:0)<<17|(e===36&&typeof n!="object"?1:0)<<18,u=s&192,m=i&
2&&(u===64||!o&&i&1)?this.getHttpBindingCollectionValue(e,r):void 0,f=(m?.[1]??0)&255;return d|=(i>=6&&(f===4||f===6)?1:0)<<16,[this,d,m]}getHttpBindingCollectionValue(e,r=this.
getMergedTraits()){let o=t.of(this.getValueSchema());return o.getHttpBindingValue(e,{...o.getMergedTraits(),...r},!0)}getHttpBindings(){let e=this.getSchema();return typeof e!=
"object"||e===null?lL:this.bindings??=aL(this)}},aL=t=>{let e=[],r=[],o=[],n=[],s=[],i={},a={},c=[],l={headers:a,prefixHeaders:c},d={request:{memberBindings:s,byName:i},
response:{bodyMemberNames:e,bindings:l}},{request:u,response:m}=d;for(let[f,g]of t.structIterator()){let y=Ne.of(g),h=y.getMergedTraits(),S=y.getHttpBindingLocation(
h),x=h.httpHeader?.toLowerCase()??h.httpPrefixHeaders?.toLowerCase()??h.httpQuery,v=y.getHttpBindingValue(S,h),A=[f,v,S,x];f==="__proto__"&&qr(i),i[f]=A,v[1]>>10&
1&&(u.hasIdempotency=!0),s.push(A);let L=S&7;if(L===0&&(o.push(f),n.push(g)),(L&4)===0)e.push(f),r.push(g);else if((L&6)===4)if(L&1)l.statusCode=A;else{l.payload=
A;let X=v[1]&255;u.contentTypeInstruction=h.mediaType??(X===0?"text/plain":X===21||X===42?"application/octet-stream":null)}else L&1?(u.hasPrefixHeaders=!0,c.push(
A)):(x==="__proto__"&&qr(a),a[x]=A)}return u.contentTypeInstruction===void 0&&o.length&&(u.contentTypeInstruction=null),u.syntheticBodySchema=d_(t,o,n),m.syntheticBodySchema=
d_(t,e,r),d},cL=t=>{let e=[],r=0;for(let o of t.matchAll(/\{([^{}+]+)(\+)?\}/g))o.index>r&&e.push([t.slice(r,o.index),0]),e.push([o[1],o[2]?2:1]),r=o.index+o[0].
length;return e.length&&r<t.length&&e.push([t.slice(r),0]),e.length?e:void 0},pL=t=>{let{http:e,endpoint:r}=ao(t.traits??{}),[o,n]=e?.[1].split("?")??[];return[
e?.[0],o,n?[...new URLSearchParams(n)]:[],o?cL(o):void 0,r?.[0]]},lL={request:{memberBindings:[],byName:{}},response:{bodyMemberNames:[],bindings:{headers:{},prefixHeaders:[]}}},
Xa=t=>t[u_]??=pL(t),d_=(t,e,r)=>{if(!e.length)return;let o=t.getSchema(),n=[3,o[1],o[2],t.getMergedTraits(),e,r],s=o[6],i=s&&e.reduce((a,c)=>a+(o[4].indexOf(c)<
s?1:0),0);return i&&(n[6]=i),n}});var Nr,zs=p(()=>{Nr=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var m_=cu(()=>{throw new Error("@smithy/core/event-streams is not bundled: no ECR or STS operation streams events")});var Un,Ym=p(()=>{Y();Q();zs();qo();Un=class extends Nr{options;compositeErrorRegistry;constructor(e){super(),this.options=e,this.compositeErrorRegistry=new Z(e.
defaultNamespace);for(let r of e.errorTypeRegistries??[])this.compositeErrorRegistry.copyFrom(r)}getRequestType(){return G}getResponseType(){return Je}setSerdeContext(e){
this.serdeContext=e,this.serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e),this.getPayloadCodec()&&this.getPayloadCodec().setSerdeContext(e)}updateServiceEndpoint(e,r){
if("url"in r){e.protocol=r.url.protocol,e.hostname=r.url.hostname,e.port=r.url.port?Number(r.url.port):void 0,e.path=r.url.pathname,e.fragment=r.url.hash||void 0,
e.username=r.url.username||void 0,e.password=r.url.password||void 0,e.query||(e.query={});for(let[o,n]of r.url.searchParams.entries())e.query[o]=n;if(r.headers)
for(let o in r.headers)b(r.headers,o)&&(e.headers[o]=r.headers[o].join(", "));return e}else{if(e.protocol=r.protocol,e.hostname=r.hostname,e.port=r.port?Number(
r.port):void 0,e.path=r.path,e.query={...r.query},r.headers)for(let o in r.headers)b(r.headers,o)&&(e.headers[o]=r.headers[o]);return e}}setHostPrefix(e,r,o,n=Xa(
r)){if(this.serdeContext?.disableHostPrefix)return;let s=n[4];if(typeof s!="string")return;let i=s;for(let[a,[,c]]of Ne.of(r.input).getHttpBindings().request.memberBindings){
if(!(c>>17&1))continue;let l=o[a];if(typeof l!="string")throw new Error(`@smithy/core/schema - ${a} in input must be a string as hostLabel.`);i=i.replace(`{${a}\
}`,l)}if(e.hostname=i+e.hostname,!Cu(e.hostname))throw new Error(`[${e.hostname}] is not a valid hostname.`)}deserializeMetadata(e){return{httpStatusCode:e.statusCode,
requestId:e.headers["x-amzn-requestid"]??e.headers["x-amzn-request-id"]??e.headers["x-amz-request-id"],extendedRequestId:e.headers["x-amz-id-2"],cfId:e.headers["\
x-amz-cf-id"]}}resolveError(e,r,o){let n=[-3,"","Error",0,[],[],0],s;for(let i of o)for(let a of r)try{a==="*"?s=i.getSchema(e):s=i.getSchema(a+"#"+e);let c=i.getErrorCtor(
s);if(c)return[s,c,"modeled"];{let l=i.getBaseException();if(l){let d=i.getErrorCtor(l);if(d)return[s,d,"synthetic"]}}}catch{}for(let i of o){let a=i.getBaseException();
if(a){let c=i.getErrorCtor(a);if(c)return[a,c,"synthetic"]}}return[n,Error,"native"]}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o}){
return(await this.loadEventStreamCapability()).serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o})}async deserializeEventStream({response:e,responseSchema:r,
initialResponseContainer:o}){return(await this.loadEventStreamCapability()).deserializeEventStream({response:e,responseSchema:r,initialResponseContainer:o})}async loadEventStreamCapability(){
let{EventStreamSerde:e,eventStreamSerdeProvider:r}=await Promise.resolve().then(()=>Ur(m_())),o=this.resolveEventStreamMarshaller(r);return new e({marshaller:o,
serializer:this.serializer,deserializer:this.deserializer,serdeContext:this.serdeContext,defaultContentType:this.getDefaultContentType(),compositeErrorRegistry:this.
compositeErrorRegistry})}getDefaultContentType(){throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missi\
ng.`)}async deserializeHttpMessage(e,r,o,n,s){return[]}getEventStreamMarshaller(){let e=this.serdeContext;if(!e.eventStreamMarshaller)throw new Error("@smithy/c\
ore - HttpProtocol: eventStreamMarshaller missing in serdeContext.");return e.eventStreamMarshaller}resolveEventStreamMarshaller(e){let r=this.serdeContext;return r.
eventStreamMarshaller?r.eventStreamMarshaller:e(this.serdeContext)}}});var Vs,f_=p(()=>{Y();k();qo();Ym();Ln();Jm();Vs=class extends Un{async serializeRequest(e,r,o){let n=r&&typeof r=="object"?r:{},s={},i={},a=await o.endpoint(),c=Ne.
of(e?.input),l=c.getHttpBindings().request,d=Xa(e),u=new G({query:s,headers:i});if(a){this.updateServiceEndpoint(u,a),this.setHostPrefix(u,e,n,d);let[f,g,y]=d;if(f){
u.method=f,u.path=u.path==="/"?g:u.path+g;for(let[h,S]of y)s[h]=S}}u.query=s;let m=this.serializeHttpBindings(n,u,l,d);return m&&(u.body=await this.serializeEventStream(
{eventStream:m,requestSchema:c})),u}serializeHttpBindings(e,r,o,n){let s=this.serializer,i=typeof s.writeCodec=="function"?s:void 0,a=r.query,c=r.headers,l=o.syntheticBodySchema,
d=!1,u,m,f,g=Object.getOwnPropertyNames(e),y=Object.getPrototypeOf(e),h=(y===Object.prototype||y===null)&&!o.hasIdempotency&&!o.hasPrefixHeaders&&g.length*2<o.memberBindings.
length,S=h?g.length:o.memberBindings.length;for(let A=0;A<S;++A){let L=h?b(o.byName,g[A])?o.byName[g[A]]:void 0:o.memberBindings[A];if(!L)continue;let X=L[1],Ae=L[0],
nr=X[0],vr=X[1],pe=X[2],be=L[2],ct=L[3],Ke=e[Ae];if(!(Ke==null&&!(vr>>10&1)))if(be===36){let V=vr>>11&3;V?V===2?m=Ke||void 0:u=Ke:(i?i.writeCodec(nr,Ke):s.write(
nr,Ke),u=s.flush())}else if(be===33||be===38){let V=this.serializeHttpValue(X,Ke,be,i);be===33?(f??=Object.create(null))[Ae]=V:c[ct]=V}else if(be===39)for(let V in Ke){
if(!b(Ke,V))continue;let hr=ct+V;c[hr.toLowerCase()]=this.serializeHttpValue(pe,Ke[V],38,i,i?pe[0]:[pe[0],{httpHeader:hr}])}else(be&62)===34?this.serializeQuery(
X,Ke,ct,a,i):d=!0}let x=n[1],v=n[3];return x&&v&&r.path.endsWith(x)&&(r.path=r.path.slice(0,-x.length)+this.serializePath(v,f,o)),d&&l&&(i?i.writeCodec(l,e):s.write(
l,e),u=s.flush()),r.body=u,m}serializeQuery(e,r,o,n,s){let[i,a,c]=e,l=s?void 0:i.getMergedTraits();if(o===void 0){for(let d in r)!b(r,d)||d in n||(s||Object.assign(
c[0].getMergedTraits(),{...l,httpQuery:d,httpQueryParams:void 0}),this.serializeQuery(c,r[d],d,n,s));return}if((a&192)===64){let d=[];for(let u of r){let m=this.
serializeHttpValue(c,u,34,s,s?c[0]:[c[0],l]);(a>>13&1||m!==void 0)&&d.push(m)}n[o]=d}else n[o]=this.serializeHttpValue(e,r,34,s,s?i:[i,l])}serializeHttpValue(e,r,o,n,s=e[0]){
let i=e[1],a=i&255;return n&&!(i&1792)&&(a<=2||a===17||a===19)?String(r):(n?n.writeHttpBinding(e,r,o):this.serializer.write(s,r),this.serializer.flush())}serializePath(e,r,o){
let n="";for(let[s,i]of e){if(i===0){n+=s;continue}let a=r?.[s];if(a===void 0){if(b(o.byName,s)&&o.byName[s][2]===33)throw new Error(`No value provided for inpu\
t HTTP label: ${s}.`);n+=`{${s}${i===2?"+":""}}`}else n+=i===2?a.split("/").map(Vo).join("/"):Vo(a)}return n}async deserializeResponse(e,r,o){let n=this.deserializer,
s=typeof n.readCodec=="function"?n:void 0,i=Ne.of(e.output),a=i.getHttpBindings().response,c={};if(o.statusCode>=300){let d=await ze(o.body,r);throw d.byteLength>
0&&Object.assign(c,await n.read(15,d)),await this.handleError(e,r,o,c,this.deserializeMetadata(o)),new Error("@smithy/core/protocols - HTTP Protocol error handl\
er failed to throw.")}let l=await this.deserializeHttpMessage(i,r,o,c);if(l.length){let d=await ze(o.body,r);if(d.byteLength>0){let u=await(s?s.readCodec(a.syntheticBodySchema,
d):n.read(a.syntheticBodySchema,d));for(let m of l)u[m]!=null&&(c[m]=u[m])}}else a.bindings.payload||await ze(o.body,r);return c.$metadata=this.deserializeMetadata(
o),c}async deserializeHttpMessage(e,r,o,n,s){let i=n instanceof Set?s:n,a=this.deserializer,c=typeof a.readCodec=="function"?a:void 0,l=Ne.of(e),{bodyMemberNames:d,
bindings:{payload:u,statusCode:m,headers:f,prefixHeaders:g}}=l.getHttpBindings().response,y=o.headers;if(u){let[h,S]=u,[x,v]=S,A=v>>11&3;if(A)A===2?i[h]=await this.
deserializeEventStream({response:o,responseSchema:l}):i[h]=Gs(o.body);else if(o.body){let L=await ze(o.body,r);L.byteLength>0&&(i[h]=await(c?c.readPayload(S,L):
a.read(x,L)))}}for(let h in y){if(!b(y,h))continue;let S=h.toLowerCase(),x=y[h];S!==h&&(delete y[h],y[S]=x);let v=b(f,S)?f[S]:void 0;if(!v)continue;let[A,[L,X,Ae],
,nr]=v;if(Ae){let vr=X>>16&1?Hu(x,",",2):Cs(x),pe=[];for(let be of vr)pe.push(c?c.readHttpBinding(Ae,be.trim(),38):await a.read([Ae[0],{httpHeader:nr}],be.trim()));
i[A]=pe}else i[A]=c?c.readHttpBinding(v[1],x,38):await a.read(L,x)}for(let[h,[,,S],,x]of g){i[h]={};for(let v in y){if(!b(y,v)||!v.startsWith(x))continue;let A=y[v];
i[h][v.slice(x.length)]=c?c.readHttpBinding(S,A,38):await a.read([S[0],{httpHeader:v}],A)}}return m&&(i[m[0]]=o.statusCode),d}}});var Wo,g_=p(()=>{Y();Q();Y();Ym();Ln();Wo=class extends Un{async serializeRequest(e,r,o){let n=this.serializer,s={},i={},a=await o.endpoint(),c=U.of(e?.input),l=c.
getSchema(),d,u=r&&typeof r=="object"?r:{},m=new G({protocol:"",hostname:"",port:void 0,path:"/",fragment:void 0,query:s,headers:i,body:void 0});if(a&&(this.updateServiceEndpoint(
m,a),this.setHostPrefix(m,e,u)),u){let f=c.getEventStreamMember();if(f){if(u[f]){let g={};for(let[y]of c.structIterator())y!==f&&u[y]!=null&&(g[y]=u[y]);d=await this.
serializeEventStream({eventStream:u[f],requestSchema:c,initialRequest:g})}}else n.write(l,u),d=n.flush()}return m.headers=Object.assign(m.headers,i),m.query=s,m.
body=d,m.method="POST",m}async deserializeResponse(e,r,o){let n=this.deserializer,s=U.of(e.output),i={};if(this.isErrorResponse(o.statusCode)){let c=await ze(o.
body,r);throw c.byteLength>0&&Object.assign(i,await n.read(15,c)),await this.handleError(e,r,o,i,this.deserializeMetadata(o)),new Error("@smithy/core/protocols \
- RPC Protocol error handler failed to throw.")}for(let c in o.headers){if(!b(o.headers,c))continue;let l=o.headers[c];delete o.headers[c],o.headers[c.toLowerCase()]=
l}let a=s.getEventStreamMember();if(a)i[a]=await this.deserializeEventStream({response:o,responseSchema:s,initialResponseContainer:i});else{let c=await ze(o.body,
r);c.byteLength>0&&Object.assign(i,await n.read(s,c))}return i.$metadata=this.deserializeMetadata(o),i}isErrorResponse(e){return e>=300}}});var Ko,Xm=p(()=>{k();qo();zs();Ko=class extends Nr{settings;constructor(e){super(),this.settings=e}read(e,r){let o=Ne.of(e),n=o.getMergedTraits(),s=o.getHttpBindingLocation(
n);return this.readHttpBinding(o.getHttpBindingValue(s,n),r,s)}readHttpBinding([e,r,o],n,s){let i=r&255;if((i&192)===64)return o??=e.getHttpBindingCollectionValue(
s),Cs(n).map(a=>this.readHttpBinding(o,a,s));switch(i){case 21:case 42:return(this.serdeContext?.base64Decoder??Se)(n);case 4:case 5:case 6:case 7:{let a=this.settings.
httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:a?a+4:this.settings.timestampFormat.default){case 5:return Mu(n);case 6:return Bu(n);case 7:
return Fu(n);default:return console.warn("Missing timestamp format, parsing value with Date constructor:",n),new Date(n)}}case 0:{let a=r>>8&3;if(!a)return n;let c=n;
return(s&6)===6&&(c=(this.serdeContext?.utf8Encoder??ee)((this.serdeContext?.base64Decoder??Se)(c))),a===2?Ye.from(c):c}case 1:return Number(n);case 2:return n.
toLowerCase()==="true";case 17:return BigInt(n);case 19:return new Re(n,"bigDecimal");default:return n}}}});var qs,h_=p(()=>{k();qo();zs();Xm();qs=class extends Nr{codecDeserializer;stringDeserializer;constructor(e,r){super(),this.codecDeserializer=e,this.stringDeserializer=
new Ko(r)}setSerdeContext(e){this.stringDeserializer.setSerdeContext(e),this.codecDeserializer.setSerdeContext(e),this.serdeContext=e}read(e,r){let o=Ne.of(e),n=o.
getMergedTraits();if(n.httpHeader||n.httpResponseCode){let s=o.getHttpBindingValue(38,n);return this.readHttpBinding(s,r,38)}return n.httpPayload?this.readPayload(
o.getHttpBindingValue(36,n),r):this.readCodec(o,r)}readHttpBinding(e,r,o){let n=typeof r=="string"?r:(this.serdeContext?.utf8Encoder??ee)(r);return this.stringDeserializer.
readHttpBinding(e,n,o)}readPayload([e,r],o){let n=r&255;return n===21||n===42?typeof o=="string"?(this.serdeContext?.utf8Decoder??ie)(o):o:n===0?typeof o=="stri\
ng"?o:(this.serdeContext?.utf8Encoder??ee)(o):this.readCodec(e,o)}readCodec(e,r){return this.codecDeserializer.read(e,r)}}});var Qa,y_=p(()=>{k();qo();zs();Qa=class extends Nr{settings;stringBuffer="";constructor(e){super(),this.settings=e}write(e,r){let o=Ne.of(e),n=o.getMergedTraits(),
s=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(s,n),r,s)}writeHttpBinding([e,r,o],n,s){let i=r&255;switch(typeof n){case"object":if(n===
null){this.stringBuffer="null";return}if(i>=4&&i<=7){if(!(n instanceof Date))throw new Error(`@smithy/core/protocols - received non-Date value ${n} when schema \
expected Date in ${e.getName(!0)}`);let l=this.settings.httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:l?l+4:this.settings.timestampFormat.
default){case 5:this.stringBuffer=n.toISOString().replace(".000Z","Z");break;case 6:this.stringBuffer=Bo(n);break;case 7:this.stringBuffer=String(n.getTime()/1e3);
break;default:console.warn("Missing timestamp format, using epoch seconds",n),this.stringBuffer=String(n.getTime()/1e3)}return}if((i===21||i===42)&&"byteLength"in
n){this.stringBuffer=(this.serdeContext?.base64Encoder??he)(n);return}if((i&192)===64&&Array.isArray(n)){o??=e.getHttpBindingCollectionValue(s);let l=o[1]&255,d=l>=
4&&l<=7,u="";for(let m of n){this.writeHttpBinding(o,m,s);let f=this.flush();u&&(u+=", "),u+=d?f:ku(f)}this.stringBuffer=u;return}this.stringBuffer=JSON.stringify(
n,null,2);break;case"string":let a=r>>8&3,c=n;if(a===2&&(c=Ye.from(c)),a&&(s&6)===6){this.stringBuffer=(this.serdeContext?.base64Encoder??he)(c.toString());return}
this.stringBuffer=n;break;default:this.stringBuffer=r>>10&1?$n():String(n)}}flush(){let e=this.stringBuffer;return this.stringBuffer="",e}}});var Ws,E_=p(()=>{qo();y_();Ws=class{codecSerializer;stringSerializer;buffer;constructor(e,r,o=new Qa(r)){this.codecSerializer=e,this.stringSerializer=o}setSerdeContext(e){
this.codecSerializer.setSerdeContext(e),this.stringSerializer.setSerdeContext(e)}write(e,r){let o=Ne.of(e),n=o.getMergedTraits();if(n.httpHeader||n.httpLabel||n.
httpQuery){let s=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(s,n),r,s);return}this.writeCodec(o,r)}writeHttpBinding(e,r,o){this.stringSerializer.
writeHttpBinding(e,r,o),this.buffer=this.stringSerializer.flush()}writeCodec(e,r){this.codecSerializer.write(e,r)}flush(){if(this.buffer!==void 0){let e=this.buffer;
return this.buffer=void 0,e}return this.codecSerializer.flush()}}});function Jo(t,e){if(e.timestampFormat.useTrait){let a=t.getSchema();if(a===5||a===6||a===7)return a}let{httpLabel:r,httpPrefixHeaders:o,httpHeader:n,httpQuery:s}=t.
getMergedTraits();return(e.httpBindings?typeof o=="string"||n?6:s||r?5:void 0:void 0)??e.timestampFormat.default}var Za=p(()=>{});var Ht,jt,x_=p(()=>{Ht=t=>(t.logger&&t.logger.constructor?.name!=="NoOpLogger"&&t.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"),t.logger),t.defaultSocketTimeout&&
t.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"),t.defaultSocketTimeout),{setHttpHandler(e){t.requestHandler=e},httpHandler(){
return t.requestHandler},updateHttpClientConfig(e,r){t.requestHandler?.updateHttpClientConfig(e,r)},httpHandlerConfigs(){return t.requestHandler.httpHandlerConfigs()}}),
jt=t=>({requestHandler:t.httpHandler()})});function R_(t){return e=>async r=>{let o=r.request;if(G.isInstance(o)){let{body:n,headers:s}=o;if(n&&Object.keys(s).map(i=>i.toLowerCase()).indexOf(S_)===-1)try{
let i=t(n);i!=null&&(o.headers={...o.headers,[S_]:String(i)})}catch{}}return e({...r,request:o})}}var S_,__,Gt,w_=p(()=>{Y();S_="content-length";__={step:"build",
tags:["SET_CONTENT_LENGTH","CONTENT_LENGTH"],name:"contentLengthMiddleware",override:!0},Gt=t=>({applyToStack:e=>{e.add(R_(t.bodyLengthChecker),__)}})});var _r,dL,Qm=p(()=>{_r=t=>encodeURIComponent(t).replace(/[!'()*]/g,dL),dL=t=>`%${t.charCodeAt(0).toString(16).toUpperCase()}`});function Zm(t){let e=[];for(let r of Object.keys(t).sort()){let o=t[r];if(r=_r(r),Array.isArray(o))for(let n=0,s=o.length;n<s;n++)e.push(`${r}=${_r(o[n])}`);else{
let n=r;(o||typeof o=="string")&&(n+=`=${_r(o)}`),e.push(n)}}return e.join("&")}var I_=p(()=>{Qm()});var co,ec=p(()=>{co=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var tc,T_=p(()=>{tc=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function rc(){if(Ks===void 0)try{if(typeof Buffer!="function")Ks=!1;else{let t=JSON.parse(Buffer.from([123,125]));Ks=t!==null&&typeof t=="object"}}catch{Ks=!1}return Ks}
var Ks,ef=p(()=>{});function oc(t,e,r){if(r?.source){let o=r.source;if(typeof e=="number")return e<=Number.MAX_SAFE_INTEGER&&e>=Number.MIN_SAFE_INTEGER?mL(o,e)?e:new Re(o,"bigDecim\
al"):uL(o)?new Re(o,"bigDecimal"):/[eE]/.test(o)?fL(o):BigInt(o)}return e}function uL(t){let e=t.indexOf(".");if(e===-1)return!1;let r=t.search(/[eE]/);if(r===-1)
return!0;let o=r-e-1;return parseInt(t.slice(r+1),10)<o}function mL(t,e){if(t===String(e)||Object.is(e,-0))return!0;if(/[eE]/.test(t))return tf(t)===tf(String(e));
let r=t.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,""),o=String(e);return r===o?!0:/[eE]/.test(o)?r===tf(o):!1}function tf(t){let e=t.startsWith("-"),r=e?t.slice(
1):t,o=r.search(/[eE]/),n;if(o===-1)n=r;else{let s=parseInt(r.slice(o+1),10),i=r.slice(0,o),a=i.indexOf("."),c,l;a===-1?(c=i,l=i.length):(c=i.slice(0,a)+i.slice(
a+1),l=a),c=c.replace(/0+$/,"")||"0";let d=l+s;c==="0"?n="0":d<=0?n="0."+"0".repeat(-d)+c:d>=c.length?n=c+"0".repeat(d-c.length):n=c.slice(0,d)+"."+c.slice(d)}return n.
includes(".")&&(n=n.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,"")),(e?"-":"")+n}function fL(t){let e=t.search(/[eE]/),r=parseInt(t.slice(e+1),10),o=t.startsWith(
"-"),n=t.slice(o?1:0,e),s=n.indexOf("."),i,a;if(s===-1)i=n,a=r;else{i=n.slice(0,s)+n.slice(s+1);let l=n.length-s-1;a=r-l}i=i.replace(/0+$/,"")||"0";let c=BigInt(
i)*10n**BigInt(a+(n.replace(".","").length-i.length));return o?-c:c}var rf=p(()=>{k()});function sc(t){let e=U.of(t),r=e.getSchema();if(Array.isArray(r)&&e.isStructSchema()){if(of in r)return r[of];let o=nc(e,new Set);return r[of]=o,o}return nc(e,new Set)}
function nc(t,e){let r=t.getSchema();if(e.has(r))return!1;if(e.add(r),t.isBigIntegerSchema()||t.isBigDecimalSchema())return!0;if(t.isStructSchema()){for(let[,o]of t.
structIterator())if(nc(o,e))return!0}else if(t.isListSchema()||t.isMapSchema()){if(nc(t.getValueSchema(),e))return!0}else if(t.isDocumentSchema())return!0;return!1}
var of,nf=p(()=>{Q();of=Symbol.for("@aws-sdk/reviver")});var C_,v_=p(()=>{Ln();k();C_=(t,e)=>ze(t,e).then(r=>(e?.utf8Encoder??ee)(r))});async function af(t,e,r){let o;if(rc()&&typeof t?.[Symbol.asyncIterator]=="function"){let s=await ze(t,e);typeof Buffer=="function"&&(Buffer.isBuffer(s)?o=s:o=Buffer.
from(s.buffer,s.byteOffset,s.byteLength))}if(o||(o=await C_(t,e)),o.length===0)return{};let n=r&&sc(r)?oc:void 0;try{return JSON.parse(o,n)}catch(s){throw s?.name===
"SyntaxError"&&Object.defineProperty(s,"$responseBodyText",{value:typeof o=="string"?o:o.toString("utf8")}),s}}var P_,sf,cf,pf,A_,lf=p(()=>{Ln();v_();ef();rf();
nf();P_=(t,e)=>Object.keys(t).find(r=>r.toLowerCase()===e.toLowerCase()),sf=t=>{let e=t;return typeof e=="number"&&(e=e.toString()),e.indexOf(",")>=0&&(e=e.split(
",")[0]),e.indexOf(":")>=0&&(e=e.split(":")[0]),e.indexOf("#")>=0&&(e=e.split("#")[1]),e},cf=(t,e)=>A_(t,e,["header","code","type"]),pf=(t,e,r=!1)=>A_(t,e,r?["c\
ode","header","type"]:["type","code","header"]),A_=({headers:t},e,r)=>{for(;r.length>0;)switch(r.shift()){case"header":let n=P_(t??{},"x-amzn-errortype");if(n!==
void 0)return sf(t[n]);break;case"code":let s=P_(e??{},"code");if(s&&e[s]!==void 0)return sf(e[s]);break;case"type":if(e?.__type!==void 0)return sf(e.__type);break}}});var ic,b_=p(()=>{Za();Q();k();ec();T_();ef();rf();nf();lf();Y();ic=class extends co{settings;constructor(e){super(),this.settings=e}async read(e,r){let o=sc(e)?
oc:void 0,n;if(typeof r=="string"){if(r.length===0)return{};n=JSON.parse(r,o)}else if(r instanceof Uint8Array&&rc()){if(r.byteLength===0)return{};let s=Buffer.isBuffer(
r)?r:Buffer.from(r.buffer,r.byteOffset,r.byteLength);n=JSON.parse(s,o)}else n=await af(r,this.serdeContext,e);return this._read(e,n)}readObject(e,r){return this.
_read(e,r)}_read(e,r){let o=r!==null&&typeof r=="object",n=U.of(e);if(o){if(n.isStructSchema())return this._readStruct(n,r);if(Array.isArray(r)&&n.isListSchema()){
let i=n.getValueSchema();if(this.needsTransform(i))for(let a=0;a<r.length;++a)r[a]=this._read(i,r[a]);return r}if(n.isMapSchema()){let i=n.getValueSchema(),a=r;
if(this.needsTransform(i))for(let c in a)b(a,c)&&(c==="__proto__"&&qr(a),a[c]=this._read(i,a[c]));return a}}if(n.isBlobSchema()&&typeof r=="string")return Se(r);
let s=n.getMergedTraits().mediaType;if(n.isStringSchema()&&typeof r=="string"&&s)return s==="application/json"||s.endsWith("+json")?Ye.from(r):r;if(n.isTimestampSchema()&&
r!=null)switch(Jo(n,this.settings)){case 5:return Du(r);case 6:return Ts(r);case 7:return Nu(r);default:return console.warn("Missing timestamp format, parsing v\
alue with Date constructor:",r),new Date(r)}if(n.isBigIntegerSchema()&&(typeof r=="number"||typeof r=="string"))return BigInt(r);if(n.isBigDecimalSchema()&&r!=null){
if(r instanceof Re)return r;let i=r;return i.type==="bigDecimal"&&"string"in i?new Re(i.string,i.type):new Re(String(r),"bigDecimal")}if(n.isNumericSchema()&&typeof r==
"string"){switch(r){case"Infinity":return 1/0;case"-Infinity":return-1/0;case"NaN":return NaN}return r}if(n.isDocumentSchema()&&o)if(Array.isArray(r))for(let i=0;i<
r.length;++i){let a=r[i];a instanceof Re||(r[i]=this._read(n,a))}else{let i=r;for(let a in i){if(!b(i,a))continue;a==="__proto__"&&qr(i);let c=i[a];c instanceof
Re||(i[a]=this._read(n,c))}}return r}_readStruct(e,r){let o=e.isUnionSchema(),n={},s,i=typeof r.__type=="string",{jsonName:a}=this.settings;a&&i&&(s={});let c;o&&
(c=new tc(r,n));for(let[l,d]of e.structIterator()){let u=l;a&&(u=d.getMergedTraits().jsonName??u,i&&(s[u]=l)),o&&c.mark(u),r[u]!=null&&(n[l]=this._read(d,r[u]))}
if(o)c.writeUnknown();else if(i)for(let l in r){if(!b(r,l))continue;let d=r[l],u=a?s[l]??l:l;u in n||(n[u]=d)}return n}needsTransform(e){return!!(e.isBlobSchema()||
e.isTimestampSchema()||e.isBigIntegerSchema()||e.isBigDecimalSchema()||e.isNumericSchema()||e.isDocumentSchema()||e.isStructSchema()||e.isListSchema()||e.isMapSchema()||
e.isStringSchema()&&e.getMergedTraits().mediaType)}}});var ac,O_,D_=p(()=>{k();ac=class t extends Uint8Array{string=null;static allocUnsafe(e){if(typeof Buffer=="function"){let r=Buffer.allocUnsafe(e);return new t(r.
buffer,r.byteOffset,r.byteLength)}return new t(e)}toString(){return this.s()}valueOf(){return this.s()}includes(e,r){return typeof e=="string"?this.s().includes(
e,r):Uint8Array.prototype.includes.call(this,e,r)}indexOf(e,r){return typeof e=="string"?this.s().indexOf(e,r):Uint8Array.prototype.indexOf.call(this,e,r)}lastIndexOf(e,r){
if(typeof e=="string")return this.s().lastIndexOf(e,r);let o=Uint8Array.prototype.lastIndexOf;return r!==void 0?o.call(this,e,r):o.call(this,e)}startsWith(e,r){
return this.s().startsWith(e,r)}endsWith(e,r){return this.s().endsWith(e,r)}match(e){return this.s().match(e)}replace(e,r){return this.s().replace(e,r)}search(e){
return this.s().search(e)}split(e,r){return this.s().split(e,r)}substring(e,r){return this.s().substring(e,r)}trim(){return this.s().trim()}trimStart(){return this.
s().trimStart()}trimEnd(){return this.s().trimEnd()}charAt(e){return this.s().charAt(e)}charCodeAt(e){return this.s().charCodeAt(e)}padStart(e,r){return this.s().
padStart(e,r)}padEnd(e,r){return this.s().padEnd(e,r)}repeat(e){return this.s().repeat(e)}toUpperCase(){return this.s().toUpperCase()}toLowerCase(){return this.
s().toLowerCase()}s(){if(this.string==null){let e=Date.now();e>O_+6e4&&(console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string meth\
od on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error."),O_=e),this.string=ee(this)}return this.
string}},O_=0});function df(t){return ac.allocUnsafe(t)}var cc,N_,k_,gL,hL,Fn,pc,lc,$_,yL,EL,xL,kr,L_,dc,U_=p(()=>{Za();Q();k();ec();Y();D_();cc=new TextEncoder,N_=123,k_=125,gL=
91,hL=93,Fn=34,pc=58,lc=44,$_=92,yL=new Uint8Array([116,114,117,101]),EL=new Uint8Array([102,97,108,115,101]),xL=new Uint8Array([110,117,108,108]),kr=new Array(
128).fill(null);kr[8]="b";kr[9]="t";kr[10]="n";kr[12]="f";kr[13]="r";kr[34]='"';kr[92]="\\";for(let t=0;t<32;t++)kr[t]===null&&(kr[t]="u00"+t.toString(16).padStart(
2,"0"));L_=2048;dc=class t extends co{settings;json;i=0;rootSchema;rawValue;passthrough=!1;constructor(e){super(),this.settings=e,this.json=df(L_)}write(e,r){this.
i=0,this.rawValue=r,this.rootSchema=U.of(e),this.passthrough=this.rootSchema.isBlobSchema()||this.rootSchema.isStringSchema(),this.passthrough||this.writeValue(
this.rootSchema,r,void 0)}writeDiscriminatedDocument(e,r){this.i=0,this.rootSchema=U.of(e);let o=this.rootSchema;if(o.isStructSchema()&&r!=null&&typeof r=="obje\
ct"){this.writeValue(o,r,void 0);let n=`"__type":"${o.getName(!0)??"Unknown"}",`,s=n.length;this.ensure(s),this.json.copyWithin(1+s,1,this.i),cc.encodeInto(n,this.
json.subarray(1)),this.i+=s}else this.writeValue(o,r,void 0)}flush(){this.rootSchema=void 0;let e=this.i;this.i=0;let r=this.rawValue;if(this.rawValue=void 0,e===
0)return r;let o=this.json.subarray(0,e);return this.json=df(L_),o}ensure(e){let{i:r,json:o}=this;if(r+e>o.length){let n=o.length*2;for(;n<r+e;)n*=2;let s=df(n);
s.set(this.json),this.json=s}}writeAscii(e){let r=e.length;this.ensure(r);let{i:o,json:n}=this;for(let s=0;s<r;++s)n[o]=e.charCodeAt(s),o+=1;this.i=o}writeAsciiQuoted(e){
let r=e.length;this.ensure(r+4);let{json:o,i:n}=this;o[n++]=Fn;for(let s=0;s<r;++s)o[n++]=e.charCodeAt(s);o[n++]=Fn,this.i=n}writeJsonString(e){let r=e.length;this.
ensure(r*3+2),this.json[this.i++]=Fn;for(let o=0;o<r;++o){let n=e.charCodeAt(o);if(n>34&&n<92)this.json[this.i++]=n;else if(n<128){let s=kr[n];if(s!==null){this.
ensure(s.length+1+(r-o-1)*3+1),this.json[this.i++]=$_;for(let i=0;i<s.length;i++)this.json[this.i++]=s.charCodeAt(i)}else this.json[this.i++]=n}else if(n>=55296&&
n<=56319){let s=o+1<r?e.charCodeAt(o+1):0;if(s>=56320&&s<=57343){this.ensure(4);let{written:i}=cc.encodeInto(e.substring(o,o+2),this.json.subarray(this.i));this.
i+=i,++o}else this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n)}else if(n>=56320&&n<=57343)this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n);else{let{i:s,
json:i}=this;n<2048?(i[s++]=192|n>>6,i[s++]=128|n&63):(i[s++]=224|n>>12,i[s++]=128|n>>6&63,i[s++]=128|n&63),this.i=s}}this.json[this.i++]=Fn}writeUnicodeEscape(e){
let{json:r,i:o}=this;r[o++]=$_,r[o++]=117;let n=e.toString(16).padStart(4,"0");for(let s=0;s<4;++s)r[o++]=n.charCodeAt(s);this.i=o}static B64=(()=>{let e="ABCDE\
FGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",r=new Uint8Array(64);for(let o=0;o<64;++o)r[o]=e.charCodeAt(o);return r})();writeBase64(e){let r=Math.
ceil(e.length/3)*4;this.ensure(r+2);let o=this.json,n=t.B64,s=this.i;o[s++]=Fn;let i=e.length,a=i%3,c=i-a;for(let l=0;l<c;l+=3){let d=e[l],u=e[l+1],m=e[l+2];o[s++]=
n[d>>2],o[s++]=n[(d&3)<<4|u>>4],o[s++]=n[(u&15)<<2|m>>6],o[s++]=n[m&63]}if(a===2){let l=e[c],d=e[c+1];o[s++]=n[l>>2],o[s++]=n[(l&3)<<4|d>>4],o[s++]=n[(d&15)<<2],
o[s++]=61}else if(a===1){let l=e[c];o[s++]=n[l>>2],o[s++]=n[(l&3)<<4],o[s++]=61,o[s++]=61}o[s++]=Fn,this.i=s}writeValue(e,r,o){if(r==null){if(o?.isStructSchema()){
if(r===void 0&&U.of(e).isIdempotencyToken()){this.writeAsciiQuoted($n());return}return}this.ensure(4),this.json.set(xL,this.i),this.i+=4;return}let n=U.of(e),s=typeof r==
"object";if(n.isStringSchema()){let i=n.getMergedTraits().mediaType;if(i&&(i==="application/json"||i.endsWith("+json"))){this.writeJsonString(Ye.from(r).toString());
return}}if(this.settings.bigNumberAsString&&r!=null&&(n.isBigIntegerSchema()||n.isBigDecimalSchema())){let i=r instanceof Re?r.string:String(r);this.writeAsciiQuoted(
i);return}if(s){if(n.isStructSchema()){this.writeStruct(n,r);return}if(Array.isArray(r)&&(n.isListSchema()||n.isDocumentSchema())){this.writeList(n,r,n.isDocumentSchema());
return}if(n.isMapSchema()){this.writeMap(n,r,!1);return}if(r instanceof Uint8Array&&(n.isBlobSchema()||n.isDocumentSchema())){this.writeBase64(r);return}if(r instanceof
Date&&(n.isTimestampSchema()||n.isDocumentSchema())){this.writeTimestamp(n,r);return}if(r instanceof Re){this.writeAscii(r.string);return}if(n.isDocumentSchema()){
Array.isArray(r)?this.writeList(n,r,!0):this.writeMap(n,r,!0);return}let i=JSON.stringify(r);this.writeAscii(i);return}if(typeof r=="string"){if(n.isBlobSchema()){
let i=(this.serdeContext?.base64Encoder??he)(r);this.writeAsciiQuoted(i);return}this.writeJsonString(r);return}if(typeof r=="number"){if(Math.abs(r)===1/0||Number.
isNaN(r)){this.writeAsciiQuoted(String(r));return}let i=String(r);this.writeAscii(i);return}if(typeof r=="boolean"){this.ensure(5);let{i,json:a}=this;r?(a.set(yL,
i),i+=4):(a.set(EL,i),i+=5),this.i=i;return}if(typeof r=="bigint"){this.writeAscii(r.toString());return}this.writeAscii(String(r))}writeStruct(e,r){this.ensure(
2),this.json[this.i++]=N_;let o=!1,n=typeof r.__type=="string",s;n&&(s=new Set);for(let[i,a]of e.structIterator()){let c=r[i];if(c==null&&!a.isIdempotencyToken())
continue;o&&(this.ensure(1),this.json[this.i++]=lc),o=!0;let l=this.settings.jsonName?a.getMergedTraits().jsonName??i:i;s&&(s.add(i),s.add(l)),this.writeAsciiQuoted(
l),this.json[this.i++]=pc,this.writeValue(a,c,e)}if(!o&&e.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i;this.writeAsciiQuoted(a),this.ensure(
1),this.json[this.i++]=pc,this.writeValue(15,c,e)}}else if(n)for(let i in r){if(s.has(i))continue;s.add(i);let a=r[i];o&&(this.ensure(1),this.json[this.i++]=lc),
o=!0,this.writeAsciiQuoted(i),this.ensure(1),this.json[this.i++]=pc,this.writeValue(15,a,void 0)}this.ensure(1),this.json[this.i++]=k_}writeList(e,r,o){let n=!!e.
getMergedTraits().sparse,s=e.getValueSchema();if(!o&&(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let a=!1;for(let l=0;l<r.length;++l){let d=r[l];
if(Number.isNaN(d)||d===1/0||d===-1/0||d==null&&!n){a=!0;break}}let c;if(!a)c=JSON.stringify(r);else{let l=[];for(let d=0;d<r.length;++d){let u=r[d];u==null&&!n||
(Number.isNaN(u)||u===1/0||u===-1/0?l.push(String(u)):l.push(u))}c=JSON.stringify(l)}this.ensure(c.length*3),this.i+=cc.encodeInto(c,this.json.subarray(this.i)).
written;return}this.ensure(2),this.json[this.i++]=gL;let i=!1;for(let a=0;a<r.length;++a){let c=r[a];(o?c===void 0:c==null&&!n)||(i&&(this.ensure(1),this.json[this.
i++]=lc),this.writeValue(s,c,void 0),i=!0)}this.ensure(1),this.json[this.i++]=hL}writeMap(e,r,o){let n=!!e.getMergedTraits().sparse,s=e.getValueSchema();if(!o&&
(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let a;for(let l in r){if(!b(r,l))continue;let d=r[l];Number.isNaN(d)||d===1/0||d===-1/0?((a??={})[l]=
d,r[l]=String(d)):d===null&&!n&&((a??={})[l]=null,r[l]=void 0)}let c=JSON.stringify(r);a&&Object.assign(r,a),this.ensure(c.length*3),this.i+=cc.encodeInto(c,this.
json.subarray(this.i)).written;return}this.ensure(2),this.json[this.i++]=N_;let i=!0;for(let a in r){if(!b(r,a))continue;let c=r[a];(o?c===void 0:c==null&&!n)||
(i||(this.ensure(1),this.json[this.i++]=lc),i=!1,this.writeJsonString(a),this.ensure(1),this.json[this.i++]=pc,this.writeValue(s,c,void 0))}this.ensure(1),this.
json[this.i++]=k_}writeTimestamp(e,r){switch(Jo(e,this.settings)){case 5:{let n=r.toISOString().replace(".000Z","Z");this.writeAsciiQuoted(n);return}case 6:{this.
writeAsciiQuoted(Bo(r));return}case 7:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}default:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}}}}});var Yo,F_=p(()=>{ec();b_();U_();Yo=class extends co{settings;constructor(e){super(),this.settings=e}createSerializer(){let e=new dc(this.settings);return e.setSerdeContext(
this.serdeContext),e}createDeserializer(){let e=new ic(this.settings);return e.setSerdeContext(this.serdeContext),e}}});var F=p(()=>{Ln();Jm();f_();g_();Xm();h_();E_();Za();Y();Y();x_();w_();Qm();I_();Y();lf();F_()});var M_,B_,zt,H_=p(()=>{F();M_=t=>e=>async r=>{if(!G.isInstance(r.request))return e(r);let{request:o}=r,{handlerProtocol:n=""}=t.requestHandler.metadata||{};if(n.
indexOf("h2")>=0&&!o.headers[":authority"])delete o.headers.host,o.headers[":authority"]=o.hostname+(o.port?":"+o.port:"");else if(!o.headers.host){let s=o.hostname;
o.port!=null&&(s+=`:${o.port}`),o.headers.host=s}return e(r)},B_={name:"hostHeaderMiddleware",step:"build",priority:"low",tags:["HOST"],override:!0},zt=t=>({applyToStack:e=>{
e.add(M_(t),B_)}})});var j_,G_,Vt,z_=p(()=>{T();j_=()=>(t,e)=>async r=>{try{let o=await t(r),{logger:n}=e,s=n instanceof _e;if(n&&!s){let{clientName:i,commandName:a,dynamoDbDocumentClientOptions:c={}}=e,
{overrideInputFilterSensitiveLog:l,overrideOutputFilterSensitiveLog:d}=c,u=l??e.inputFilterSensitiveLog,m=d??e.outputFilterSensitiveLog,{$metadata:f,...g}=o.output;
n.info?.({clientName:i,commandName:a,input:u(r.input),output:m(g),metadata:f})}return o}catch(o){let{clientName:n,commandName:s,logger:i,dynamoDbDocumentClientOptions:a={}}=e,
{overrideInputFilterSensitiveLog:c}=a,l=c??e.inputFilterSensitiveLog;throw i?.error?.({clientName:n,commandName:s,input:l(r.input),error:o,metadata:o.$metadata}),
o}},G_={name:"loggerMiddleware",tags:["LOGGER"],step:"initialize",override:!0},Vt=t=>({applyToStack:e=>{e.add(j_(),G_)}})});var V_,q_=p(()=>{V_={step:"build",tags:["RECURSION_DETECTION","TRACE_CONTEXT_PROPAGATION"],name:"recursionDetectionMiddleware",override:!0,priority:"low"}});var K_=cu((AZ,W_)=>{W_.exports=require("node:async_hooks")});var po,uf,uc,mf,ff,Js,J_=p(()=>{po={REQUEST_ID:Symbol.for("_AWS_LAMBDA_REQUEST_ID"),X_RAY_TRACE_ID:Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),TENANT_ID:Symbol.for(
"_AWS_LAMBDA_TENANT_ID"),TRACEPARENT:Symbol.for("_AWS_LAMBDA_TRACEPARENT"),TRACESTATE:Symbol.for("_AWS_LAMBDA_TRACESTATE"),BAGGAGE:Symbol.for("_AWS_LAMBDA_BAGGA\
GE")},uf=["true","1"].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA??"");uf||(globalThis.awslambda=globalThis.awslambda||{});uc=class{static PROTECTED_KEYS=po;isProtectedKey(e){
return Object.values(po).includes(e)}getRequestId(){return this.get(po.REQUEST_ID)??"-"}getXRayTraceId(){return this.get(po.X_RAY_TRACE_ID)}getTenantId(){return this.
get(po.TENANT_ID)}getTraceparent(){return this.get(po.TRACEPARENT)}getTracestate(){return this.get(po.TRACESTATE)}getBaggage(){return this.get(po.BAGGAGE)}},mf=
class extends uc{currentContext;getContext(){return this.currentContext}hasContext(){return this.currentContext!==void 0}get(e){return this.currentContext?.[e]}set(e,r){
if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);this.currentContext=this.currentContext||{},this.currentContext[e]=
r}run(e,r){return this.currentContext=e,r()}},ff=class t extends uc{als;static async create(){let e=new t,r=await Promise.resolve().then(()=>Ur(K_()));return e.
als=new r.AsyncLocalStorage,e}getContext(){return this.als.getStore()}hasContext(){return this.als.getStore()!==void 0}get(e){return this.als.getStore()?.[e]}set(e,r){
if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);let o=this.als.getStore();if(!o)throw new Error("No cont\
ext available");o[e]=r}run(e,r){return this.als.run(e,r)}};(function(t){let e=null;async function r(o){return e||(e=(async()=>{let s=o===!0||"AWS_LAMBDA_MAX_CON\
CURRENCY"in process.env?await ff.create():new mf;return!uf&&globalThis.awslambda?.InvokeStore?globalThis.awslambda.InvokeStore:(!uf&&globalThis.awslambda&&(globalThis.
awslambda.InvokeStore=s),s)})()),e}t.getInstanceAsync=r,t._testing=process.env.AWS_LAMBDA_BENCHMARK_MODE==="1"?{reset:()=>{e=null,globalThis.awslambda?.InvokeStore&&
delete globalThis.awslambda.InvokeStore,globalThis.awslambda={InvokeStore:void 0}}}:void 0})(Js||(Js={}))});function _L(t){for(let e of Object.keys(t)){let r=e.toLowerCase();e!==r&&(r===hf||r===Y_||r===X_)&&(t[r]=t[e],delete t[e])}}var SL,RL,gf,hf,Y_,X_,Q_,Z_=p(()=>{J_();
F();SL="AWS_LAMBDA_FUNCTION_NAME",RL="_X_AMZN_TRACE_ID",gf="X-Amzn-Trace-Id",hf="traceparent",Y_="tracestate",X_="baggage",Q_=()=>t=>async e=>{let{request:r}=e;
if(!G.isInstance(r))return t(e);let o;{let n=Object.keys(r.headers??{}).find(s=>s.toLowerCase()===gf.toLowerCase())??gf;if(!r.headers.hasOwnProperty(n)){let s=process.
env[SL],i=process.env[RL];o??=await Js.getInstanceAsync();let c=o?.getXRayTraceId()??i,l=d=>typeof d=="string"&&d.length>0;l(s)&&l(c)&&(r.headers[gf]=c)}}if(_L(
r.headers),!r.headers[hf]){let s=(o??=await Js.getInstanceAsync())?.getTraceparent?.();if(s){r.headers[hf]=s;let i=o?.getTracestate?.();i&&(r.headers[Y_]=i);let a=o?.
getBaggage?.();a&&(r.headers[X_]=a)}}return t(e)}});var qt,ew=p(()=>{q_();Z_();qt=t=>({applyToStack:e=>{e.add(Q_(),V_)}})});var tw,rw=p(()=>{tw=(t,e)=>{if(!e||e.length===0)return t;let r=[];for(let o of e)for(let n of t)n.schemeId.split("#")[1]===o&&r.push(n);for(let o of t)r.find(({
schemeId:n})=>n===o.schemeId)||r.push(o);return r}});function wL(t){let e=new Map;for(let r of t)e.set(r.schemeId,r);return e}var yf,ow=p(()=>{Y();rw();yf=(t,e)=>(r,o)=>async n=>{let s=t.httpAuthSchemeProvider(await e.
httpAuthSchemeParametersProvider(t,o,n.input)),i=t.authSchemePreference?await t.authSchemePreference():[],a=tw(s,i),c=wL(t.httpAuthSchemes),l=te(o),d=[];for(let u of a){
let m=c.get(u.schemeId);if(!m){d.push(`HttpAuthScheme \`${u.schemeId}\` was not enabled for this service.`);continue}let f=m.identityProvider(await e.identityProviderConfigProvider(
t));if(!f){d.push(`HttpAuthScheme \`${u.schemeId}\` did not have an IdentityProvider configured.`);continue}let{identityProperties:g={},signingProperties:y={}}=u.
propertiesExtractor?.(t,o)||{};u.identityProperties=Object.assign(u.identityProperties||{},g),u.signingProperties=Object.assign(u.signingProperties||{},y),l.selectedHttpAuthScheme=
{httpAuthOption:u,identity:await f(u.identityProperties),signer:m.signer};break}if(!l.selectedHttpAuthScheme)throw new Error(d.join(`
`));return r(n)}});var Ef,dt,nw=p(()=>{ow();Ef={step:"serialize",tags:["HTTP_AUTH_SCHEME"],name:"httpAuthSchemeMiddleware",override:!0,relation:"before",toMiddleware:"endpointV2Mi\
ddleware"},dt=(t,{httpAuthSchemeParametersProvider:e,identityProviderConfigProvider:r})=>({applyToStack:o=>{o.addRelativeTo(yf(t,{httpAuthSchemeParametersProvider:e,
identityProviderConfigProvider:r}),Ef)}})});var sw=p(()=>{nw()});var IL,TL,xf,iw=p(()=>{F();Y();IL=t=>e=>{throw e},TL=(t,e)=>{},xf=t=>(e,r)=>async o=>{if(!G.isInstance(o.request))return e(o);let s=te(r).selectedHttpAuthScheme;
if(!s)throw new Error("No HttpAuthScheme was selected: unable to sign request");let{httpAuthOption:{signingProperties:i={}},identity:a,signer:c}=s,l=await e({...o,
request:await c.sign(o.request,a,i)}).catch((c.errorHandler||IL)(i));return(c.successHandler||TL)(l.response,i),l}});var Sf,ut,aw=p(()=>{iw();Sf={step:"finalizeRequest",tags:["HTTP_SIGNING"],name:"httpSigningMiddleware",aliases:["apiKeyMiddleware","tokenMiddleware","awsAuthMid\
dleware"],override:!0,relation:"after",toMiddleware:"retryMiddleware"},ut=t=>({applyToStack:e=>{e.addRelativeTo(xf(t),Sf)}})});var cw=p(()=>{aw()});var wr,pw=p(()=>{wr=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});var Ve,lw=p(()=>{Y();Ve=class{authSchemes=new Map;constructor(e){for(let r in e){if(!b(e,r))continue;let o=e[r];o!==void 0&&this.authSchemes.set(r,o)}}getIdentityProvider(e){
return this.authSchemes.get(e)}}});var nt,dw=p(()=>{nt=class{async sign(e,r,o){return e}}});var uw=p(()=>{dw()});var Rf,mc,Ys,fc,mw=p(()=>{Rf=t=>function(r){return Ys(r)&&r.expiration.getTime()-Date.now()<t},mc=Rf(3e5),Ys=t=>t.expiration!==void 0,fc=(t,e,r)=>{if(t===void 0)
return;let o=typeof t!="function"?async()=>Promise.resolve(t):t,n,s,i,a=!1,c=async l=>{s||(s=o(l));try{n=await s,i=!0,a=!1}finally{s=void 0}return n};return e===
void 0?async l=>((!i||l?.forceRefresh)&&(n=await c(l)),n):async l=>((!i||l?.forceRefresh)&&(n=await c(l)),a?n:r(n)?(e(n)&&await c(l),n):(a=!0,n))}});var fw=p(()=>{lw();uw();mw()});var st=p(()=>{sw();cw();pw();fw()});function AL(t){return t===void 0?!0:typeof t=="string"&&t.length<=50}function Wt(t){let e=wr(t.userAgentAppId??gc),{customUserAgent:r}=t;return Object.assign(t,
{customUserAgent:typeof r=="string"?[[r]]:r,userAgentAppId:async()=>{let o=await e();if(!AL(o)){let n=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?console:
t.logger;typeof o!="string"?n?.warn("userAgentAppId must be a string or undefined."):o.length>50&&n?.warn("The provided userAgentAppId exceeds the maximum lengt\
h of 50 characters.")}return o}})}var gc,_f=p(()=>{st();gc=void 0});var gw,hw=p(()=>{gw={partitions:[{id:"aws",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aws",implicitGlobalRegion:"us-east-1",name:"aws",supportsDualStack:!0,
supportsFIPS:!0},regionRegex:"^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$",regions:{"af-south-1":{description:"Africa (Cape Town)"},"ap-east-1":{description:"A\
sia Pacific (Hong Kong)"},"ap-east-2":{description:"Asia Pacific (Taipei)"},"ap-northeast-1":{description:"Asia Pacific (Tokyo)"},"ap-northeast-2":{description:"\
Asia Pacific (Seoul)"},"ap-northeast-3":{description:"Asia Pacific (Osaka)"},"ap-south-1":{description:"Asia Pacific (Mumbai)"},"ap-south-2":{description:"Asia \
Pacific (Hyderabad)"},"ap-southeast-1":{description:"Asia Pacific (Singapore)"},"ap-southeast-2":{description:"Asia Pacific (Sydney)"},"ap-southeast-3":{description:"\
Asia Pacific (Jakarta)"},"ap-southeast-4":{description:"Asia Pacific (Melbourne)"},"ap-southeast-5":{description:"Asia Pacific (Malaysia)"},"ap-southeast-6":{description:"\
Asia Pacific (New Zealand)"},"ap-southeast-7":{description:"Asia Pacific (Thailand)"},"aws-global":{description:"aws global region"},"ca-central-1":{description:"\
Canada (Central)"},"ca-west-1":{description:"Canada West (Calgary)"},"eu-central-1":{description:"Europe (Frankfurt)"},"eu-central-2":{description:"Europe (Zuri\
ch)"},"eu-north-1":{description:"Europe (Stockholm)"},"eu-south-1":{description:"Europe (Milan)"},"eu-south-2":{description:"Europe (Spain)"},"eu-west-1":{description:"\
Europe (Ireland)"},"eu-west-2":{description:"Europe (London)"},"eu-west-3":{description:"Europe (Paris)"},"il-central-1":{description:"Israel (Tel Aviv)"},"me-c\
entral-1":{description:"Middle East (UAE)"},"me-south-1":{description:"Middle East (Bahrain)"},"me-west-1":{description:"Middle East (Saudi Arabia)"},"mx-centra\
l-1":{description:"Mexico (Central)"},"sa-east-1":{description:"South America (Sao Paulo)"},"sa-west-1":{description:"South America (Chile)"},"us-east-1":{description:"\
US East (N. Virginia)"},"us-east-2":{description:"US East (Ohio)"},"us-west-1":{description:"US West (N. California)"},"us-west-2":{description:"US West (Oregon\
)"}}},{id:"aws-cn",outputs:{dnsSuffix:"amazonaws.com.cn",dualStackDnsSuffix:"api.amazonwebservices.com.cn",implicitGlobalRegion:"cn-northwest-1",name:"aws-cn",supportsDualStack:!0,
supportsFIPS:!0},regionRegex:"^cn\\-\\w+\\-\\d+$",regions:{"aws-cn-global":{description:"aws-cn global region"},"cn-north-1":{description:"China (Beijing)"},"cn\
-northwest-1":{description:"China (Ningxia)"}}},{id:"aws-eusc",outputs:{dnsSuffix:"amazonaws.eu",dualStackDnsSuffix:"api.amazonwebservices.eu",implicitGlobalRegion:"\
eusc-de-east-1",name:"aws-eusc",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^eusc\\-(de)\\-\\w+\\-\\d+$",regions:{"eusc-de-east-1":{description:"AWS Euro\
pean Sovereign Cloud (Germany)"}}},{id:"aws-iso",outputs:{dnsSuffix:"c2s.ic.gov",dualStackDnsSuffix:"api.aws.ic.gov",implicitGlobalRegion:"us-iso-east-1",name:"\
aws-iso",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-iso\\-\\w+\\-\\d+$",regions:{"aws-iso-global":{description:"aws-iso global region"},"us-iso-ea\
st-1":{description:"US ISO East"},"us-iso-west-1":{description:"US ISO WEST"}}},{id:"aws-iso-b",outputs:{dnsSuffix:"sc2s.sgov.gov",dualStackDnsSuffix:"api.aws.s\
cloud",implicitGlobalRegion:"us-isob-east-1",name:"aws-iso-b",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-isob\\-\\w+\\-\\d+$",regions:{"aws-iso-b-\
global":{description:"aws-iso-b global region"},"us-isob-east-1":{description:"US ISOB East (Ohio)"},"us-isob-west-1":{description:"US ISOB West"}}},{id:"aws-is\
o-e",outputs:{dnsSuffix:"cloud.adc-e.uk",dualStackDnsSuffix:"api.cloud-aws.adc-e.uk",implicitGlobalRegion:"eu-isoe-west-1",name:"aws-iso-e",supportsDualStack:!0,
supportsFIPS:!0},regionRegex:"^eu\\-isoe\\-\\w+\\-\\d+$",regions:{"aws-iso-e-global":{description:"aws-iso-e global region"},"eu-isoe-west-1":{description:"EU I\
SOE West"}}},{id:"aws-iso-f",outputs:{dnsSuffix:"csp.hci.ic.gov",dualStackDnsSuffix:"api.aws.hci.ic.gov",implicitGlobalRegion:"us-isof-south-1",name:"aws-iso-f",
supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-isof\\-\\w+\\-\\d+$",regions:{"aws-iso-f-global":{description:"aws-iso-f global region"},"us-isof-east-\
1":{description:"US ISOF EAST"},"us-isof-south-1":{description:"US ISOF SOUTH"}}},{id:"aws-us-gov",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aw\
s",implicitGlobalRegion:"us-gov-west-1",name:"aws-us-gov",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-gov\\-\\w+\\-\\d+$",regions:{"aws-us-gov-glob\
al":{description:"aws-us-gov global region"},"us-gov-east-1":{description:"AWS GovCloud (US-East)"},"us-gov-west-1":{description:"AWS GovCloud (US-West)"}}}],version:"\
1.1"}});var bL,OL,yw,Ew,wf=p(()=>{hw();bL=gw,OL="",yw=t=>{let{partitions:e}=bL;for(let o of e){let{regions:n,outputs:s}=o;for(let[i,a]of Object.entries(n))if(i===t)return{
...s,...a}}for(let o of e){let{regionRegex:n,outputs:s}=o;if(new RegExp(n).test(t))return{...s}}let r=e.find(o=>o.id==="aws");if(!r)throw new Error("Provided re\
gion was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.");return{...r.outputs}},Ew=()=>OL});var xw,If,Sw=p(()=>{xw=require("node:stream"),If=t=>t?.body instanceof xw.Readable||typeof ReadableStream<"u"&&t?.body instanceof ReadableStream});var Rw,_w,ww,Iw,Tw,Cw=p(()=>{Rw=["BandwidthLimitExceeded","EC2ThrottledException","LimitExceededException","PriorRequestNotComplete","ProvisionedThroughputExcee\
dedException","RequestLimitExceeded","RequestThrottled","RequestThrottledException","SlowDown","ThrottledException","Throttling","ThrottlingException","TooManyR\
equestsException","TransactionInProgressException"],_w=["TimeoutError","RequestTimeout","RequestTimeoutException"],ww=[500,502,503,504],Iw=["ECONNRESET","ECONNR\
EFUSED","EPIPE","ETIMEDOUT"],Tw=["EHOSTUNREACH","ENETUNREACH","ENOTFOUND","EAI_AGAIN"]});function $L(t){return t.code==="ERR_HTTP2_STREAM_ERROR"&&t.message.includes("NGHTTP2_REFUSED_STREAM")}var DL,NL,kL,hc,yc,vw,Tf=p(()=>{Cw();DL=t=>t?.$retryable!==
void 0,NL=t=>t.$metadata?.clockSkewCorrected,kL=t=>{let e=new Set(["Failed to fetch","NetworkError when attempting to fetch resource","The Internet connection a\
ppears to be offline","Load failed","Network request failed"]);return t&&t instanceof TypeError?e.has(t.message):!1},hc=t=>t.$metadata?.httpStatusCode===429||Rw.
includes(t.name)||t.$retryable?.throttling==!0,yc=(t,e=0)=>t?.name!=="AbortError"&&(DL(t)||NL(t)||t.name==="InvalidSignatureException"&&t.message?.includes("Sig\
nature expired")||_w.includes(t.name)||Iw.includes(t?.code||"")||Tw.includes(t?.code||"")||ww.includes(t.$metadata?.httpStatusCode||0)||kL(t)||$L(t)||t.cause!==
void 0&&e<=10&&yc(t.cause,e+1)),vw=t=>{if(t.$metadata?.httpStatusCode!==void 0){let e=t.$metadata.httpStatusCode;return 500<=e&&e<=599&&!yc(t)}return!1}});var Ec,LL,Pw,Aw=p(()=>{Ec=(t,e)=>{if(!e)return t;let r=()=>{},o=new Promise((n,s)=>{let i=()=>s(LL(e));e.aborted?i():typeof e.addEventListener=="function"?(e.addEventListener(
"abort",i,{once:!0}),r=()=>e.removeEventListener("abort",i)):e.onabort=i});return Promise.race([t,o]).finally(r)},LL=t=>{let e=t.reason;return e instanceof Error?
Object.assign(new Error("Request aborted"),{name:"AbortError",cause:e}):Object.assign(new Error(e?String(e):"Request aborted"),{name:"AbortError"})},Pw=t=>typeof t==
"object"&&t!==null&&"name"in t&&t.name==="AbortError"});var bw,Ow,Dw=p(()=>{bw="amz-sdk-invocation-id",Ow="amz-sdk-request"});function Nw(t,e){if(Je.isInstance(t))for(let r in t.headers){if(!b(t.headers,r))continue;let o=r.toLowerCase();if(o==="retry-after"){let n=t.headers[r],s=NaN;if(n.
endsWith("GMT"))try{s=(Ts(n).getTime()-Date.now())/1e3}catch(i){e?.trace?.("Failed to parse retry-after header"),e?.trace?.(i)}else n.match(/ GMT, ((\d+)|(\d+\.\d+))$/)?
s=Number(n.match(/ GMT, ([\d.]+)$/)?.[1]):n.match(/^((\d+)|(\d+\.\d+))$/)?s=Number(n):Date.parse(n)>=Date.now()&&(s=(Date.parse(n)-Date.now())/1e3);return isNaN(
s)?void 0:new Date(Date.now()+s*1e3)}else if(o==="x-amz-retry-after"){let n=t.headers[r],s=Number(n);if(isNaN(s)){e?.trace?.(`Failed to parse x-amz-retry-after=${n}`);
return}return new Date(Date.now()+s)}}}var kw=p(()=>{Y();F();k()});var $w,Lw=p(()=>{$w=t=>t instanceof Error?t:t instanceof Object?Object.assign(new Error,t):typeof t=="string"?new Error(t):new Error(`AWS SDK error wrapper for ${t}`)});function Cf(t){return e=>(r,o)=>async n=>{let s=await e.retryStrategy(),i=await e.maxAttempts(),a=o[Sr]?.abortSignal;if(UL(s)){s=s;let c=(o.partition_id??"")+(o.
__retryLongPoll?":longpoll":""),l=await Ec(s.acquireInitialRetryToken(c),a),d=new Error,u=0,m=0,{request:f}=n,g=G.isInstance(f);for(g&&(f.headers[bw]=Km());;)try{
g&&(f.headers[Ow]=`attempt=${u+1}; max=${i}`);let{response:y,output:h}=await r(n);return s.recordSuccess(l),h.$metadata.attempts=u+1,h.$metadata.totalRetryDelay=
m,{response:y,output:h}}catch(y){let h=FL(y,e.logger);if(d=$w(y),g&&t(f))throw(o.logger instanceof _e?console:o.logger)?.warn("An error was encountered in a non\
-retryable streaming request."),d;try{if(a?.aborted)throw d;l=await Ec(s.refreshRetryTokenForRetry(l,h),a)}catch(x){throw x!==d&&a?.aborted&&Pw(x)?x:(d.$metadata||
(d.$metadata={}),d.$metadata.attempts=u+1,d.$metadata.totalRetryDelay=m,d)}u=l.getRetryCount();let S=l.getRetryDelay();m+=(l?.$retryLog?.acquisitionDelay??0)+S,
S>0&&await Ec(new Promise(x=>setTimeout(x,S)),a)}}else return s=s,s?.mode&&(o.userAgent=[...o.userAgent||[],["cfg/retry-mode",s.mode]]),s.retry(r,n)}}function Uw(t){
let e=Cf(t);return r=>({applyToStack:o=>{o.add(e(r),BL)}})}var UL,FL,ML,BL,Fw=p(()=>{T();F();k();br();Tf();Aw();Dw();kw();Lw();UL=t=>typeof t.acquireInitialRetryToken<
"u"&&typeof t.refreshRetryTokenForRetry<"u"&&typeof t.recordSuccess<"u",FL=(t,e)=>{let r={error:t,errorType:ML(t)},o=Nw(t.$response,e);return o&&(r.retryAfterHint=
o),r},ML=t=>hc(t)?"THROTTLING":yc(t)?"TRANSIENT":vw(t)?"SERVER_ERROR":"CLIENT_ERROR",BL={name:"retryMiddleware",tags:["RETRY"],step:"finalizeRequest",priority:"\
high",override:!0}});var xc,Mw=p(()=>{Tf();xc=class t{static setTimeoutFn=(e,r)=>setTimeout(e,r);beta;minCapacity;minFillRate;scaleConstant;smooth;enabled=!1;availableTokens=0;lastMaxRate=0;measuredTxRate=0;requestCount=0;fillRate;lastThrottleTime;lastTimestamp=0;lastTxRateBucket;maxCapacity;timeWindow=0;constructor(e){
this.beta=e?.beta??.7,this.minCapacity=e?.minCapacity??1,this.minFillRate=e?.minFillRate??.5,this.scaleConstant=e?.scaleConstant??.4,this.smooth=e?.smooth??.8,this.
lastThrottleTime=this.getCurrentTimeInSeconds(),this.lastTxRateBucket=Math.floor(this.getCurrentTimeInSeconds()),this.fillRate=this.minFillRate,this.maxCapacity=
this.minCapacity}async getSendToken(){return this.acquireTokenBucket(1)}updateClientSendingRate(e){let r;this.updateMeasuredRate();let o=e;if(o?.errorType==="TH\
ROTTLING"||hc(o?.error??e)){let i=this.enabled?Math.min(this.measuredTxRate,this.fillRate):this.measuredTxRate;this.lastMaxRate=i,this.calculateTimeWindow(),this.
lastThrottleTime=this.getCurrentTimeInSeconds(),r=this.cubicThrottle(i),this.enableTokenBucket()}else this.calculateTimeWindow(),r=this.cubicSuccess(this.getCurrentTimeInSeconds());
let s=Math.min(r,2*this.measuredTxRate);this.updateTokenBucketRate(s)}getCurrentTimeInSeconds(){return Date.now()/1e3}async acquireTokenBucket(e){if(this.enabled){
for(this.refillTokenBucket();e>this.availableTokens;){let r=(e-this.availableTokens)/this.fillRate*1e3;await new Promise(o=>t.setTimeoutFn(o,r)),this.refillTokenBucket()}
this.availableTokens=this.availableTokens-e}}refillTokenBucket(){let e=this.getCurrentTimeInSeconds();if(!this.lastTimestamp){this.lastTimestamp=e;return}let r=(e-
this.lastTimestamp)*this.fillRate;this.availableTokens=Math.min(this.maxCapacity,this.availableTokens+r),this.lastTimestamp=e}calculateTimeWindow(){this.timeWindow=
this.getPrecise(Math.pow(this.lastMaxRate*(1-this.beta)/this.scaleConstant,1/3))}cubicThrottle(e){return this.getPrecise(e*this.beta)}cubicSuccess(e){return this.
getPrecise(this.scaleConstant*Math.pow(e-this.lastThrottleTime-this.timeWindow,3)+this.lastMaxRate)}enableTokenBucket(){this.enabled=!0}updateTokenBucketRate(e){
this.refillTokenBucket(),this.fillRate=Math.max(e,this.minFillRate),this.maxCapacity=Math.max(e,this.minCapacity),this.availableTokens=Math.min(this.availableTokens,
this.maxCapacity)}updateMeasuredRate(){let e=this.getCurrentTimeInSeconds(),r=Math.floor(e*2)/2;if(this.requestCount++,r>this.lastTxRateBucket){let o=this.requestCount/
(r-this.lastTxRateBucket);this.measuredTxRate=this.getPrecise(o*this.smooth+this.measuredTxRate*(1-this.smooth)),this.requestCount=0,this.lastTxRateBucket=r}}getPrecise(e){
return parseFloat(e.toFixed(8))}}});var Kt,Sc=p(()=>{Kt=class{static v2026=!0;static delay(){return 50}static throttlingDelay(){return 1e3}static cost(){return 14}static throttlingCost(){return 5}static modifiedCostType(){
return"THROTTLING"}}});var Rc,Bw=p(()=>{Sc();Rc=class{x=Kt.delay();computeNextBackoffDelay(e){let n=Math.random()*Math.min(this.x*2**e,2e4);return Math.floor(n)}setDelayBase(e){this.x=
e}}});var Xs,Hw=p(()=>{Xs=class{delay;count;cost;longPoll;$retryLog={acquisitionDelay:0};constructor(e,r,o,n){this.delay=e,this.count=r,this.cost=o,this.longPoll=n}getRetryCount(){
return this.count}getRetryDelay(){return Math.min(2e4,this.delay)}getRetryCost(){return this.cost}isLongPoll(){return this.longPoll}}});var Jt,lo,it,Qs=p(()=>{(function(t){t.STANDARD="standard",t.ADAPTIVE="adaptive"})(Jt||(Jt={}));lo=3,it=Jt.STANDARD});var _c,Xo,vf=p(()=>{Bw();Hw();Qs();Sc();_c={incompatible:1,attempts:2,capacity:3},Xo=class{mode=Jt.STANDARD;retryBackoffStrategy;capacity=500;maxAttemptsProvider;baseDelay;constructor(e){
typeof e=="number"?this.maxAttemptsProvider=async()=>e:typeof e=="function"?this.maxAttemptsProvider=e:e&&typeof e=="object"&&(this.maxAttemptsProvider=async()=>e.
maxAttempts,this.baseDelay=e.baseDelay,this.retryBackoffStrategy=e.backoff),this.maxAttemptsProvider??=async()=>lo,this.baseDelay??=Kt.delay(),this.retryBackoffStrategy??=
new Rc}async acquireInitialRetryToken(e){return new Xs(Kt.delay(),0,void 0,e.includes(":longpoll"))}async refreshRetryTokenForRetry(e,r){let o=await this.getMaxAttempts(),
n=this.retryCode(e,r,o),s=n===0,i=e.isLongPoll?.();if(s||i){let a=r.errorType;this.retryBackoffStrategy.setDelayBase(a==="THROTTLING"?Kt.throttlingDelay():this.
baseDelay);let c=this.retryBackoffStrategy.computeNextBackoffDelay(e.getRetryCount()),l=c;if(r.retryAfterHint instanceof Date&&(l=Math.max(c,Math.min(r.retryAfterHint.
getTime()-Date.now(),c+5e3))),s){let d=this.getCapacityCost(a);this.capacity-=d;let u=new Xs(0,e.getRetryCount()+1,d,e.isLongPoll?.()??!1);return await new Promise(
m=>setTimeout(m,l)),u.$retryLog.acquisitionDelay=l,u}else{let d=n===_c.capacity&&i?l:0;d>0&&await new Promise(u=>setTimeout(u,d))}}throw new Error("No retry tok\
en available")}recordSuccess(e){this.capacity=Math.min(500,this.capacity+(e.getRetryCost()??1))}getCapacity(){return this.capacity}async maxAttempts(){return this.
maxAttemptsProvider()}async getMaxAttempts(){try{return await this.maxAttemptsProvider()}catch{return console.warn(`Max attempts provider could not resolve. Usi\
ng default of ${lo}`),lo}}retryCode(e,r,o){let n=e.getRetryCount()+1,s=this.isRetryableError(r.errorType)?0:_c.incompatible,i=n<o?0:_c.attempts,a=this.capacity>=
this.getCapacityCost(r.errorType)?0:_c.capacity;return s||i||a}getCapacityCost(e){return e===Kt.modifiedCostType()?Kt.throttlingCost():Kt.cost()}isRetryableError(e){
return e==="THROTTLING"||e==="TRANSIENT"}}});var wc,jw=p(()=>{Mw();vf();Qs();wc=class{mode=Jt.ADAPTIVE;rateLimiter;standardRetryStrategy;constructor(e,r){let{rateLimiter:o}=r??{};this.rateLimiter=o??new xc,
this.standardRetryStrategy=r?new Xo({maxAttempts:typeof e=="number"?e:3,...r}):new Xo(e)}async acquireInitialRetryToken(e){let r=await this.standardRetryStrategy.
acquireInitialRetryToken(e);return await this.rateLimiter.getSendToken(),r}async refreshRetryTokenForRetry(e,r){this.rateLimiter.updateClientSendingRate(r);let o=await this.
standardRetryStrategy.refreshRetryTokenForRetry(e,r);return await this.rateLimiter.getSendToken(),o}recordSuccess(e){this.rateLimiter.updateClientSendingRate({}),
this.standardRetryStrategy.recordSuccess(e)}async maxAttemptsProvider(){return this.standardRetryStrategy.maxAttempts()}}});var Pf,Af,Yt,Xt,Gw,zw,Qt,Vw=p(()=>{T();jw();vf();Qs();Sc();Pf="AWS_MAX_ATTEMPTS",Af="max_attempts",Yt={environmentVariableSelector:t=>{let e=t[Pf];if(!e)return;
let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Environment variable ${Pf} mast be a number, got "${e}"`);return r},configFileSelector:t=>{let e=t[Af];if(!e)
return;let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Shared config file entry ${Af} mast be a number, got "${e}"`);return r},default:lo},Xt=(t,e)=>{let{
retryStrategy:r,retryMode:o}=t,{defaultMaxAttempts:n=lo,defaultBaseDelay:s=Kt.delay()}=e??{},i=W(t.maxAttempts??n),a=r?Promise.resolve(r):void 0,c=async()=>{let l=await i();
return await W(o)()===Jt.ADAPTIVE?new wc(i,{maxAttempts:l,baseDelay:s}):new Xo({maxAttempts:l,baseDelay:s})};return Object.assign(t,{maxAttempts:i,retryStrategy:()=>a??=
c()})},Gw="AWS_RETRY_MODE",zw="retry_mode",Qt={environmentVariableSelector:t=>t[Gw],configFileSelector:t=>t[zw],default:it}});var fte,dr,mt=p(()=>{Sw();Fw();Qs();Vw();fte=Cf(If),dr=Uw(If)});async function qw(t,e,r){if(r.request?.headers?.["smithy-protocol"]==="rpc-v2-cbor"&&Pr(t,"PROTOCOL_RPC_V2_CBOR","M"),typeof e.retryStrategy=="function"){let s=await e.
retryStrategy();if(typeof s.mode=="string")switch(s.mode){case Jt.ADAPTIVE:Pr(t,"RETRY_MODE_ADAPTIVE","F");break;case Jt.STANDARD:Pr(t,"RETRY_MODE_STANDARD","E");
break}}if(typeof e.accountIdEndpointMode=="function"){let s=t.endpointV2;switch(String(s?.url?.hostname).match(GL)&&Pr(t,"ACCOUNT_ID_ENDPOINT","O"),await e.accountIdEndpointMode?.()){case"\
disabled":Pr(t,"ACCOUNT_ID_MODE_DISABLED","Q");break;case"preferred":Pr(t,"ACCOUNT_ID_MODE_PREFERRED","P");break;case"required":Pr(t,"ACCOUNT_ID_MODE_REQUIRED",
"R");break}}let n=t.__smithy_context?.selectedHttpAuthScheme?.identity;if(n?.$source){let s=n;s.accountId&&Pr(t,"RESOLVED_ACCOUNT_ID","T");for(let[i,a]of Object.
entries(s.$source??{}))Pr(t,i,a)}}var GL,Ww=p(()=>{mt();RE();GL=/\d{12}\.ddb/});var bf,Ic,Kw,Jw,Yw=p(()=>{bf="user-agent",Ic="x-amz-user-agent",Kw=/[^!$%&'*+\-.^_`|~\w]/g,Jw=/[^!$%&'*+\-.^_`|~\w#]/g});function Xw(t){let e="";for(let r in t){let o=t[r];if(e.length+o.length+1<=1024){e.length?e+=","+o:e+=o;continue}break}return e}var Qw=p(()=>{});var tI,Tc,rI,Zt,oI=p(()=>{F();wf();Ww();Yw();Qw();tI=t=>(e,r)=>async o=>{let{request:n}=o;if(!G.isInstance(n))return e(o);let{headers:s}=n,i=r?.userAgent?.map(Tc)||
[],a=(await t.defaultUserAgentProvider()).map(Tc);await qw(r,t,o);let c=r;a.push(`m/${Xw(Object.assign({},r.__smithy_context?.features,c.__aws_sdk_context?.features))}`);
let l=t?.customUserAgent?.map(Tc)||[],d=await t.userAgentAppId();d&&a.push(Tc(["app",`${d}`]));let u=Ew(),m=(u?[u]:[]).concat([...a,...i,...l]).join(" "),f=[...a.
filter(g=>g.startsWith("aws-sdk-")),...l].join(" ");return t.runtime!=="browser"?(f&&(s[Ic]=s[Ic]?`${s[bf]} ${f}`:f),s[bf]=m):s[Ic]=m,e({...o,request:n})},Tc=t=>{
let e=t[0].split("/").map(i=>i.replace(Kw,"-")).join("/"),r=t[1]?.replace(Jw,"-"),o=e.indexOf("/"),n=e.substring(0,o),s=e.substring(o+1);return n==="api"&&(s=s.
toLowerCase()),[n,s,r].filter(i=>i&&i.length>0).reduce((i,a,c)=>{switch(c){case 0:return a;case 1:return`${i}/${a}`;default:return`${i}#${a}`}},"")},rI={name:"g\
etUserAgentMiddleware",step:"build",priority:"low",tags:["SET_USER_AGENT","USER_AGENT"],override:!0},Zt=t=>({applyToStack:e=>{e.add(tI(t),rI)}})});var Cc,nI,sI=p(()=>{Cc=require("node:process"),nI=()=>{let t=["deno","bun","llrt"];for(let e of t)if(Cc.versions[e])return[`md/${e}`,Cc.versions[e]];return["md/\
nodejs",Cc.versions.node]}});var Df,iI=p(()=>{Df={isCrtAvailable:!1}});var aI,cI=p(()=>{iI();aI=()=>Df.isCrtAvailable?["md/crt-avail"]:null});var vc,Nf,er,pI=p(()=>{vc=require("node:os"),Nf=require("node:process");sI();cI();er=({serviceId:t,clientVersion:e})=>{let r=nI();return async o=>{let n=[["aws-\
sdk-js",e],["ua","2.1"],[`os/${(0,vc.platform)()}`,(0,vc.release)()],["lang/js"],r],s=aI();s&&n.push(s),t&&n.push([`api/${t}`,e]),Nf.env.AWS_EXECUTION_ENV&&n.push(
[`exec-env/${Nf.env.AWS_EXECUTION_ENV}`]);let i=await o?.userAgentAppId?.();return i?[...n,[`app/${i}`]]:[...n]}}});var lI,dI,zL,tr,uI=p(()=>{_f();lI="AWS_SDK_UA_APP_ID",dI="sdk_ua_app_id",zL="sdk-ua-app-id",tr={environmentVariableSelector:t=>t[lI],configFileSelector:t=>t[dI]??
t[zL],default:gc}});var mI=p(()=>{K()});var kf,fI=p(()=>{K();mI();kf=(t,e=!1)=>{if(e){for(let r of t.split("."))if(!kf(r))return!1;return!0}return!(!Or(t)||t.length<3||t.length>63||t!==t.toLowerCase()||
Nn(t))}});var gI,hI=p(()=>{gI=t=>{let e=t.split(":");if(e.length<6)return null;let[r,o,n,s,i,...a]=e;if(r!=="arn"||o===""||n===""||a.join(":")==="")return null;let c=a.map(
l=>l.split("/")).flat();return{partition:o,service:n,region:s,accountId:i,resourceId:c}}});var ft,yI=p(()=>{K();fI();hI();wf();ft={isVirtualHostableS3Bucket:kf,parseArn:gI,partition:yw};De.aws=ft});function $f(t={}){return w({...Oe,async default(){return EI.silence||console.warn("@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credenti\
al-providers README and set a region explicitly."),"us-east-1"}},{...tt,...t})}var EI,xI=p(()=>{$();EI={silence:!1}});var rr,or,SI=p(()=>{rr=t=>({setRegion(e){t.region=e},region(){return t.region}}),or=t=>({region:t.region()})});var M=p(()=>{xE();SE();_E();H_();z_();ew();_f();oI();pI();uI();yI();xI();SI()});var Pc,Ac,RI=p(()=>{F();Pc=t=>Je.isInstance(t)?t.headers?.date??t.headers?.Date:void 0,Ac=t=>Je.isInstance(t)?t.headers?.age??t.headers?.Age:void 0});var Zs,_I=p(()=>{Zs=t=>new Date(Date.now()+t)});var bc,wI=p(()=>{bc=(t,e,r,o)=>{if(o!==void 0)return e;let n=Date.parse(t);if(Number.isNaN(n))return e;let s=Date.now();return r!==void 0&&s-r>9e5?e:n-s}});var Lf=p(()=>{RI();_I();wI()});var ei,VL,ti,Ee,Uf=p(()=>{F();br();Lf();ei=(t,e)=>{if(!e)throw new Error(`Property \`${t}\` is not resolved for AWS SDK SigV4Auth`);return e},VL=t=>t.context?.[Sr]?.
eventStream?.output===!0,ti=async t=>{let e=ei("context",t.context),r=ei("config",t.config),o=e.endpointV2?.properties?.authSchemes?.[0],s=await ei("signer",r.signer)(
o),i=t?.signingRegion,a=t?.signingRegionSet,c=t?.signingName;return{config:r,signer:s,signingRegion:i,signingRegionSet:a,signingName:c}},Ee=class{async sign(e,r,o){
if(!G.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");let n=await ti(o),{config:s,signer:i}=n,{signingRegion:a,
signingName:c}=n,l=o.context;if(l?.authSchemes?.length??!1){let[f,g]=l.authSchemes;f?.name==="sigv4a"&&g?.name==="sigv4"&&(a=g?.signingRegion??a,c=g?.signingName??
c)}let d=await s.disableClockSkewCorrection?.()===!0;o._disableClockSkewCorrection=d;let u=d||VL(o);return o._skipClockSkewSampling=u,u||(o._preRequestSystemClockOffset=
s.systemClockOffset,o._requestSentAt=Date.now()),await i.sign(e,{signingDate:d?new Date:Zs(s.systemClockOffset),signingRegion:a,signingService:c})}errorHandler(e){
return r=>{let o=r;if(!e._skipClockSkewSampling&&!e._disableClockSkewCorrection){let n=o.ServerTime??Pc(o.$response);if(n){let s=ei("config",e.config),i=e._preRequestSystemClockOffset,
a=e._requestSentAt,c=Ac(o.$response),l=bc(n,s.systemClockOffset,a,c);s.systemClockOffset=l,Math.abs(l)>=24e4&&(l!==i||i!==void 0&&i!==l)&&o.$metadata&&(o.$metadata.
clockSkewCorrected=!0)}}throw r}}successHandler(e,r){if(r._skipClockSkewSampling||r._disableClockSkewCorrection)return;let o=Pc(e);if(o){let n=ei("config",r.config),
s=r._requestSentAt,i=Ac(e);n.systemClockOffset=bc(o,n.systemClockOffset,s,i)}}}});var uo,II=p(()=>{F();Lf();Uf();uo=class extends Ee{async sign(e,r,o){if(!G.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and ca\
nnot be signed");let{config:n,signer:s,signingRegion:i,signingRegionSet:a,signingName:c}=await ti(o),d=(await n.sigv4aSigningRegionSet?.()??a??[i]).join(","),u=await n.
disableClockSkewCorrection?.()===!0;return o._disableClockSkewCorrection=u,u||(o._preRequestSystemClockOffset=n.systemClockOffset,o._requestSentAt=Date.now()),await s.
sign(e,{signingDate:u?new Date:Zs(n.systemClockOffset),signingRegion:d,signingService:c})}}});var Ff,TI=p(()=>{Ff=t=>typeof t=="string"&&t.length>0?t.split(",").map(e=>e.trim()):[]});var CI,vI=p(()=>{CI=t=>`AWS_BEARER_TOKEN_${t.replace(/[\s-]/g,"_").toUpperCase()}`});var PI,AI,gt,bI=p(()=>{TI();vI();PI="AWS_AUTH_SCHEME_PREFERENCE",AI="auth_scheme_preference",gt={environmentVariableSelector:(t,e)=>{if(e?.signingName&&CI(e.signingName)in
t)return["httpBearerAuth"];if(PI in t)return Ff(t[PI])},configFileSelector:t=>{if(AI in t)return Ff(t[AI])},default:[]}});var Oc,Dc,OI=p(()=>{st();$();Oc=t=>(t.sigv4aSigningRegionSet=wr(t.sigv4aSigningRegionSet),t),Dc={environmentVariableSelector(t){if(t.AWS_SIGV4A_SIGNING_REGION_SET)
return t.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map(e=>e.trim());throw new je("AWS_SIGV4A_SIGNING_REGION_SET not set in env.",{tryNextLink:!0})},configFileSelector(t){
if(t.sigv4a_signing_region_set)return(t.sigv4a_signing_region_set??"").split(",").map(e=>e.trim());throw new je("sigv4a_signing_region_set not set in profile.",
{tryNextLink:!0})},default:void 0}});function NI(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var Nc,DI,qL,Mf,kI=p(()=>{k();k();Nc=class{format(e){let r=[];for(let s in e){
if(!b(e,s))continue;let i=ie(s);r.push(Uint8Array.from([i.byteLength]),i,this.formatHeaderValue(e[s]))}let o=new Uint8Array(r.reduce((s,i)=>s+i.byteLength,0)),n=0;
for(let s of r)o.set(s,n),n+=s.byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.
from([2,e.value]);case"short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(
new ArrayBuffer(5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let n=new Uint8Array(9);return n[0]=5,n.set(e.value.bytes,
1),n;case"binary":let s=new DataView(new ArrayBuffer(3+e.value.byteLength));s.setUint8(0,6),s.setUint16(1,e.value.byteLength,!1);let i=new Uint8Array(s.buffer);
return i.set(e.value,3),i;case"string":let a=ie(e.value),c=new DataView(new ArrayBuffer(3+a.byteLength));c.setUint8(0,7),c.setUint16(1,a.byteLength,!1);let l=new Uint8Array(
c.buffer);return l.set(a,3),l;case"timestamp":let d=new Uint8Array(9);return d[0]=8,d.set(Mf.fromNumber(e.value.valueOf()).bytes,1),d;case"uuid":if(!qL.test(e.value))
throw new Error(`Invalid UUID received: ${e.value}`);let u=new Uint8Array(17);return u[0]=9,u.set(Gu(e.value.replace(/-/g,"")),1),u}}};(function(t){t[t.boolTrue=
0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=6]="byteArray",t[t.
string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(DI||(DI={}));qL=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,Mf=class t{bytes;constructor(e){
if(this.bytes=e,e.byteLength!==8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(
`${e} is too large (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,n=Math.abs(Math.round(e));o>-1&&n>0;o--,n/=256)r[o]=
n;return e<0&&NI(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&NI(e),parseInt(Xe(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var $I,LI,Bf,UI,FI,Hf,jf,Gf,zf,WL,MI,BI,ri,HI,jI,GI,zI,kc,VI,qI,WI,Vf,KI,Qo=p(()=>{$I="X-Amz-Algorithm",LI="X-Amz-Credential",Bf="X-Amz-Date",UI="X-Amz-SignedHe\
aders",FI="X-Amz-Expires",Hf="X-Amz-Signature",jf="X-Amz-Security-Token",Gf="authorization",zf=Bf.toLowerCase(),WL="date",MI=[Gf,zf,WL],BI=Hf.toLowerCase(),ri="\
x-amz-content-sha256",HI=jf.toLowerCase(),jI={authorization:!0,"cache-control":!0,connection:!0,expect:!0,from:!0,"keep-alive":!0,"max-forwards":!0,pragma:!0,referer:!0,
te:!0,trailer:!0,"transfer-encoding":!0,upgrade:!0,"user-agent":!0,"x-amzn-trace-id":!0},GI=/^proxy-/,zI=/^sec-/,kc="AWS4-HMAC-SHA256",VI="AWS4-HMAC-SHA256-PAYL\
OAD",qI="UNSIGNED-PAYLOAD",WI=50,Vf="aws4_request",KI=3600*24*7});var JI,YI=p(()=>{k();F();Qo();JI=({query:t={}})=>{let e=[],r={};for(let o in t){if(!b(t,o)||o.toLowerCase()===BI)continue;let n=_r(o);e.push(n);let s=t[o];typeof s==
"string"?r[n]=`${n}=${_r(s)}`:Array.isArray(s)&&(r[n]=s.slice(0).reduce((i,a)=>i.concat([`${n}=${_r(a)}`]),[]).sort().join("&"))}return e.sort().map(o=>r[o]).filter(
o=>o).join("&")}});var XI,KL,QI=p(()=>{XI=t=>KL(t).toISOString().replace(/\.\d{3}Z$/,"Z"),KL=t=>typeof t=="number"?new Date(t*1e3):typeof t=="string"?Number(t)?new Date(Number(t)*
1e3):new Date(t):t});var $c,ZI=p(()=>{T();F();k();YI();QI();$c=class{service;regionProvider;credentialProvider;sha256;uriEscapePath;applyChecksum;constructor({applyChecksum:e,credentials:r,
region:o,service:n,sha256:s,uriEscapePath:i=!0}){this.service=n,this.sha256=s,this.uriEscapePath=i,this.applyChecksum=typeof e=="boolean"?e:!0,this.regionProvider=
W(o),this.credentialProvider=W(r)}createCanonicalRequest(e,r,o){let n=Object.keys(r).sort();return`${e.method}
${this.getCanonicalPath(e)}
${JI(e)}
${n.map(s=>`${s}:${r[s]}`).join(`
`)}

${n.join(";")}
${o}`}async createStringToSign(e,r,o,n){let s=new this.sha256;s.update(vt(o));let i=await s.digest();return`${n}
${e}
${r}
${Xe(i)}`}getCanonicalPath({path:e}){if(this.uriEscapePath){let r=[];for(let s of e.split("/"))s?.length!==0&&s!=="."&&(s===".."?r.pop():r.push(s));let o=`${e?.
startsWith("/")?"/":""}${r.join("/")}${r.length>0&&e?.endsWith("/")?"/":""}`;return _r(o).replace(/%2F/g,"/")}return e}validateResolvedCredentials(e){if(typeof e!=
"object"||typeof e.accessKeyId!="string"||typeof e.secretAccessKey!="string")throw new Error("Resolved credential object is not valid")}formatDate(e){let r=XI(e).
replace(/[-:]/g,"");return{longDate:r,shortDate:r.slice(0,8)}}getCanonicalHeaderList(e){return Object.keys(e).sort().join(";")}}});var Lc,qf,Uc,tT,eT,rT=p(()=>{k();Qo();Lc={},qf=[],Uc=(t,e,r)=>`${t}/${e}/${r}/${Vf}`,tT=async(t,e,r,o,n)=>{let s=await eT(t,e.secretAccessKey,e.accessKeyId),i=`${r}\
:${o}:${n}:${Xe(s)}:${e.sessionToken}`;if(i in Lc)return Lc[i];for(qf.push(i);qf.length>WI;)delete Lc[qf.shift()];let a=`AWS4${e.secretAccessKey}`;for(let c of[
r,o,n,Vf])a=await eT(t,a,c);return Lc[i]=a},eT=(t,e,r)=>{let o=new t(e);return o.update(vt(r)),o.digest()}});var Wf,oT=p(()=>{k();Qo();Wf=({headers:t},e,r)=>{let o={};for(let n of Object.keys(t).sort()){if(t[n]==null)continue;let s=n.toLowerCase();(b(jI,s)||e?.has(s)||
GI.test(s)||zI.test(s))&&(!r||r&&!r.has(s))||(s==="__proto__"&&qr(o),o[s]=t[n].replace(/[\r\n]/g," ").replace(/[ \t]+/g," ").replace(/^ | $/g,""))}return o}});var Fc,nT=p(()=>{k();k();Qo();Fc=async({headers:t,body:e},r)=>{for(let o in t)if(b(t,o)&&o.toLowerCase()===ri)return t[o];if(e==null)return"e3b0c44298fc1c149afb\
f4c8996fb92427ae41e4649b934ca495991b7852b855";if(typeof e=="string"||ArrayBuffer.isView(e)||ws(e)){let o=new r;return o.update(vt(e)),Xe(await o.digest())}return qI}});var sT,iT=p(()=>{k();sT=(t,e)=>{t=t.toLowerCase();for(let r in e)if(b(e,r)&&t===r.toLowerCase())return!0;return!1}});var aT,cT=p(()=>{k();F();aT=(t,e={})=>{let{headers:r,query:o={}}=G.clone(t);for(let n in r){if(!b(r,n))continue;let s=n.toLowerCase();(s.slice(0,6)==="x-amz-"&&
!e.unhoistableHeaders?.has(s)||e.hoistableHeaders?.has(s))&&(o[n]=r[n],delete r[n])}return{...t,headers:r,query:o}}});var Kf,pT=p(()=>{k();F();Qo();Kf=t=>{t=G.clone(t);for(let e in t.headers)b(t.headers,e)&&MI.indexOf(e.toLowerCase())>-1&&delete t.headers[e];return t}});var mo,lT=p(()=>{k();kI();ZI();Qo();rT();oT();nT();iT();cT();pT();mo=class extends $c{headerFormatter=new Nc;constructor({applyChecksum:e,credentials:r,region:o,
service:n,sha256:s,uriEscapePath:i=!0}){super({applyChecksum:e,credentials:r,region:o,service:n,sha256:s,uriEscapePath:i})}async presign(e,r={}){let{signingDate:o=new Date,
expiresIn:n=3600,unsignableHeaders:s,unhoistableHeaders:i,signableHeaders:a,hoistableHeaders:c,signingRegion:l,signingService:d}=r,u=await this.credentialProvider();
this.validateResolvedCredentials(u);let m=l??await this.regionProvider(),{longDate:f,shortDate:g}=this.formatDate(o);if(n>KI)return Promise.reject("Signature ve\
rsion 4 presigned URLs must have an expiration date less than one week in the future");let y=Uc(g,m,d??this.service),h=aT(Kf(e),{unhoistableHeaders:i,hoistableHeaders:c});
u.sessionToken&&(h.query[jf]=u.sessionToken),h.query[$I]=kc,h.query[LI]=`${u.accessKeyId}/${y}`,h.query[Bf]=f,h.query[FI]=n.toString(10);let S=Wf(h,s,a);return h.
query[UI]=this.getCanonicalHeaderList(S),h.query[Hf]=await this.getSignature(f,y,this.getSigningKey(u,m,g,d),this.createCanonicalRequest(h,S,await Fc(e,this.sha256))),
h}async sign(e,r){return typeof e=="string"?this.signString(e,r):e.headers&&e.payload?this.signEvent(e,r):e.message?this.signMessage(e,r):this.signRequest(e,r)}async signEvent({
headers:e,payload:r},{signingDate:o=new Date,priorSignature:n,signingRegion:s,signingService:i,eventStreamCredentials:a}){let c=s??await this.regionProvider(),{
shortDate:l,longDate:d}=this.formatDate(o),u=Uc(l,c,i??this.service),m=await Fc({headers:{},body:r},this.sha256),f=new this.sha256;f.update(e);let g=Xe(await f.
digest()),y=[VI,d,u,n,g,m].join(`
`);return this.signString(y,{signingDate:o,signingRegion:c,signingService:i,eventStreamCredentials:a})}async signMessage(e,{signingDate:r=new Date,signingRegion:o,
signingService:n,eventStreamCredentials:s}){return this.signEvent({headers:this.headerFormatter.format(e.message.headers),payload:e.message.body},{signingDate:r,
signingRegion:o,signingService:n,priorSignature:e.priorSignature,eventStreamCredentials:s}).then(a=>({message:e.message,signature:a}))}async signString(e,{signingDate:r=new Date,
signingRegion:o,signingService:n,eventStreamCredentials:s}={}){let i=s??await this.credentialProvider();this.validateResolvedCredentials(i);let a=o??await this.
regionProvider(),{shortDate:c}=this.formatDate(r),l=new this.sha256(await this.getSigningKey(i,a,c,n));return l.update(vt(e)),Xe(await l.digest())}async signRequest(e,{
signingDate:r=new Date,signableHeaders:o,unsignableHeaders:n,signingRegion:s,signingService:i}={}){let a=await this.credentialProvider();this.validateResolvedCredentials(
a);let c=s??await this.regionProvider(),l=Kf(e),{longDate:d,shortDate:u}=this.formatDate(r),m=Uc(u,c,i??this.service);l.headers[zf]=d,a.sessionToken&&(l.headers[HI]=
a.sessionToken);let f=await Fc(l,this.sha256);!sT(ri,l.headers)&&this.applyChecksum&&(l.headers[ri]=f);let g=Wf(l,n,o),y=await this.getSignature(d,m,this.getSigningKey(
a,c,u,i),this.createCanonicalRequest(l,g,f));return l.headers[Gf]=`${kc} Credential=${a.accessKeyId}/${m}, SignedHeaders=${this.getCanonicalHeaderList(g)}, Sign\
ature=${y}`,l}async getSignature(e,r,o,n){let s=await this.createStringToSign(e,r,n,kc),i=new this.sha256(await o);return i.update(vt(s)),Xe(await i.digest())}getSigningKey(e,r,o,n){
return tT(this.sha256,e,o,r,n||this.service)}}});var Mc,dT=p(()=>{Mc={SignatureV4a:null}});var Bc=p(()=>{lT();dT()});function JL(t,{credentials:e,credentialDefaultProvider:r}){let o;return e?e?.memoized?o=e:o=fc(e,mc,Ys):r?o=wr(r(Object.assign({},t,{parentClientConfig:t}))):o=
async()=>{throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.")},o.memoized=!0,
o}function YL(t,e){if(e.configBound)return e;let r=async o=>e({...o,callerClientConfig:t});return r.memoized=e.memoized,r.configBound=!0,r}var Jf,uT=p(()=>{M();
st();Bc();Jf=t=>e=>{let r=e.credentials,o=!!e.credentials,n;Object.defineProperty(e,"credentials",{set(d){d&&d!==r&&d!==n&&(o=!0),r=d;let u=JL(e,{credentials:r,
credentialDefaultProvider:e.credentialDefaultProvider}),m=YL(e,u);if(o&&!m.attributed){let f=typeof r=="object"&&r!==null;n=async g=>{let h=await m(g);return f&&
(!h.$source||Object.keys(h.$source).length===0)?B(h,"CREDENTIALS_CODE","e"):h},n.memoized=m.memoized,n.configBound=m.configBound,n.attributed=!0}else n=m},get(){
return n},enumerable:!0,configurable:!0}),e.credentials=r;let{signingEscapePath:s=!0,systemClockOffset:i=e.systemClockOffset||0,sha256:a}=e,c;return e.signer?c=
wr(e.signer):e.regionInfoProvider?c=()=>wr(e.region)().then(async d=>[await e.regionInfoProvider(d,{useFipsEndpoint:await e.useFipsEndpoint(),useDualstackEndpoint:await e.
useDualstackEndpoint()})||{},d]).then(([d,u])=>{let{signingRegion:m,signingService:f}=d;e.signingRegion=e.signingRegion||m||u,e.signingName=e.signingName||f||e.
serviceId;let g={...e,credentials:e.credentials,region:e.signingRegion,service:e.signingName,sha256:a,uriEscapePath:s},y=e.signerConstructor||mo;return new y(g)}):
c=async d=>{d=Object.assign({},{name:"sigv4",signingName:e.signingName||e.defaultSigningName,signingRegion:await wr(e.region)(),properties:{}},d);let u=d.signingRegion,
m=d.signingName;e.signingRegion=e.signingRegion||u,e.signingName=e.signingName||m||e.serviceId;let f={...e,credentials:e.credentials,region:e.signingRegion,service:e.
signingName,sha256:a,uriEscapePath:s},g=e.signerConstructor||mo;return new g(f)},Object.assign(e,{systemClockOffset:i,signingEscapePath:s,signer:c,disableClockSkewCorrection:wr(
e.disableClockSkewCorrection??t)})}});var Yf=p(()=>{Uf();II();bI();OI();uT()});var QL,ZL,mT,fT=p(()=>{$();QL="AWS_DISABLE_CLOCK_SKEW_CORRECTION",ZL="disable_clock_skew_correction",mT={environmentVariableSelector:t=>At(t,QL,Qe.ENV),configFileSelector:t=>At(
t,ZL,Qe.CONFIG),default:!1}});var gT,hT=p(()=>{$();fT();gT=w(mT)});var ur,we=p(()=>{Yf();Yf();hT();ur=Jf(gT)});var oi,ni,Xf,Qf,Zf,eg,Hc,wT=p(()=>{M();$();oi="AWS_ACCESS_KEY_ID",ni="AWS_SECRET_ACCESS_KEY",Xf="AWS_SESSION_TOKEN",Qf="AWS_CREDENTIAL_EXPIRATION",Zf="AWS_CREDE\
NTIAL_SCOPE",eg="AWS_ACCOUNT_ID",Hc=t=>async()=>{t?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");let e=process.env[oi],r=process.env[ni],o=process.
env[Xf],n=process.env[Qf],s=process.env[Zf],i=process.env[eg];if(e&&r){let a={accessKeyId:e,secretAccessKey:r,...o&&{sessionToken:o},...n&&{expiration:new Date(
n)},...s&&{credentialScope:s},...i&&{accountId:i}};return B(a,"CREDENTIALS_ENV_VARS","g"),a}throw new R("Unable to find environment variable credentials.",{logger:t?.
logger})}});var IT={};sr(IT,{ENV_ACCOUNT_ID:()=>eg,ENV_CREDENTIAL_SCOPE:()=>Zf,ENV_EXPIRATION:()=>Qf,ENV_KEY:()=>oi,ENV_SECRET:()=>ni,ENV_SESSION:()=>Xf,fromEnv:()=>Hc});var tg=p(
()=>{wT()});var jc,Gc,rg=p(()=>{jc=t=>!!t&&typeof t=="object"&&typeof t.AccessKeyId=="string"&&typeof t.SecretAccessKey=="string"&&typeof t.Token=="string"&&typeof t.Expiration==
"string",Gc=t=>({accessKeyId:t.AccessKeyId,secretAccessKey:t.SecretAccessKey,sessionToken:t.Token,expiration:new Date(t.Expiration),...t.AccountId&&{accountId:t.
AccountId}})});var TT,CT,Bn,zc=p(()=>{TT=1e3,CT=0,Bn=({maxRetries:t=0,timeout:e=1e3})=>({maxRetries:t,timeout:e})});var og,vT=p(()=>{og=Ur(require("node:http"))});function fo(t){return new Promise((e,r)=>{let o=og.default.request({method:"GET",...t,hostname:t.hostname?.replace(/^\[(.+)\]$/,"$1")});o.on("error",n=>{r(Object.
assign(new je("Unable to connect to instance metadata service"),n)),o.destroy()}),o.on("timeout",()=>{r(new je("TimeoutError from instance metadata service")),o.
destroy()}),o.on("response",n=>{let{statusCode:s=400}=n;(s<200||300<=s)&&(r(Object.assign(new je("Error response received from instance metadata service"),{statusCode:s})),
o.destroy());let i=[];n.on("data",a=>{i.push(a)}),n.on("end",()=>{e(Buffer.concat(i)),o.destroy()})}),o.end()})}var Vc=p(()=>{$();vT()});var si,ng=p(()=>{si=(t,e)=>{let r=t();for(let o=0;o<e;o++)r=r.catch(t);return r}});var Hn,ii,qc,PT,r1,o1,n1,s1,i1,AT=p(()=>{$();rg();zc();Vc();ng();Hn="AWS_CONTAINER_CREDENTIALS_FULL_URI",ii="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",qc="AWS_CON\
TAINER_AUTHORIZATION_TOKEN",PT=(t={})=>{let{timeout:e,maxRetries:r}=Bn(t);return()=>si(async()=>{let o=await i1({logger:t.logger}),n=JSON.parse(await r1(e,o));if(!jc(
n))throw new R("Invalid response received from instance metadata service.",{logger:t.logger});return Gc(n)},r)},r1=async(t,e)=>(process.env[qc]&&(e.headers={...e.
headers,Authorization:process.env[qc]}),(await fo({...e,timeout:t})).toString()),o1="169.254.170.2",n1=new Set(["localhost","127.0.0.1"]),s1=new Set(["http:","h\
ttps:"]),i1=async({logger:t})=>{if(process.env[ii])return{hostname:o1,path:process.env[ii]};if(process.env[Hn]){let e;try{e=new URL(process.env[Hn])}catch{throw new R(
`${process.env[Hn]} is not a valid container metadata service URL`,{tryNextLink:!1,logger:t})}if(!e.hostname||!n1.has(e.hostname))throw new R(`${e.hostname} is \
not a valid container metadata service hostname`,{tryNextLink:!1,logger:t});if(!e.protocol||!s1.has(e.protocol))throw new R(`${e.protocol} is not a valid contai\
ner metadata service protocol`,{tryNextLink:!1,logger:t});return{protocol:e.protocol,hostname:e.hostname,path:e.pathname+e.search,port:e.port?parseInt(e.port,10):
void 0}}throw new R(`The container metadata credential provider cannot be used unless the ${ii} or ${Hn} environment variable is set`,{tryNextLink:!1,logger:t})}});var Wc,bT=p(()=>{$();Wc=class t extends R{tryNextLink;name="InstanceMetadataV1FallbackError";constructor(e,r=!0){super(e,r),this.tryNextLink=r,Object.setPrototypeOf(
this,t.prototype)}}});var Zo,sg=p(()=>{(function(t){t.IPv4="http://169.254.169.254",t.IPv6="http://[fd00:ec2::254]"})(Zo||(Zo={}))});var a1,c1,OT,DT=p(()=>{a1="AWS_EC2_METADATA_SERVICE_ENDPOINT",c1="ec2_metadata_service_endpoint",OT={environmentVariableSelector:t=>t[a1],configFileSelector:t=>t[c1],
default:void 0}});var go,ig=p(()=>{(function(t){t.IPv4="IPv4",t.IPv6="IPv6"})(go||(go={}))});var p1,l1,NT,kT=p(()=>{ig();p1="AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",l1="ec2_metadata_service_endpoint_mode",NT={environmentVariableSelector:t=>t[p1],configFileSelector:t=>t[l1],
default:go.IPv4}});var Kc,d1,u1,ag=p(()=>{$();F();sg();DT();ig();kT();Kc=async()=>ye(await d1()||await u1()),d1=async()=>w(OT)(),u1=async()=>{let t=await w(NT)();switch(t){case go.
IPv4:return Zo.IPv4;case go.IPv6:return Zo.IPv6;default:throw new Error(`Unsupported endpoint mode: ${t}. Select from ${Object.values(go)}`)}}});var m1,cg,$T=p(()=>{m1="https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html",cg=(t,e)=>{let r=300+Math.floor(Math.random()*300),o=new Date(
Date.now()+r*1e3);e.warn(`Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be atte\
mpted after ${new Date(o)}.
For more information, please visit: `+m1);let n=t.originalExpiration??t.expiration;return{...t,...n?{originalExpiration:n}:{},expiration:o}}});var LT,UT=p(()=>{$T();LT=(t,e={})=>{let r=e?.logger||console,o;return async()=>{let n;try{n=await t(),n.expiration&&n.expiration.getTime()<Date.now()&&(n=cg(n,r))}catch(s){
if(o)r.warn("Credential renew failed: ",s),n=cg(o,r);else throw s}return o=n,n}}});var BT,f1,pg,FT,MT,HT,g1,h1,y1,E1,jT=p(()=>{$();bT();rg();zc();Vc();ng();ag();UT();BT="/latest/meta-data/iam/security-credentials/",f1="/latest/api/token",pg="A\
WS_EC2_METADATA_V1_DISABLED",FT="ec2_metadata_v1_disabled",MT="x-aws-ec2-metadata-token",HT=(t={})=>LT(g1(t),{logger:t.logger}),g1=(t={})=>{let e=!1,{logger:r,profile:o}=t,
{timeout:n,maxRetries:s}=Bn(t),i=async(a,c)=>{if(e||c.headers?.[MT]==null){let u=!1,m=!1,f=await w({environmentVariableSelector:g=>{let y=g[pg];if(m=!!y&&y!=="f\
alse",y===void 0)throw new R(`${pg} not set in env, checking config file next.`,{logger:t.logger});return m},configFileSelector:g=>{let y=g[FT];return u=!!y&&y!==
"false",u},default:!1},{profile:o})();if(t.ec2MetadataV1Disabled||f){let g=[];throw t.ec2MetadataV1Disabled&&g.push("credential provider initialization (runtime\
 option ec2MetadataV1Disabled)"),u&&g.push(`config file profile (${FT})`),m&&g.push(`process environment variable (${pg})`),new Wc(`AWS EC2 Metadata v1 fallback\
 has been blocked by AWS SDK configuration in the following: [${g.join(", ")}].`)}}let d=(await si(async()=>{let u;try{u=await y1(c)}catch(m){throw m.statusCode===
401&&(e=!1),m}return u},a)).trim();return si(async()=>{let u;try{u=await E1(d,c,t)}catch(m){throw m.statusCode===401&&(e=!1),m}return u},a)};return async()=>{let a=await Kc();
if(e)return r?.debug("AWS SDK Instance Metadata","using v1 fallback (no token fetch)"),i(s,{...a,timeout:n});{let c;try{c=(await h1({...a,timeout:n})).toString()}catch(l){
if(l?.statusCode===400)throw Object.assign(l,{message:"EC2 Metadata token request returned error"});return(l.message==="TimeoutError"||[403,404,405].includes(l.
statusCode))&&(e=!0),r?.debug("AWS SDK Instance Metadata","using v1 fallback (initial)"),i(s,{...a,timeout:n})}return i(s,{...a,headers:{[MT]:c},timeout:n})}}},
h1=async t=>fo({...t,path:f1,method:"PUT",headers:{"x-aws-ec2-metadata-token-ttl-seconds":"21600"}}),y1=async t=>(await fo({...t,path:BT})).toString(),E1=async(t,e,r)=>{
let o=JSON.parse((await fo({...e,path:BT+t})).toString());if(!jc(o))throw new R("Invalid response received from instance metadata service.",{logger:r.logger});return Gc(
o)}});var Jc={};sr(Jc,{DEFAULT_MAX_RETRIES:()=>CT,DEFAULT_TIMEOUT:()=>TT,ENV_CMDS_AUTH_TOKEN:()=>qc,ENV_CMDS_FULL_URI:()=>Hn,ENV_CMDS_RELATIVE_URI:()=>ii,Endpoint:()=>Zo,
fromContainerMetadata:()=>PT,fromInstanceMetadata:()=>HT,getInstanceMetadataEndpoint:()=>Kc,httpRequest:()=>fo,providerConfigFromInit:()=>Bn});var Yc=p(()=>{AT();
jT();zc();Vc();ag();sg()});function lg(t){let e=t&&typeof t=="object"&&"reason"in t?t.reason:void 0;if(e){if(e instanceof Error){let n=new Error("Request aborted");return n.name="AbortErr\
or",n.cause=e,n}let o=new Error(String(e));return o.name="AbortError",o}let r=new Error("Request aborted");return r.name="AbortError",r}var GT=p(()=>{});var zT,VT=p(()=>{zT=["ECONNRESET","EPIPE","ETIMEDOUT"]});var qT,WT=p(()=>{k();qT=t=>{let e={};for(let r in t){if(!b(t,r))continue;let o=t[r];e[r]=Array.isArray(o)?o.join(","):o}return e}});var jn,KT=p(()=>{jn=Ur(require("node:https"))});var ae,en=p(()=>{ae={setTimeout:(t,e)=>setTimeout(t,e),clearTimeout:t=>clearTimeout(t)}});var JT,YT,XT=p(()=>{en();JT=1e3,YT=(t,e,r=0)=>{if(!r)return-1;let o=n=>{let s=ae.setTimeout(()=>{t.destroy(),e(Object.assign(new Error(`@smithy/node-http-handle\
r - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`),{name:"TimeoutError"}))},r-n),i=a=>{a?.connecting?
a.on("connect",()=>{ae.clearTimeout(s)}):ae.clearTimeout(s)};t.socket?i(t.socket):t.on("socket",i)};return r<2e3?(o(0),0):ae.setTimeout(o.bind(null,JT),JT)}});var QT,ZT=p(()=>{en();QT=(t,e,r=0,o,n)=>r?ae.setTimeout(()=>{let s=`@smithy/node-http-handler - [${o?"ERROR":"WARN"}] a request has exceeded the configured ${r}\
 ms requestTimeout.`;if(o){let i=Object.assign(new Error(s),{name:"TimeoutError",code:"ETIMEDOUT"});t.destroy(i),e(i)}else s+=" Init client requestHandler with \
throwOnRequestTimeout=true to turn this into an error.",n?.warn?.(s)},r):-1});var x1,e0,t0=p(()=>{en();x1=3e3,e0=(t,{keepAlive:e,keepAliveMsecs:r},o=x1)=>{if(e!==!0)return-1;let n=()=>{t.socket?t.socket.setKeepAlive(e,r||0):t.on("socket",
s=>{s.setKeepAlive(e,r||0)})};return o===0?(n(),0):ae.setTimeout(n,o)}});var Xc,r0=p(()=>{Xc=t=>{let e=t?.defaultSocketTimeout;return typeof e=="number"&&Number.isFinite(e)&&e>0?e:void 0}});var S1,dg,o0=p(()=>{en();S1=3e3,dg=(t,e,r=0,o=!1)=>{if(!Number.isFinite(r)||r<=0)return;let n;t.once("response",c=>n=c);let s=()=>{if(n?.complete){t.socket?.destroy();
return}let c=Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${o?"service default socket timeout":
"configured by client requestHandler"}).`),{name:"TimeoutError"});n?.destroy(c),t.destroy(),e(c)},i=()=>{let{socket:c}=t;c?c.connecting?c.once("connect",i):(c.setTimeout(
r,s),t.on("close",()=>c.removeListener("timeout",s))):t.once("socket",i)};if(r<6e3){i();return}let a=ae.setTimeout(i,S1);t.once("close",()=>ae.clearTimeout(a))}});async function i0(t,e,r=n0,o=!1){let n=e.headers,s=n?n.Expect||n.expect:void 0,i=-1,a=!0;!o&&s==="100-continue"&&(a=await Promise.race([new Promise(c=>{i=Number(
ae.setTimeout(()=>c(!0),Math.max(n0,r)))}),new Promise(c=>{t.on("continue",()=>{ae.clearTimeout(i),c(!0)}),t.on("response",()=>{ae.clearTimeout(i),c(!1)}),t.on(
"error",()=>{ae.clearTimeout(i),c(!1)})})])),a&&R1(t,e.body)}function R1(t,e){if(e instanceof s0.Readable){e.pipe(t);return}if(e){let r=Buffer.isBuffer(e);if(r||
typeof e=="string"){r&&e.byteLength===0?t.end():t.end(e);return}let n=e;if(typeof n=="object"&&n.buffer&&typeof n.byteOffset=="number"&&typeof n.byteLength=="nu\
mber"){t.end(Buffer.from(n.buffer,n.byteOffset,n.byteLength));return}t.end(Buffer.from(e));return}t.end()}var s0,n0,a0=p(()=>{s0=require("node:stream");en();n0=
6e3});var Qc,c0,ke,p0=p(()=>{k();F();GT();VT();WT();KT();XT();ZT();t0();r0();o0();en();a0();ke=class t{config;configProvider;socketWarningTimestamp=0;externalAgent=!1;metadata={
handlerProtocol:"http/1.1"};static create(e){return typeof e?.handle=="function"?e:new t(e)}static checkSocketUsage(e,r,o=console){let{sockets:n,requests:s,maxSockets:i}=e;
if(typeof i!="number"||i===1/0||Date.now()-15e3<r)return r;if(n&&s)for(let c in n){if(!b(n,c))continue;let l=n[c]?.length??0,d=s[c]?.length??0;if(l>=i&&d>=2*i)return o?.
warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${l} and ${d} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),Date.now()}return r}constructor(e){this.configProvider=new Promise((r,o)=>{
typeof e=="function"?e().then(n=>{r(this.resolveDefaultConfig(n))}).catch(o):r(this.resolveDefaultConfig(e))})}destroy(){this.config?.httpAgent?.destroy(),this.
config?.httpsAgent?.destroy()}async handle(e,{abortSignal:r,requestTimeout:o}={}){this.config||(this.config=await this.configProvider);let n=this.config,s=n.logger,
i=e.protocol==="https:";return!i&&!this.config.httpAgent&&(this.config.httpAgent=await this.config.httpAgentProvider()),new Promise((a,c)=>{let l,d=-1,u=-1,m=-1,
f=-1,g=()=>{ae.clearTimeout(d),ae.clearTimeout(u),ae.clearTimeout(m),ae.clearTimeout(f)},y=async V=>{await l,g(),a(V)},h=async V=>{await l,g(),c(V)};if(r?.aborted){
let V=lg(r);h(V);return}let S=e.headers,x=S?(S.Expect??S.expect)==="100-continue":!1,v=i?n.httpsAgent:n.httpAgent;x&&!this.externalAgent&&(v=new(i?jn.default.Agent:
Qc)({keepAlive:!1,maxSockets:1/0})),d=ae.setTimeout(()=>{this.socketWarningTimestamp=t.checkSocketUsage(v,this.socketWarningTimestamp,s)},n.socketAcquisitionWarningTimeout??
(n.requestTimeout??2e3)+(n.connectionTimeout??1e3));let A=e.query?Zm(e.query):"",L;if(e.username!=null||e.password!=null){let V=e.username??"",hr=e.password??"";
L=`${V}:${hr}`}let X=e.path;A&&(X+=`?${A}`),e.fragment&&(X+=`#${e.fragment}`);let Ae=e.hostname??"";Ae[0]==="["&&Ae.endsWith("]")?Ae=e.hostname.slice(1,-1):Ae=e.
hostname;let nr={headers:e.headers,host:Ae,method:e.method,path:X,port:e.port,agent:v,auth:L},pe=(i?jn.default.request:c0)(nr,V=>{let hr=new Je({statusCode:V.statusCode||
-1,reason:V.statusMessage,headers:qT(V.headers),body:V});y({response:hr})});if(pe.on("error",V=>{zT.includes(V.code)?h(Object.assign(V,{name:"TimeoutError"})):h(
V)}),r){let V=()=>{pe.destroy();let hr=lg(r);h(hr)};if(typeof r.addEventListener=="function"){let hr=r;hr.addEventListener("abort",V,{once:!0}),pe.once("close",
()=>hr.removeEventListener("abort",V))}else r.onabort=V}let be=o??n.requestTimeout;u=YT(pe,h,n.connectionTimeout),m=QT(pe,h,be,n.throwOnRequestTimeout,s??console);
let ct=n.socketTimeout===void 0?Xc(n):void 0;ct?dg(pe,h,ct,!0):dg(pe,h,n.socketTimeout);let Ke=nr.agent;typeof Ke=="object"&&"keepAlive"in Ke&&(f=e0(pe,{keepAlive:Ke.
keepAlive,keepAliveMsecs:Ke.keepAliveMsecs})),l=i0(pe,e,be,this.externalAgent).catch(V=>(g(),c(V)))})}updateHttpClientConfig(e,r){this.config=void 0,this.configProvider=
this.configProvider.then(o=>{switch(e){case Symbol.for("logger"):e="logger",r=o.logger??r;break;case Symbol.for("@smithy/defaultSocketTimeout"):e="defaultSocket\
Timeout",r=Xc(o)??r;break}return{...o,[e]:r}})}httpHandlerConfigs(){return this.config??{}}resolveDefaultConfig(e){let{requestTimeout:r,connectionTimeout:o,socketTimeout:n,
socketAcquisitionWarningTimeout:s,httpAgent:i,httpsAgent:a,throwOnRequestTimeout:c,logger:l}=e||{},d=!0,u=50,m;return{connectionTimeout:o,requestTimeout:r,socketTimeout:n,
defaultSocketTimeout:Xc(e),socketAcquisitionWarningTimeout:s,throwOnRequestTimeout:c,httpAgentProvider:()=>m??=(async()=>{let f=await Promise.resolve().then(()=>Ur(ym())),
{Agent:g,request:y}=f.default??f;return c0=y,Qc=g,i instanceof Qc||typeof i?.destroy=="function"?(this.externalAgent=!0,i):new Qc({keepAlive:d,maxSockets:u,...i})})(),
httpsAgent:a instanceof jn.default.Agent||typeof a?.destroy=="function"?(this.externalAgent=!0,a):new jn.default.Agent({keepAlive:d,maxSockets:u,...a}),logger:l}}}});var ho=p(()=>{p0();k()});var _1,w1,I1,l0,d0=p(()=>{$();_1="169.254.170.2",w1="169.254.170.23",I1="[fd00:ec2::23]",l0=(t,e)=>{if(t.protocol!=="https:"&&!(t.hostname===_1||t.hostname===w1||
t.hostname===I1)){if(t.hostname.includes("[")){if(t.hostname==="[::1]"||t.hostname==="[0000:0000:0000:0000:0000:0000:0000:0001]")return}else{if(t.hostname==="lo\
calhost")return;let r=t.hostname.split("."),o=n=>{let s=parseInt(n,10);return 0<=s&&s<=255};if(r[0]==="127"&&o(r[1])&&o(r[2])&&o(r[3])&&r.length===4)return}throw new R(
`URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`,{logger:e})}}});function u0(t){return new G({protocol:t.protocol,hostname:t.hostname,port:Number(t.port),path:t.pathname,query:Array.from(t.searchParams.entries()).reduce((e,[r,
o])=>(e[r]=o,e),{}),fragment:t.hash})}async function m0(t,e){let o=await Gs(t.body).transformToString();if(t.statusCode===200){let n=JSON.parse(o);if(typeof n.AccessKeyId!=
"string"||typeof n.SecretAccessKey!="string"||typeof n.Token!="string"||typeof n.Expiration!="string")throw new R("HTTP credential provider response not of the \
required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }",{logger:e});return{accessKeyId:n.
AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.Token,expiration:Ou(n.Expiration)}}if(t.statusCode>=400&&t.statusCode<500){let n={};try{n=JSON.parse(
o)}catch{}throw Object.assign(new R(`Server responded with status: ${t.statusCode}`,{logger:e}),{Code:n.Code,Message:n.Message})}throw new R(`Server responded w\
ith status: ${t.statusCode}`,{logger:e})}var f0=p(()=>{$();F();k();k()});var g0,h0=p(()=>{g0=(t,e,r)=>async()=>{for(let o=0;o<e;++o)try{return await t()}catch{await new Promise(s=>setTimeout(s,r))}return await t()}});var E0,T1,C1,v1,P1,A1,x0,y0,S0=p(()=>{M();$();ho();E0=Ur(require("node:fs/promises"));d0();f0();h0();T1="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",C1="http://169.\
254.170.2",v1="AWS_CONTAINER_CREDENTIALS_FULL_URI",P1="AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",A1="AWS_CONTAINER_AUTHORIZATION_TOKEN",x0=(t={})=>{t.logger?.debug(
"@aws-sdk/credential-provider-http - fromHttp");let e,r=t.awsContainerCredentialsRelativeUri??process.env[T1],o=t.awsContainerCredentialsFullUri??process.env[v1],
n=t.awsContainerAuthorizationToken??process.env[A1],s=t.awsContainerAuthorizationTokenFile??process.env[P1],i=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?.
warn?console.warn:t.logger.warn.bind(t.logger);if(r&&o&&(i("@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsConta\
inerCredentialsFullUri."),i("awsContainerCredentialsRelativeUri will take precedence.")),n&&s&&(i("@aws-sdk/credential-provider-http: you have set both awsConta\
inerAuthorizationToken and awsContainerAuthorizationTokenFile."),i("awsContainerAuthorizationTokenFile will take precedence.")),r)e=`${C1}${r}`;else if(o)e=o;else
throw new R(`No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`,{logger:t.logger});let a=new URL(e);l0(a,t.logger);let c=ke.create({connectionTimeout:t.
timeout??1e3}),l=t.timeout??1e3,d=g0(async()=>{let u=u0(a);s?u.headers.Authorization=y0((await E0.default.readFile(s)).toString()):n&&(u.headers.Authorization=y0(
n));try{let m=await c.handle(u,{requestTimeout:l});return m0(m.response).then(f=>B(f,"CREDENTIALS_HTTP","z"))}catch(m){throw new R(String(m),{logger:t.logger})}},
t.maxRetries??3,t.timeout??1e3);return async()=>{try{return await d()}finally{c.destroy?.()}}},y0=t=>{if(t.includes(`\r
`))throw new R("Authorization token contains invalid \\r\\n sequence.");return t}});var ug={};sr(ug,{fromHttp:()=>x0});var mg=p(()=>{S0()});var Zc,fg=p(()=>{Zc=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var Gn,ep=p(()=>{Gn="To refresh this SSO session run 'aws sso login' with the corresponding profile."});function O1(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sso-oauth",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function D1(t){return{schemeId:"smithy.api#noAuth"}}var I0,T0,C0,gg=p(()=>{we();T();I0=async(t,e,r)=>({operation:te(e).operation,region:await W(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});T0=t=>{let e=[];return t.operation==="CreateToken"?e.push(D1(t)):e.push(O1(t)),
e},C0=t=>{let e=ur(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??[])})}});var v0,P0,hg=p(()=>{v0=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"sso-oauth"}),
P0={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var yo,ai=p(()=>{yo={name:"@aws-sdk/nested-clients",version:"3.998.5",description:"Nested clients for AWS SDK packages.",homepage:"https://github.com/aws/aws-sd\
k-js-v3/tree/main/packages/nested-clients",license:"Apache-2.0",author:{name:"AWS SDK for JavaScript Team",url:"https://aws.amazon.com/sdk-for-javascript/"},repository:{
type:"git",url:"https://github.com/aws/aws-sdk-js-v3.git",directory:"packages/nested-clients"},files:["./cognito-identity.d.ts","./cognito-identity.js","./signi\
n.d.ts","./signin.js","./sso-oidc.d.ts","./sso-oidc.js","./sso.d.ts","./sso.js","./sts.d.ts","./sts.js","dist-*/**"],sideEffects:!1,main:"./dist-cjs/index.js",module:"\
./dist-es/index.js",browser:{"./dist-es/submodules/cognito-identity/runtimeConfig":"./dist-es/submodules/cognito-identity/runtimeConfig.browser","./dist-es/subm\
odules/signin/runtimeConfig":"./dist-es/submodules/signin/runtimeConfig.browser","./dist-es/submodules/sso-oidc/runtimeConfig":"./dist-es/submodules/sso-oidc/ru\
ntimeConfig.browser","./dist-es/submodules/sso/runtimeConfig":"./dist-es/submodules/sso/runtimeConfig.browser","./dist-es/submodules/sts/runtimeConfig":"./dist-\
es/submodules/sts/runtimeConfig.browser"},types:"./dist-types/index.d.ts",typesVersions:{"<4.5":{"dist-types/*":["dist-types/ts3.4/*"],"*":["dist-types/ts3.4/su\
bmodules/*/index.d.ts"]}},"react-native":{},exports:{"./package.json":"./package.json","./sso-oidc":{types:"./dist-types/submodules/sso-oidc/index.d.ts",module:"\
./dist-es/submodules/sso-oidc/index.js",node:"./dist-cjs/submodules/sso-oidc/index.js",import:"./dist-es/submodules/sso-oidc/index.js",require:"./dist-cjs/submo\
dules/sso-oidc/index.js"},"./sts":{types:"./dist-types/submodules/sts/index.d.ts",module:"./dist-es/submodules/sts/index.js",node:"./dist-cjs/submodules/sts/ind\
ex.js",import:"./dist-es/submodules/sts/index.js",require:"./dist-cjs/submodules/sts/index.js"},"./signin":{types:"./dist-types/submodules/signin/index.d.ts",module:"\
./dist-es/submodules/signin/index.js",node:"./dist-cjs/submodules/signin/index.js",import:"./dist-es/submodules/signin/index.js",require:"./dist-cjs/submodules/\
signin/index.js"},"./cognito-identity":{types:"./dist-types/submodules/cognito-identity/index.d.ts",module:"./dist-es/submodules/cognito-identity/index.js",node:"\
./dist-cjs/submodules/cognito-identity/index.js",import:"./dist-es/submodules/cognito-identity/index.js",require:"./dist-cjs/submodules/cognito-identity/index.j\
s"},"./sso":{types:"./dist-types/submodules/sso/index.d.ts",module:"./dist-es/submodules/sso/index.js",node:"./dist-cjs/submodules/sso/index.js",import:"./dist-\
es/submodules/sso/index.js",require:"./dist-cjs/submodules/sso/index.js"}},scripts:{build:"concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs","b\
uild:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","build:include:deps":'yarn g:turbo run build -F="$npm_\
package_name"',"build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downlevel-dts dist-types dist-types/ts3.4",clean:"premo\
ve dist-cjs dist-es dist-types",lint:"node ../../scripts/validation/submodules-linter.js",prebuild:"yarn lint",test:"yarn g:vitest run","test:watch":"yarn g:vit\
est watch"},dependencies:{"@aws-sdk/core":"^3.981.2","@aws-sdk/signature-v4-multi-region":"^3.996.52","@aws-sdk/types":"^3.975.1","@smithy/core":"^3.41.1","@smi\
thy/fetch-http-handler":"^5.8.1","@smithy/node-http-handler":"^4.14.2","@smithy/types":"^4.20.0",tslib:"^2.6.2"},devDependencies:{concurrently:"7.0.0","downleve\
l-dts":"0.10.1",premove:"4.0.0",typescript:"~7.0.2"},engines:{node:">=20.0.0"}}});var Eo,tp=p(()=>{T();Q();Eo=class{queryCompat;errorRegistry;constructor(e=!1){this.queryCompat=e}resolveRestContentType(e,r){let o=r.getMemberSchemas(),n=Object.
values(o).find(s=>!!s.getMergedTraits().httpPayload);if(n){let s=n.getMergedTraits().mediaType;return s||(n.isStringSchema()?"text/plain":n.isBlobSchema()?"appl\
ication/octet-stream":e)}else if(!r.isUnitSchema()&&Object.values(o).find(i=>{let{httpQuery:a,httpQueryParams:c,httpHeader:l,httpLabel:d,httpPrefixHeaders:u}=i.
getMergedTraits();return!a&&!c&&!l&&!d&&u===void 0}))return e}async getErrorSchemaOrThrowBaseException(e,r,o,n,s,i){let a=e;e.includes("#")&&([,a]=e.split("#"));
let c={$metadata:s,$fault:o.statusCode<500?"client":"server"};if(!this.errorRegistry)throw new Error("@aws-sdk/core/protocols - error handler not initialized.");
try{return{errorSchema:i?.(this.errorRegistry,a)??this.errorRegistry.getSchema(e),errorMetadata:c}}catch{n.message=n.message??n.Message??"UnknownError";let d=this.
errorRegistry,u=d.getBaseException();if(u){let g=d.getErrorCtor(u)??Error;throw this.decorateServiceException(Object.assign(new g({name:a}),c),n)}let m=n,f=m?.message??
m?.Message??m?.Error?.Message??m?.Error?.message;throw this.decorateServiceException(Object.assign(new Error(f),{name:a},c),n)}}compose(e,r,o){let n=o;r.includes(
"#")&&([n]=r.split("#"));let s=Z.for(n),i=Z.for("smithy.ts.sdk.synthetic."+o);e.copyFrom(s),e.copyFrom(i),this.errorRegistry=e}decorateServiceException(e,r={}){
if(this.queryCompat){let o=e.Message??r.Message,n=Ua(e,r);o&&(n.message=o);let s=n.Error??{};s.Type=n.Error?.Type,s.Code=n.Error?.Code,s.Message=n.Error?.message??
n.Error?.Message??o,n.Error=s;let i=n.$metadata.requestId;return i&&(n.RequestId=i),n}return Ua(e,r)}setQueryCompatError(e,r){let o=r.headers?.["x-amzn-query-er\
ror"];if(e!==void 0&&o!=null){let[n,s]=o.split(";"),i=Object.keys(e),a={Code:n,Type:s};e.Code=n,e.Type=s;for(let c=0;c<i.length;c++){let l=i[c];a[l==="message"?
"Message":l]=e[l]}delete a.__type,e.Error=a}}queryCompatOutput(e,r){e.Error&&(r.Error=e.Error),e.Type&&(r.Type=e.Type),e.Code&&(r.Code=e.Code)}findQueryCompatibleError(e,r){
try{return e.getSchema(r)}catch{return e.find(n=>U.of(n).getMergedTraits().awsQueryError?.[0]===r)}}}});var rp,A0=p(()=>{F();Q();tp();rp=class extends Wo{serializer;deserializer;serviceTarget;codec;mixin;awsQueryCompatible;constructor({defaultNamespace:e,errorTypeRegistries:r,
serviceTarget:o,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,errorTypeRegistries:r}),this.serviceTarget=o,this.codec=s??new Yo({timestampFormat:{
useTrait:!0,default:7},jsonName:!1}),this.serializer=this.codec.createSerializer(),this.deserializer=this.codec.createDeserializer(),this.awsQueryCompatible=!!n,
this.mixin=new Eo(this.awsQueryCompatible)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,o);return n.path.endsWith("/")||(n.path+="/"),n.
headers["content-type"]=`application/x-amz-json-${this.getJsonRpcVersion()}`,n.headers["x-amz-target"]=`${this.serviceTarget}.${e.name}`,this.awsQueryCompatible&&
(n.headers["x-amzn-query-mode"]="true"),(Gr(e.input)==="unit"||!n.body)&&(n.body="{}"),n}getPayloadCodec(){return this.codec}async handleError(e,r,o,n,s){let{awsQueryCompatible:i}=this;
i&&this.mixin.setQueryCompatError(n,o);let a=pf(o,n,i)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,a,this.options.defaultNamespace);let{errorSchema:c,
errorMetadata:l}=await this.mixin.getErrorSchemaOrThrowBaseException(a,this.options.defaultNamespace,o,n,s,i?this.mixin.findQueryCompatibleError:void 0),d=U.of(
c),u=n.message??n.Message??"UnknownError",m=this.compositeErrorRegistry.getErrorCtor(c)??Error,f=new m({}),g={},y=this.codec.createDeserializer();for(let[h,S]of d.
structIterator())n[h]!=null&&(g[h]=y.readObject(S,n[h]));throw i&&this.mixin.queryCompatOutput(n,g),this.mixin.decorateServiceException(Object.assign(f,l,{$fault:d.
getMergedTraits().error,message:u},g),n)}}});var tn,b0=p(()=>{A0();tn=class extends rp{constructor({defaultNamespace:e,errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,
errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:s})}getShapeId(){return"aws.protocols#awsJson1_1"}getJsonRpcVersion(){return"1.1"}getDefaultContentType(){
return"application/x-amz-json-1.1"}}});var Wr,O0=p(()=>{F();Q();tp();Wr=class extends Vs{serializer;deserializer;codec;mixin=new Eo;constructor({defaultNamespace:e,errorTypeRegistries:r,jsonCodec:o}){
super({defaultNamespace:e,errorTypeRegistries:r});let n={timestampFormat:{useTrait:!0,default:7},httpBindings:!0,jsonName:!0};this.codec=o??new Yo(n),this.serializer=
new Ws(this.codec.createSerializer(),n),this.deserializer=new qs(this.codec.createDeserializer(),n)}getShapeId(){return"aws.protocols#restJson1"}getPayloadCodec(){
return this.codec}setSerdeContext(e){this.codec.setSerdeContext(e),super.setSerdeContext(e)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,
o),s=U.of(e.input);if(!n.headers["content-type"]){let i=this.mixin.resolveRestContentType(this.getDefaultContentType(),s);i&&(n.headers["content-type"]=i)}return n.
body==null&&n.headers["content-type"]===this.getDefaultContentType()&&(n.body="{}"),n}async deserializeResponse(e,r,o){let n=await super.deserializeResponse(e,r,
o),s=U.of(e.output);for(let[i,a]of s.structIterator())a.getMemberTraits().httpPayload&&!(i in n)&&(n[i]=null);return n}async handleError(e,r,o,n,s){let i=cf(o,n)??
"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let{errorSchema:a,errorMetadata:c}=await this.mixin.getErrorSchemaOrThrowBaseException(
i,this.options.defaultNamespace,o,n,s),l=U.of(a),d=n.message??n.Message??"UnknownError",u=this.compositeErrorRegistry.getErrorCtor(a)??Error,m=new u({});await this.
deserializeHttpMessage(a,r,o,n);let f={},g=this.codec.createDeserializer();for(let[y,h]of l.structIterator()){let S=h.getMergedTraits().jsonName??y;f[y]=g.readObject(
h,n[S])}throw this.mixin.decorateServiceException(Object.assign(m,c,{$fault:l.getMergedTraits().error,message:d},f),n)}getDefaultContentType(){return"applicatio\
n/json"}}});function yg(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}function xg(t){return new Eg(t).parse()}var Eg,D0=p(
()=>{Eg=class t{x;i=0;z;constructor(e){this.x=e,this.x=e.replace(/\r\n?/g,`
`),this.z=this.x.length}parse(){let e=this,{z:r}=e;for(;e.i<r&&(e.trim(),!(e.i>=r));)if(e.isNext("<?"))e.readTo("?>"),e.trim();else if(e.isNext("<!--"))e.readTo(
"-->"),e.trim();else if(e.isNext("<!DOCTYPE",!1))e.skipDoctype(),e.trim();else if(e.x[e.i]==="<"){let o=e.parseTag();return{[o.tag]:o.value}}else throw new Error(
"@aws-sdk XML parse error: unexpected content.");throw new Error("@aws-sdk XML parse error: no root element.")}isNext(e,r=!0){let o=this;return r?o.x.startsWith(
e,o.i):o.x.toLowerCase().startsWith(e.toLowerCase(),o.i)}readTo(e){let r=this,o=r.x.indexOf(e,r.i);if(o===-1)throw new Error(`@aws-sdk XML parse error: expected\
 "${e}" not found.`);let n=r.x.slice(r.i,o);return r.i=o+e.length,n}trim(){let e=this;for(;e.i<e.z&&` 	\r
`.includes(e.x[e.i]);)++e.i}readAttrValue(){let e=this,r=e.x[e.i];++e.i;let o="";for(;e.i<e.z&&e.x[e.i]!==r;)o+=e.x[e.i++];return++e.i,e.decodeEntities(o)}parseTag(){
let e=this;++e.i;let r="";for(;e.i<e.z&&!` 	\r
>/`.includes(e.x[e.i]);)r+=e.x[e.i++];let o=!1,n={};for(;e.i<e.z&&(e.trim(),!">/".includes(e.x[e.i]));){let d="";for(;e.i<e.z&&!`= 	\r
>/?`.includes(e.x[e.i]);)d+=e.x[e.i++];if(e.trim(),e.x[e.i]!=="=")break;++e.i,e.trim(),d==="__proto__"&&yg(n),n[d]=e.readAttrValue(),o=!0}if(e.i>=e.z)throw new Error(
"@aws-sdk XML parse error: unexpected end of input.");if(e.x[e.i]==="/"){if(++e.i,e.i>=e.z||e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected >\
 at the end of self-closing tag.");return++e.i,{tag:r,value:o?n:""}}if(e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected > at the end of openin\
g tag.");++e.i;let s=[],i=[],a=!1;for(;e.i<e.z&&!e.isNext("</");)if(e.x[e.i]==="<")e.isNext("<!--")?e.readTo("-->"):e.isNext("<![CDATA[")?(e.i+=9,s.push(e.readTo(
"]]>"))):e.isNext("<?")?e.readTo("?>"):(a=!0,i.push(e.parseTag()));else{let d="";for(;e.i<e.z&&e.x[e.i]!=="<";)d+=e.x[e.i++];s.push(e.decodeEntities(d))}if(!e.isNext(
"</"))throw new Error(`@aws-sdk XML parse error: missing closing tag </${r}>.`);e.i+=2;let c=e.readTo(">").trim();if(c!==r)throw new Error(`@aws-sdk XML parse e\
rror: mismatched tags <${r}> and </${c}>.`);if(!o&&s.length===0&&!a)return{tag:r,value:""};if(!o&&!a){let d=s.length===1?s[0]:s.join("");return d.trim()===""&&d.
includes(`
`)?{tag:r,value:""}:{tag:r,value:d}}let l={};for(let d of s)d.trim()===""&&d.includes(`
`)||(l["#text"]="#text"in l?l["#text"]+d:d);for(let d of i)d.tag==="__proto__"&&yg(l),d.tag in l?Array.isArray(l[d.tag])?l[d.tag].push(d.value):l[d.tag]=[l[d.tag],
d.value]:l[d.tag]=d.value;for(let[d,u]of Object.entries(n))d==="__proto__"&&yg(l),l[d]=u;return{tag:r,value:l}}static ENTITIES={amp:"&",lt:"<",gt:">",quot:'"',apos:"\
'"};skipDoctype(){let e=this;e.i+=9;let r=0;for(;e.i<e.z;){let o=e.x[e.i];if(o==="[")++r;else if(o==="]")--r;else if(o===">"&&r===0){++e.i;return}++e.i}throw new Error(
"@aws-sdk XML parse error: unclosed DOCTYPE.")}decodeEntities(e){return e.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g,(r,o,n,s)=>o?
String.fromCharCode(parseInt(o,16)):n?String.fromCharCode(parseInt(n,10)):t.ENTITIES[s]??"")}}});var N0=p(()=>{D0()});var zn,Sg=p(()=>{zn=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var op,k0=p(()=>{op=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function $0(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var L0=p(()=>{});var np,U0=p(()=>{N0();T();F();Q();k();Sg();k0();L0();np=class extends zn{settings;stringDeserializer;constructor(e){super(),this.settings=e,this.stringDeserializer=
new Ko(e)}setSerdeContext(e){this.serdeContext=e,this.stringDeserializer.setSerdeContext(e)}read(e,r,o){let n=U.of(e),s=n.getMemberSchemas();if(n.isStructSchema()&&
n.isMemberSchema()&&!!Object.values(s).find(l=>!!l.getMemberTraits().eventPayload)){let l={},d=Object.keys(s)[0];return s[d].isBlobSchema()?l[d]=r:l[d]=this.read(
s[d],r),l}let a=(this.serdeContext?.utf8Encoder??ee)(r),c=this.parseXml(a);return this.readSchema(e,o?c[o]:c)}readSchema(e,r){let o=U.of(e);if(o.isUnitSchema())
return;let n=o.getMergedTraits();if(o.isListSchema()&&!Array.isArray(r))return this.readSchema(o,[r]);if(r==null)return r;if(typeof r=="object"){let s=!!n.xmlFlattened;
if(o.isListSchema()){let a=o.getValueSchema(),c=[],l=a.getMergedTraits().xmlName??"member",d=s?r:(r[0]??r)[l];if(d==null)return c;let u=Array.isArray(d)?d:[d];for(let m of u)
c.push(this.readSchema(a,m));return c}let i={};if(o.isMapSchema()){let a=o.getKeySchema(),c=o.getValueSchema(),l;s?l=Array.isArray(r)?r:[r]:l=Array.isArray(r.entry)?
r.entry:[r.entry];let d=a.getMergedTraits().xmlName??"key",u=c.getMergedTraits().xmlName??"value";for(let m of l){let f=m[d],g=m[u];f==="__proto__"&&$0(i),i[f]=
this.readSchema(c,g)}return i}if(o.isStructSchema()){let a=o.isUnionSchema(),c;a&&(c=new op(r,i));for(let[l,d]of o.structIterator()){let u=d.getMergedTraits(),m=u.
httpPayload?u.xmlName??d.getName():d.getMemberTraits().xmlName??l;a&&c.mark(m),r[m]!=null&&(i[l]=this.readSchema(d,r[m]))}return a&&c.writeUnknown(),i}if(o.isDocumentSchema())
return r;throw new Error(`@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${o.getName(!0)}`)}return o.isListSchema()?[]:o.isMapSchema()||o.
isStructSchema()?{}:this.stringDeserializer.read(o,r)}parseXml(e){if(e.length){let r;try{r=xg(e)}catch(i){throw i&&typeof i=="object"&&Object.defineProperty(i,"\
$responseBodyText",{value:e}),i}let o="#text",n=Object.keys(r)[0],s=r[n];return s[o]&&(s[n]=s[o],delete s[o]),Fa(s)}return{}}}});var sp,F0=p(()=>{F();Q();k();k();Sg();sp=class extends zn{settings;buffer;constructor(e){super(),this.settings=e}write(e,r,o=""){this.buffer===void 0&&(this.buffer=
"");let n=U.of(e);if(o&&!o.endsWith(".")&&(o+="."),n.isBlobSchema())(typeof r=="string"||r instanceof Uint8Array)&&(this.writeKey(o),this.writeValue((this.serdeContext?.
base64Encoder??he)(r)));else if(n.isBooleanSchema()||n.isNumericSchema()||n.isStringSchema())r!=null?(this.writeKey(o),this.writeValue(String(r))):n.isIdempotencyToken()&&
(this.writeKey(o),this.writeValue($n()));else if(n.isBigIntegerSchema())r!=null&&(this.writeKey(o),this.writeValue(String(r)));else if(n.isBigDecimalSchema())r!=
null&&(this.writeKey(o),this.writeValue(r instanceof Re?r.string:String(r)));else if(n.isTimestampSchema()){if(r instanceof Date)switch(this.writeKey(o),Jo(n,this.
settings)){case 5:this.writeValue(r.toISOString().replace(".000Z","Z"));break;case 6:this.writeValue(Bo(r));break;case 7:this.writeValue(String(r.getTime()/1e3));
break}}else if(n.isDocumentSchema())Array.isArray(r)?this.write(79,r,o):r instanceof Date?this.write(4,r,o):r instanceof Uint8Array?this.write(21,r,o):r&&typeof r==
"object"?this.write(143,r,o):(this.writeKey(o),this.writeValue(String(r)));else if(n.isListSchema()){if(Array.isArray(r))if(r.length===0)this.settings.serializeEmptyLists&&
(this.writeKey(o),this.writeValue(""));else{let s=n.getValueSchema(),i=this.settings.flattenLists||n.getMergedTraits().xmlFlattened,a=1;for(let c of r){if(c==null)
continue;let l=s.getMergedTraits(),d=this.getKey("member",l.xmlName,l.ec2QueryName),u=i?`${o}${a}`:`${o}${d}.${a}`;this.write(s,c,u),++a}}}else if(n.isMapSchema()){
if(r&&typeof r=="object"){let s=n.getKeySchema(),i=n.getValueSchema(),a=n.getMergedTraits().xmlFlattened,c=1;for(let l in r){let d=r[l];if(d==null)continue;let u=s.
getMergedTraits(),m=this.getKey("key",u.xmlName,u.ec2QueryName),f=a?`${o}${c}.${m}`:`${o}entry.${c}.${m}`,g=i.getMergedTraits(),y=this.getKey("value",g.xmlName,
g.ec2QueryName),h=a?`${o}${c}.${y}`:`${o}entry.${c}.${y}`;this.write(s,l,f),this.write(i,d,h),++c}}}else if(n.isStructSchema()){if(r&&typeof r=="object"){let s=!1;
for(let[i,a]of n.structIterator()){if(r[i]==null&&!a.isIdempotencyToken())continue;let c=a.getMergedTraits(),l=this.getKey(i,c.xmlName,c.ec2QueryName,"struct"),
d=`${o}${l}`;this.write(a,r[i],d),s=!0}if(!s&&n.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i,l=`${o}${a}`;this.write(15,c,l)}}}}else if(!n.
isUnitSchema())throw new Error(`@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${n.getName(!0)}`)}flush(){if(this.buffer===void 0)throw new Error(
"@aws-sdk/core/protocols - QuerySerializer cannot flush with nothing written to buffer.");let e=this.buffer;return delete this.buffer,e}getKey(e,r,o,n){let{ec2:s,
capitalizeKeys:i}=this.settings;if(s&&o)return o;let a=r??e;return i&&n==="struct"?a[0].toUpperCase()+a.slice(1):a}writeKey(e){e.endsWith(".")&&(e=e.slice(0,e.length-
1)),this.buffer+=`&${Vo(e)}=`}writeValue(e){this.buffer+=Vo(e)}}});var ci,M0=p(()=>{F();Q();tp();U0();F0();ci=class extends Wo{options;serializer;deserializer;mixin=new Eo;constructor(e){super({defaultNamespace:e.defaultNamespace,
errorTypeRegistries:e.errorTypeRegistries}),this.options=e;let r={timestampFormat:{useTrait:!0,default:5},httpBindings:!1,xmlNamespace:e.xmlNamespace,serviceNamespace:e.
defaultNamespace,serializeEmptyLists:!0};this.serializer=new sp(r),this.deserializer=new np(r)}getShapeId(){return"aws.protocols#awsQuery"}setSerdeContext(e){this.
serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e)}getPayloadCodec(){throw new Error("AWSQuery protocol has no payload codec.")}async serializeRequest(e,r,o){
let n=await super.serializeRequest(e,r,o);n.path.endsWith("/")||(n.path+="/"),n.headers["content-type"]="application/x-www-form-urlencoded",(Gr(e.input)==="unit"||
!n.body)&&(n.body="");let s=e.name.split("#")[1]??e.name;return n.body=`Action=${s}&Version=${this.options.version}`+n.body,n.body.endsWith("&")&&(n.body=n.body.
slice(-1)),n}async deserializeResponse(e,r,o){let n=this.deserializer,s=U.of(e.output),i={};if(o.statusCode>=300){let d=await ze(o.body,r);d.byteLength>0&&Object.
assign(i,await n.read(15,d)),await this.handleError(e,r,o,i,this.deserializeMetadata(o))}for(let d in o.headers){let u=o.headers[d];delete o.headers[d],o.headers[d.
toLowerCase()]=u}let a=e.name.split("#")[1]??e.name,c=s.isStructSchema()&&this.useNestedResult()?a+"Result":void 0,l=await ze(o.body,r);return l.byteLength>0&&Object.
assign(i,await n.read(s,l,c)),i.$metadata=this.deserializeMetadata(o),i}useNestedResult(){return!0}async handleError(e,r,o,n,s){let i=this.loadQueryErrorCode(o,
n)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let a=this.loadQueryError(n)??{},c=this.loadQueryErrorMessage(n);a.
message=c,a.Error={Type:a.Type,Code:a.Code,Message:c};let{errorSchema:l,errorMetadata:d}=await this.mixin.getErrorSchemaOrThrowBaseException(i,this.options.defaultNamespace,
o,a,s,this.mixin.findQueryCompatibleError),u=U.of(l),m=this.compositeErrorRegistry.getErrorCtor(l)??Error,f=new m({}),g={Type:a.Error.Type,Code:a.Error.Code,Error:a.
Error};for(let[y,h]of u.structIterator()){let S=h.getMergedTraits().xmlName??y,x=a[S]??n[S];g[y]=this.deserializer.readSchema(h,x)}throw this.mixin.decorateServiceException(
Object.assign(f,d,{$fault:u.getMergedTraits().error,message:c},g),n)}loadQueryErrorCode(e,r){let o=(r.Errors?.[0]?.Error??r.Errors?.Error??r.Error)?.Code;if(o!==
void 0)return o;if(e.statusCode==404)return"NotFound"}loadQueryError(e){return e.Errors?.[0]?.Error??e.Errors?.Error??e.Error}loadQueryErrorMessage(e){let r=this.
loadQueryError(e);return r?.message??r?.Message??e.message??e.Message??"Unknown"}getDefaultContentType(){return"application/x-www-form-urlencoded"}}});var rn=p(()=>{b0();O0();M0()});var $e,B0,k1,ip,H0,$1,j0=p(()=>{k();$e=64,B0=32,k1=2**53-1,ip=class t{digestLength=B0;state=Int32Array.from(H0);w;buffer=new Uint8Array(64);bufferLength=0;bytesHashed=0;finished=!1;inner;outer;constructor(e){
if(e){let r=t.normalizeKey(e);this.inner=new t,this.outer=new t;let{inner:o,outer:n}=this,s=new Uint8Array($e*2);for(let i=0;i<$e;++i)s[i]=54^r[i],s[i+$e]=92^r[i];
o.update(s.subarray(0,$e)),n.update(s.subarray($e))}}update(e){if(this.finished)throw new Error("Attempted to update an already finished HMAC.");if(this.inner){
this.inner.update(e);return}let r=vt(e),o=0,{byteLength:n}=r;if(this.bytesHashed+=n,this.bytesHashed*8>k1)throw new Error("Cannot hash more than 2^53 - 1 bits");
for(;n>0;)this.buffer[this.bufferLength++]=r[o++],n--,this.bufferLength===$e&&(this.hashBuffer(),this.bufferLength=0)}async digest(){let{inner:e,outer:r}=this;if(e&&
r){if(this.finished)throw new Error("Attempted to digest an already finished HMAC.");this.finished=!0;let o=e.digestSync();return r.update(o),r.digestSync()}return this.
digestSync()}reset(){this.state=Int32Array.from(H0),this.buffer=new Uint8Array(64),this.bufferLength=0,this.bytesHashed=0}digestSync(){let e=this.state.slice(),
r=this.buffer.slice(),o=this.bufferLength,n=this.bytesHashed*8,s=new DataView(r.buffer,r.byteOffset,r.byteLength);if(s.setUint8(o++,128),(o-1)%$e>=$e-8){for(let a=o;a<
$e;++a)s.setUint8(a,0);this.hashBufferWith(e,r),o=0}for(let a=o;a<$e-8;++a)s.setUint8(a,0);s.setUint32($e-8,Math.floor(n/4294967296),!1),s.setUint32($e-4,n,!1),
this.hashBufferWith(e,r);let i=new Uint8Array(B0);for(let a=0;a<8;++a)i[a*4]=e[a]>>>24&255,i[a*4+1]=e[a]>>>16&255,i[a*4+2]=e[a]>>>8&255,i[a*4+3]=e[a]>>>0&255;return i}static normalizeKey(e){
let r=vt(e);if(r.byteLength>$e){let o=new t;o.update(r);let n=o.digestSync(),s=new Uint8Array($e);return s.set(n),s}if(r.byteLength<$e){let o=new Uint8Array($e);
return o.set(r),o}return r}hashBuffer(){this.hashBufferWith(this.state,this.buffer)}hashBufferWith(e,r){let o=this.w??=new Int32Array(64),n=e[0],s=e[1],i=e[2],a=e[3],
c=e[4],l=e[5],d=e[6],u=e[7];for(let m=0;m<$e;++m){if(m<16)o[m]=(r[m*4]&255)<<24|(r[m*4+1]&255)<<16|(r[m*4+2]&255)<<8|r[m*4+3]&255;else{let y=o[m-2],h=(y>>>17|y<<
15)^(y>>>19|y<<13)^y>>>10;y=o[m-15];let S=(y>>>7|y<<25)^(y>>>18|y<<14)^y>>>3;o[m]=(h+o[m-7]|0)+(S+o[m-16]|0)}let f=(((c>>>6|c<<26)^(c>>>11|c<<21)^(c>>>25|c<<7))+
(c&l^~c&d)|0)+(u+($1[m]+o[m]|0)|0)|0,g=((n>>>2|n<<30)^(n>>>13|n<<19)^(n>>>22|n<<10))+(n&s^n&i^s&i)|0;u=d,d=l,l=c,c=a+f|0,a=i,i=s,s=n,n=f+g|0}e[0]+=n,e[1]+=s,e[2]+=
i,e[3]+=a,e[4]+=c,e[5]+=l,e[6]+=d,e[7]+=u}},H0=new Int32Array([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]),$1=new Int32Array(
[1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,
3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,
113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,
3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,
2756734187,3204031479,3329325298])});function U1(){return class{digestLength=32;secret;hash;isHmac;finished=!1;constructor(e){this.secret=e,this.isHmac=!!e,this.hash=this.createHash()}update(e){if(this.
finished)throw new Error("Attempted to update an already finished hash.");this.hash.update(e)}async digest(){let e;return this.isHmac?(this.finished=!0,e=this.hash.
digest()):e=this.hash.copy().digest(),new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}reset(){this.hash=this.createHash(),this.finished=!1}createHash(){return this.
secret?(0,pi.createHmac)("sha256",F1(this.secret)):(0,pi.createHash)("sha256")}}}function F1(t){return typeof t=="string"?t:ArrayBuffer.isView(t)?Buffer.from(t.
buffer,t.byteOffset,t.byteLength):Buffer.from(t)}var pi,L1,ht,G0=p(()=>{pi=require("node:crypto");j0();L1=(()=>{try{return(0,pi.createHash)("sha256"),!0}catch{return!1}})(),
ht=L1?U1():ip});var on=p(()=>{G0()});var li,nn,ap,z0,K0,cp,Rg,V0,_g,Vn,q0,W0,M1,yt,B1,J0,Y0=p(()=>{K();li="ref",nn=-1,ap=!0,z0="isSet",K0="PartitionResult",cp="booleanEquals",Rg="getAttr",V0={[li]:"\
Endpoint"},_g={[li]:K0},Vn={},q0=[{[li]:"Region"}],W0={conditions:[[z0,[V0]],[z0,q0],["aws.partition",q0,K0],[cp,[{[li]:"UseFIPS"},ap]],[cp,[{[li]:"UseDualStack"},
ap]],[cp,[{fn:Rg,argv:[_g,"supportsDualStack"]},ap]],[cp,[{fn:Rg,argv:[_g,"supportsFIPS"]},ap]],["stringEquals",[{fn:Rg,argv:[_g,"name"]},"aws-us-gov"]]],results:[
[nn],[nn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[nn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[V0,
Vn],["https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Vn],[nn,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://oidc.{Region}.amazonaws.com",Vn],["https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}",Vn],[nn,"FIPS is enabled but this partition does not suppor\
t FIPS"],["https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}",Vn],[nn,"DualStack is enabled but this partition does not support DualStack"],["https://o\
idc.{Region}.{PartitionResult#dnsSuffix}",Vn],[nn,"Invalid Configuration: Missing Region"]]},M1=2,yt=1e8,B1=new Int32Array([-1,1,-1,0,13,3,1,4,yt+12,2,5,yt+12,3,
8,6,4,7,yt+11,5,yt+9,yt+10,4,11,9,6,10,yt+8,7,yt+6,yt+7,5,12,yt+5,6,yt+4,yt+5,3,yt+1,14,4,yt+2,yt+3]),J0=rt.from(B1,M1,W0.conditions,W0.results)});var H1,X0,Q0=p(()=>{M();K();Y0();H1=new ot({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),X0=(t,e={})=>H1.get(t,()=>Bt(J0,{endpointParams:t,logger:e.
logger}));De.aws=ft});var Ce,pp=p(()=>{T();Ce=class t extends et{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException";constructor(e){super(e),Object.
setPrototypeOf(this,t.prototype)}}});var di,ui,mi,fi,gi,hi,yi,Ei,xi,Si,Ri,wg=p(()=>{pp();di=class t extends Ce{static shapeId="com.amazonaws.ssooidc#AccessDeniedException";name="AccessDeniedExcepti\
on";$fault="client";error;reason;error_description;constructor(e){super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},ui=class t extends Ce{static shapeId="com.amazonaws.ssooidc#AuthorizationPe\
ndingException";name="AuthorizationPendingException";$fault="client";error;error_description;constructor(e){super({name:"AuthorizationPendingException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},mi=class t extends Ce{static shapeId="com\
.amazonaws.ssooidc#ExpiredTokenException";name="ExpiredTokenException";$fault="client";error;error_description;constructor(e){super({name:"ExpiredTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},fi=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#InternalServerException";name="InternalServerException";$fault="server";error;error_description;constructor(e){super({name:"InternalServer\
Exception",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},gi=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#InvalidClientException";name="InvalidClientException";$fault="client";error;error_description;constructor(e){super({name:"InvalidClientExc\
eption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},hi=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#InvalidGrantException";name="InvalidGrantException";$fault="client";error;error_description;constructor(e){super({name:"InvalidGrantExcept\
ion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},yi=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#InvalidRequestException";name="InvalidRequestException";$fault="client";error;reason;error_description;constructor(e){super({name:"Invalid\
RequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},
Ei=class t extends Ce{static shapeId="com.amazonaws.ssooidc#InvalidScopeException";name="InvalidScopeException";$fault="client";error;error_description;constructor(e){
super({name:"InvalidScopeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},
xi=class t extends Ce{static shapeId="com.amazonaws.ssooidc#SlowDownException";name="SlowDownException";$fault="client";error;error_description;constructor(e){super(
{name:"SlowDownException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Si=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#UnauthorizedClientException";name="UnauthorizedClientException";$fault="client";error;error_description;constructor(e){super({name:"Unauth\
orizedClientException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Ri=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#UnsupportedGrantTypeException";name="UnsupportedGrantTypeException";$fault="client";error;error_description;constructor(e){super({name:"Un\
supportedGrantTypeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}}});var j1,G1,z1,V1,q1,W1,K1,J1,Y1,X1,Q1,Z1,eU,tU,rU,oU,nU,sU,iU,aU,$r,cU,pU,lU,dU,uU,ue,mU,Ir,fU,gU,Tr,hU,Z0,eC,yU,tC,EU,xU,SU,xe,rC,oC,mr,nC,sC,iC,aC,cC,pC,lC,dC,
uC,mC,fC,Ig,RU,_U,wU,IU,gC,hC,yC,Tg,lp=p(()=>{Q();wg();pp();j1="AccessDeniedException",G1="AuthorizationPendingException",z1="AccessToken",V1="ClientSecret",q1=
"CreateToken",W1="CreateTokenRequest",K1="CreateTokenResponse",J1="CodeVerifier",Y1="ExpiredTokenException",X1="InvalidClientException",Q1="InvalidGrantExceptio\
n",Z1="InvalidRequestException",eU="InternalServerException",tU="InvalidScopeException",rU="IdToken",oU="RefreshToken",nU="SlowDownException",sU="UnauthorizedCl\
ientException",iU="UnsupportedGrantTypeException",aU="accessToken",$r="client",cU="clientId",pU="clientSecret",lU="codeVerifier",dU="code",uU="deviceCode",ue="e\
rror",mU="expiresIn",Ir="error_description",fU="grantType",gU="http",Tr="httpError",hU="idToken",Z0="reason",eC="refreshToken",yU="redirectUri",tC="smithy.ts.sd\
k.synthetic.com.amazonaws.ssooidc",EU="scope",xU="server",SU="tokenType",xe="com.amazonaws.ssooidc",rC=new Z(tC),oC=[-3,tC,"SSOOIDCServiceException",0,[],[]];rC.
registerError(oC,Ce);mr=new Z(xe),nC=[-3,xe,j1,{[ue]:$r,[Tr]:400},[ue,Z0,Ir],[0,0,0]];mr.registerError(nC,di);sC=[-3,xe,G1,{[ue]:$r,[Tr]:400},[ue,Ir],[0,0]];mr.
registerError(sC,ui);iC=[-3,xe,Y1,{[ue]:$r,[Tr]:400},[ue,Ir],[0,0]];mr.registerError(iC,mi);aC=[-3,xe,eU,{[ue]:xU,[Tr]:500},[ue,Ir],[0,0]];mr.registerError(aC,fi);
cC=[-3,xe,X1,{[ue]:$r,[Tr]:401},[ue,Ir],[0,0]];mr.registerError(cC,gi);pC=[-3,xe,Q1,{[ue]:$r,[Tr]:400},[ue,Ir],[0,0]];mr.registerError(pC,hi);lC=[-3,xe,Z1,{[ue]:$r,
[Tr]:400},[ue,Z0,Ir],[0,0,0]];mr.registerError(lC,yi);dC=[-3,xe,tU,{[ue]:$r,[Tr]:400},[ue,Ir],[0,0]];mr.registerError(dC,Ei);uC=[-3,xe,nU,{[ue]:$r,[Tr]:400},[ue,
Ir],[0,0]];mr.registerError(uC,xi);mC=[-3,xe,sU,{[ue]:$r,[Tr]:400},[ue,Ir],[0,0]];mr.registerError(mC,Si);fC=[-3,xe,iU,{[ue]:$r,[Tr]:400},[ue,Ir],[0,0]];mr.registerError(
fC,Ri);Ig=[rC,mr],RU=[0,xe,z1,8,0],_U=[0,xe,V1,8,0],wU=[0,xe,J1,8,0],IU=[0,xe,rU,8,0],gC=[0,xe,oU,8,0],hC=[3,xe,W1,0,[cU,pU,fU,uU,dU,eC,EU,yU,lU],[0,[()=>_U,0],
0,0,0,[()=>gC,0],64,0,[()=>wU,0]],3],yC=[3,xe,K1,0,[aU,SU,mU,eC,hU],[[()=>RU,0],0,1,[()=>gC,0],[()=>IU,0]]],Tg=[9,xe,q1,{[gU]:["POST","/token",200]},()=>hC,()=>yC]});var EC,xC=p(()=>{we();rn();st();on();T();F();k();gg();Q0();lp();EC=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
he,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??X0,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
T0,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new Ee},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new nt}],logger:t?.logger??new _e,protocol:t?.protocol??Wr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.ssooidc",errorTypeRegistries:Ig,version:"2019-06-10",serviceTarget:"AWSSSOOIDCService"},serviceId:t?.serviceId??
"SSO OIDC",sha256:t?.sha256??ht,urlParser:t?.urlParser??ye,utf8Decoder:t?.utf8Decoder??ie,utf8Encoder:t?.utf8Encoder??ee})});var SC,RC=p(()=>{ai();M();we();T();$();mt();k();ho();xC();SC=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Nt),o=EC(t);Tt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??w(gt,n),bodyLengthChecker:t?.bodyLengthChecker??
Ct,defaultSocketTimeout:xr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:yo.version}),maxAttempts:t?.
maxAttempts??w(Yt,t),region:t?.region??w(Oe,{...tt,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??w({...Qt,default:async()=>(await r()).
retryMode||it},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??w(bt,n),useFipsEndpoint:t?.useFipsEndpoint??w(Ot,n),userAgentAppId:t?.
userAgentAppId??w(tr,n)}}});var _C,wC,IC=p(()=>{_C=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},wC=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var TC,CC=p(()=>{M();T();F();IC();TC=(t,e)=>{let r=Object.assign(rr(t),$t(t),Ht(t),_C(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),jt(r),
wC(r))}});var _i,Cg=p(()=>{M();st();T();$();K();F();mt();Q();gg();hg();RC();CC();_i=class extends Te{config;constructor(...[e]){let r=SC(e||{});super(r),this.initConfig=r;
let o=v0(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=pr(a),l=C0(c),d=TC(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Dt(this.config)),this.middlewareStack.use(
Zt(this.config)),this.middlewareStack.use(dr(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),this.middlewareStack.use(dt(this.config,{httpAuthSchemeParametersProvider:I0,identityProviderConfigProvider:async u=>new Ve(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(ut(this.config))}destroy(){super.destroy()}}});var vC,PC,AC,bC=p(()=>{T();K();hg();vC=Ut(P0,"AWSSSOOIDCService","SSOOIDCClient",lr),PC={},AC=(t,e,r,o)=>[]});var wi,vg=p(()=>{bC();lp();wi=class extends vC(PC,AC,"CreateToken",Tg){}});var TU,dp,OC=p(()=>{T();vg();Cg();TU={CreateTokenCommand:wi},dp=class extends _i{};zr(TU,dp)});var DC=p(()=>{vg()});var CU,vU,NC=p(()=>{CU={KMS_ACCESS_DENIED:"KMS_AccessDeniedException"},vU={KMS_DISABLED_KEY:"KMS_DisabledException",KMS_INVALID_KEY_USAGE:"KMS_InvalidKeyUsageEx\
ception",KMS_INVALID_STATE:"KMS_InvalidStateException",KMS_KEY_NOT_FOUND:"KMS_NotFoundException"}});var kC=p(()=>{});var Pg={};sr(Pg,{$Command:()=>cr,AccessDeniedException:()=>di,AccessDeniedException$:()=>nC,AccessDeniedExceptionReason:()=>CU,AuthorizationPendingException:()=>ui,
AuthorizationPendingException$:()=>sC,CreateToken$:()=>Tg,CreateTokenCommand:()=>wi,CreateTokenRequest$:()=>hC,CreateTokenResponse$:()=>yC,ExpiredTokenException:()=>mi,
ExpiredTokenException$:()=>iC,InternalServerException:()=>fi,InternalServerException$:()=>aC,InvalidClientException:()=>gi,InvalidClientException$:()=>cC,InvalidGrantException:()=>hi,
InvalidGrantException$:()=>pC,InvalidRequestException:()=>yi,InvalidRequestException$:()=>lC,InvalidRequestExceptionReason:()=>vU,InvalidScopeException:()=>Ei,InvalidScopeException$:()=>dC,
SSOOIDC:()=>dp,SSOOIDCClient:()=>_i,SSOOIDCServiceException:()=>Ce,SSOOIDCServiceException$:()=>oC,SlowDownException:()=>xi,SlowDownException$:()=>uC,UnauthorizedClientException:()=>Si,
UnauthorizedClientException$:()=>mC,UnsupportedGrantTypeException:()=>Ri,UnsupportedGrantTypeException$:()=>fC,__Client:()=>Te,errorTypeRegistries:()=>Ig});var Ag=p(
()=>{Cg();OC();DC();T();lp();NC();wg();kC();pp()});var $C,LC=p(()=>{$C=async(t,e={},r)=>{let{SSOOIDCClient:o}=await Promise.resolve().then(()=>(Ag(),Pg)),n=i=>e.clientConfig?.[i]??e.parentClientConfig?.[i]??r?.[i];
return new o(Object.assign({},e.clientConfig??{},{region:t??e.clientConfig?.region,logger:n("logger"),userAgentAppId:n("userAgentAppId")}))}});var UC,FC=p(()=>{LC();UC=async(t,e,r={},o)=>{let{CreateTokenCommand:n}=await Promise.resolve().then(()=>(Ag(),Pg));return(await $C(e,r,o)).send(new n({clientId:t.
clientId,clientSecret:t.clientSecret,refreshToken:t.refreshToken,grantType:"refresh_token"}))}});var bg,MC=p(()=>{$();ep();bg=t=>{if(t.expiration&&t.expiration.getTime()<Date.now())throw new Pt(`Token is expired. ${Gn}`,!1)}});var xo,BC=p(()=>{$();ep();xo=(t,e,r=!1)=>{if(typeof e>"u")throw new Pt(`Value not present for '${t}' in SSO Token${r?". Cannot refresh":""}. ${Gn}`,!1)}});var HC,PU,jC,GC=p(()=>{$();HC=require("node:fs"),{writeFile:PU}=HC.promises,jC=(t,e)=>{let r=As(t),o=JSON.stringify(e,null,2);return PU(r,o)}});var zC,up,Og,VC=p(()=>{$();ep();FC();MC();BC();GC();zC=new Map,up=new Map,Og=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/token-provider\
s - fromSso");let r=await Rr(t),o=Ze({profile:t.profile??e?.profile}),n=r[o];if(n){if(!n.sso_session)throw new Pt(`Profile '${o}' is missing required property '\
sso_session'.`)}else throw new Pt(`Profile '${o}' could not be found in shared credentials file.`,!1);let s=n.sso_session,i=up.get(s);if(i)return await i;let c=(await $s(
t))[s];if(!c)throw new Pt(`Sso session '${s}' could not be found in shared credentials file.`,!1);for(let x of["sso_start_url","sso_region"])if(!c[x])throw new Pt(
`Sso session '${s}' is missing required property '${x}'.`,!1);let l=c.sso_start_url,d=c.sso_region,u;try{u=await Os(s)}catch{throw new Pt(`The SSO session token\
 associated with profile=${o} was not found or is invalid. ${Gn}`,!1)}xo("accessToken",u.accessToken),xo("expiresAt",u.expiresAt);let{accessToken:m,expiresAt:f}=u,
g={token:m,expiration:new Date(f)};if(g.expiration.getTime()-Date.now()>3e5)return g;let y=up.get(s);if(y)return await y;let h=zC.get(s)??0;if(Date.now()-h<30*1e3)
return bg(g),g;xo("clientId",u.clientId,!0),xo("clientSecret",u.clientSecret,!0),xo("refreshToken",u.refreshToken,!0);let S=(async()=>{try{zC.set(s,Date.now());
let x=await UC(u,d,t,e);xo("accessToken",x.accessToken),xo("expiresIn",x.expiresIn);let v=new Date(Date.now()+x.expiresIn*1e3);try{await jC(s,{...u,accessToken:x.
accessToken,expiresAt:v.toISOString(),refreshToken:x.refreshToken})}catch{}return{token:x.accessToken,expiration:v}}catch{return bg(g),g}})();up.set(s,S);try{return await S}finally{
up.delete(s)}}});var qC=p(()=>{VC()});function bU(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"awsssoportal",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}function OU(t){return{schemeId:"smithy.api#noAuth"}}var WC,KC,JC,Dg=p(()=>{we();T();WC=async(t,e,r)=>({operation:te(e).operation,region:await W(t.
region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});KC=t=>{let e=[];return t.operation==="GetRoleCredentials"?e.push(
OU(t)):e.push(bU(t)),e},JC=t=>{let e=ur(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??[])})}});var YC,XC,Ng=p(()=>{YC=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"awsssoporta\
l"}),XC={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var Ii,sn,mp,QC,rv,fp,kg,ZC,$g,qn,ev,tv,DU,Et,NU,ov,nv=p(()=>{K();Ii="ref",sn=-1,mp=!0,QC="isSet",rv="PartitionResult",fp="booleanEquals",kg="getAttr",ZC={[Ii]:"\
Endpoint"},$g={[Ii]:rv},qn={},ev=[{[Ii]:"Region"}],tv={conditions:[[QC,[ZC]],[QC,ev],["aws.partition",ev,rv],[fp,[{[Ii]:"UseFIPS"},mp]],[fp,[{[Ii]:"UseDualStack"},
mp]],[fp,[{fn:kg,argv:[$g,"supportsDualStack"]},mp]],[fp,[{fn:kg,argv:[$g,"supportsFIPS"]},mp]],["stringEquals",[{fn:kg,argv:[$g,"name"]},"aws-us-gov"]]],results:[
[sn],[sn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[sn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[ZC,
qn],["https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",qn],[sn,"FIPS and DualStack are enabled, but this partition does not support one or\
 both"],["https://portal.sso.{Region}.amazonaws.com",qn],["https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}",qn],[sn,"FIPS is enabled but this parti\
tion does not support FIPS"],["https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}",qn],[sn,"DualStack is enabled but this partition does not suppo\
rt DualStack"],["https://portal.sso.{Region}.{PartitionResult#dnsSuffix}",qn],[sn,"Invalid Configuration: Missing Region"]]},DU=2,Et=1e8,NU=new Int32Array([-1,1,
-1,0,13,3,1,4,Et+12,2,5,Et+12,3,8,6,4,7,Et+11,5,Et+9,Et+10,4,11,9,6,10,Et+8,7,Et+6,Et+7,5,12,Et+5,6,Et+4,Et+5,3,Et+1,14,4,Et+2,Et+3]),ov=rt.from(NU,DU,tv.conditions,
tv.results)});var kU,sv,iv=p(()=>{M();K();nv();kU=new ot({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),sv=(t,e={})=>kU.get(t,()=>Bt(ov,{endpointParams:t,logger:e.
logger}));De.aws=ft});var Kr,Lg=p(()=>{T();Kr=class t extends et{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var gp,hp,yp,Ep,Ug=p(()=>{Lg();gp=class t extends Kr{static shapeId="com.amazonaws.sso#InvalidRequestException";name="InvalidRequestException";$fault="client";constructor(e){
super({name:"InvalidRequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},hp=class t extends Kr{static shapeId="com.amazonaws.sso#R\
esourceNotFoundException";name="ResourceNotFoundException";$fault="client";constructor(e){super({name:"ResourceNotFoundException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},yp=class t extends Kr{static shapeId="com.amazonaws.sso#TooManyRequestsException";name="TooManyRequestsException";$fault="cli\
ent";constructor(e){super({name:"TooManyRequestsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ep=class t extends Kr{static shapeId="\
com.amazonaws.sso#UnauthorizedException";name="UnauthorizedException";$fault="client";constructor(e){super({name:"UnauthorizedException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}}});var $U,LU,UU,FU,MU,BU,HU,jU,GU,zU,VU,qU,WU,KU,JU,xp,Sp,YU,XU,Rp,QU,av,_p,ZU,eF,tF,cv,rF,oF,nF,fr,pv,sF,Ti,iF,aF,cF,pF,lv,lF,dF,uF,mF,fF,gF,dv,wp=p(()=>{Q();Ug();
Lg();$U="AccessTokenType",LU="GetRoleCredentials",UU="GetRoleCredentialsRequest",FU="GetRoleCredentialsResponse",MU="InvalidRequestException",BU="RoleCredential\
s",HU="ResourceNotFoundException",jU="SecretAccessKeyType",GU="SessionTokenType",zU="TooManyRequestsException",VU="UnauthorizedException",qU="accountId",WU="acc\
essKeyId",KU="accessToken",JU="account_id",xp="client",Sp="error",YU="expiration",XU="http",Rp="httpError",QU="httpHeader",av="httpQuery",_p="message",ZU="roleC\
redentials",eF="roleName",tF="role_name",cv="smithy.ts.sdk.synthetic.com.amazonaws.sso",rF="secretAccessKey",oF="sessionToken",nF="x-amz-sso_bearer_token",fr="c\
om.amazonaws.sso",pv=new Z(cv),sF=[-3,cv,"SSOServiceException",0,[],[]];pv.registerError(sF,Kr);Ti=new Z(fr),iF=[-3,fr,MU,{[Sp]:xp,[Rp]:400},[_p],[0]];Ti.registerError(
iF,gp);aF=[-3,fr,HU,{[Sp]:xp,[Rp]:404},[_p],[0]];Ti.registerError(aF,hp);cF=[-3,fr,zU,{[Sp]:xp,[Rp]:429},[_p],[0]];Ti.registerError(cF,yp);pF=[-3,fr,VU,{[Sp]:xp,
[Rp]:401},[_p],[0]];Ti.registerError(pF,Ep);lv=[pv,Ti],lF=[0,fr,$U,8,0],dF=[0,fr,jU,8,0],uF=[0,fr,GU,8,0],mF=[3,fr,UU,0,[eF,qU,KU],[[0,{[av]:tF}],[0,{[av]:JU}],
[()=>lF,{[QU]:nF}]],3],fF=[3,fr,FU,0,[ZU],[[()=>gF,0]]],gF=[3,fr,BU,0,[WU,rF,oF,YU],[0,[()=>dF,0],[()=>uF,0],1]],dv=[9,fr,LU,{[XU]:["GET","/federation/credentia\
ls",200]},()=>mF,()=>fF]});var uv,mv=p(()=>{we();rn();st();on();T();F();k();Dg();iv();wp();uv=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
he,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??sv,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
KC,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new Ee},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new nt}],logger:t?.logger??new _e,protocol:t?.protocol??Wr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.sso",errorTypeRegistries:lv,version:"2019-06-10",serviceTarget:"SWBPortalService"},serviceId:t?.serviceId??"S\
SO",sha256:t?.sha256??ht,urlParser:t?.urlParser??ye,utf8Decoder:t?.utf8Decoder??ie,utf8Encoder:t?.utf8Encoder??ee})});var fv,gv=p(()=>{ai();M();we();T();$();mt();k();ho();mv();fv=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Nt),o=uv(t);Tt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??w(gt,n),bodyLengthChecker:t?.bodyLengthChecker??
Ct,defaultSocketTimeout:xr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:yo.version}),maxAttempts:t?.
maxAttempts??w(Yt,t),region:t?.region??w(Oe,{...tt,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??w({...Qt,default:async()=>(await r()).
retryMode||it},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??w(bt,n),useFipsEndpoint:t?.useFipsEndpoint??w(Ot,n),userAgentAppId:t?.
userAgentAppId??w(tr,n)}}});var hv,yv,Ev=p(()=>{hv=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},yv=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var xv,Sv=p(()=>{M();T();F();Ev();xv=(t,e)=>{let r=Object.assign(rr(t),$t(t),Ht(t),hv(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),jt(r),
yv(r))}});var Wn,Fg=p(()=>{M();st();T();$();K();F();mt();Q();Dg();Ng();gv();Sv();Wn=class extends Te{config;constructor(...[e]){let r=fv(e||{});super(r),this.initConfig=r;
let o=YC(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=pr(a),l=JC(c),d=xv(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Dt(this.config)),this.middlewareStack.use(
Zt(this.config)),this.middlewareStack.use(dr(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),this.middlewareStack.use(dt(this.config,{httpAuthSchemeParametersProvider:WC,identityProviderConfigProvider:async u=>new Ve(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(ut(this.config))}destroy(){super.destroy()}}});var Rv,_v,wv,Iv=p(()=>{T();K();Ng();Rv=Ut(XC,"SWBPortalService","SSOClient",lr),_v={},wv=(t,e,r,o)=>[]});var Kn,Mg=p(()=>{Iv();wp();Kn=class extends Rv(_v,wv,"GetRoleCredentials",dv){}});var hF,Bg,Tv=p(()=>{T();Mg();Fg();hF={GetRoleCredentialsCommand:Kn},Bg=class extends Wn{};zr(hF,Bg)});var Cv=p(()=>{Mg()});var vv=p(()=>{});var Pv=p(()=>{Fg();Tv();Cv();wp();Ug();vv()});var Av={};sr(Av,{GetRoleCredentialsCommand:()=>Kn,SSOClient:()=>Wn});var bv=p(()=>{Pv()});var Ci,Hg,Ov=p(()=>{M();qC();$();Ci=!1,Hg=async({ssoStartUrl:t,ssoSession:e,ssoAccountId:r,ssoRegion:o,ssoRoleName:n,ssoClient:s,clientConfig:i,parentClientConfig:a,
callerClientConfig:c,profile:l,filepath:d,configFilepath:u,ignoreCache:m,logger:f})=>{let g,y="To refresh this SSO session run aws sso login with the correspond\
ing profile.";if(e)try{let ct=await Og({profile:l,filepath:d,configFilepath:u,ignoreCache:m,clientConfig:i,parentClientConfig:a,logger:f})({callerClientConfig:c});
g={accessToken:ct.token,expiresAt:new Date(ct.expiration).toISOString()}}catch(ct){throw new R(ct.message,{tryNextLink:Ci,logger:f})}else try{g=await Os(t)}catch{
throw new R(`The SSO session associated with this profile is invalid. ${y}`,{tryNextLink:Ci,logger:f})}if(new Date(g.expiresAt).getTime()-Date.now()<=0)throw new R(
`The SSO session associated with this profile has expired. ${y}`,{tryNextLink:Ci,logger:f});let{accessToken:h}=g,{SSOClient:S,GetRoleCredentialsCommand:x}=await Promise.resolve().then(()=>(bv(),Av)),
v=s||new S(Object.assign({},i??{},{logger:i?.logger??c?.logger??a?.logger,region:i?.region??o,userAgentAppId:i?.userAgentAppId??c?.userAgentAppId??a?.userAgentAppId})),
A;try{A=await v.send(new x({accountId:r,roleName:n,accessToken:h}))}catch(ct){throw new R(ct,{tryNextLink:Ci,logger:f})}let{roleCredentials:{accessKeyId:L,secretAccessKey:X,
sessionToken:Ae,expiration:nr,credentialScope:vr,accountId:pe}={}}=A;if(!L||!X||!Ae||!nr)throw new R("SSO returns an invalid temporary credential.",{tryNextLink:Ci,
logger:f});let be={accessKeyId:L,secretAccessKey:X,sessionToken:Ae,expiration:new Date(nr),...vr&&{credentialScope:vr},...pe&&{accountId:pe}};return e?B(be,"CRE\
DENTIALS_SSO","s"):B(be,"CREDENTIALS_SSO_LEGACY","u"),be}});var Ip,jg=p(()=>{$();Ip=(t,e)=>{let{sso_start_url:r,sso_account_id:o,sso_region:n,sso_role_name:s}=t;if(!r||!o||!n||!s)throw new R(`Profile is configured with i\
nvalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(t).join(", ")}
Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,{tryNextLink:!1,logger:e});return t}});var Dv,Nv=p(()=>{$();fg();Ov();jg();Dv=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO");let{ssoStartUrl:r,
ssoAccountId:o,ssoRegion:n,ssoRoleName:s,ssoSession:i}=t,{ssoClient:a}=t,c=Ze({profile:t.profile??e?.profile});if(!r&&!o&&!n&&!s&&!i){let d=(await Rr(t))[c];if(!d)
throw new R(`Profile ${c} was not found.`,{logger:t.logger});if(!Zc(d))throw new R(`Profile ${c} is not configured with SSO credentials.`,{logger:t.logger});if(d?.
sso_session){let S=(await $s(t))[d.sso_session],x=` configurations in profile ${c} and sso-session ${d.sso_session}`;if(n&&n!==S.sso_region)throw new R("Conflic\
ting SSO region"+x,{tryNextLink:!1,logger:t.logger});if(r&&r!==S.sso_start_url)throw new R("Conflicting SSO start_url"+x,{tryNextLink:!1,logger:t.logger});d.sso_region=
S.sso_region,d.sso_start_url=S.sso_start_url}let{sso_start_url:u,sso_account_id:m,sso_region:f,sso_role_name:g,sso_session:y}=Ip(d,t.logger);return Hg({ssoStartUrl:u,
ssoSession:y,ssoAccountId:m,ssoRegion:f,ssoRoleName:g,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}else{if(!r||!o||!n||!s)throw new R('Incomplete configu\
ration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',{tryNextLink:!1,logger:t.logger});return Hg({ssoStartUrl:r,
ssoSession:i,ssoAccountId:o,ssoRegion:n,ssoRoleName:s,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}}});var Gg={};sr(Gg,{fromSSO:()=>Dv,isSsoProfile:()=>Zc,validateSsoProfile:()=>Ip});var zg=p(()=>{Nv();fg();jg()});var kv,Vg,$v=p(()=>{M();$();kv=(t,e,r)=>{let o={EcsContainer:async n=>{let{fromHttp:s}=await Promise.resolve().then(()=>(mg(),ug)),{fromContainerMetadata:i}=await Promise.resolve().then(()=>(Yc(),Jc));
return r?.debug("@aws-sdk/credential-provider-ini - credential_source is EcsContainer"),async()=>Ho(s(n??{}),i(n))().then(Vg)},Ec2InstanceMetadata:async n=>{r?.
debug("@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata");let{fromInstanceMetadata:s}=await Promise.resolve().then(()=>(Yc(),Jc));return async()=>s(
n)().then(Vg)},Environment:async n=>{r?.debug("@aws-sdk/credential-provider-ini - credential_source is Environment");let{fromEnv:s}=await Promise.resolve().then(()=>(tg(),IT));
return async()=>s(n)().then(Vg)}};if(t in o)return o[t];throw new R(`Unsupported credential source in profile ${e}. Got ${t}, expected EcsContainer or Ec2Instan\
ceMetadata or Environment.`,{logger:r})},Vg=t=>B(t,"CREDENTIALS_PROFILE_NAMED_PROVIDER","p")});var vi,Lv=p(()=>{vi={CrtSignerV4:null}});function Fv(t){return{accessKeyId:t.accessKeyId,secretAccessKey:t.secretAccessKey,expiration:t.expiration}}function Mv(t,e){let r=t.credentialProvider;t.credentialProvider=
()=>(t.credentialProvider=r,Promise.resolve(e))}var qg,Uv,Tp,Bv=p(()=>{Bc();qg="X-Amz-S3session-Token",Uv=qg.toLowerCase(),Tp=class extends mo{async signWithCredentials(e,r,o){
let n=Fv(r);e.headers[Uv]=r.sessionToken;let s=this;return Mv(s,n),s.signRequest(e,o??{})}async presignWithCredentials(e,r,o){let n=Fv(r);return delete e.headers[Uv],
e.headers[qg]=r.sessionToken,e.query=e.query??{},e.query[qg]=r.sessionToken,Mv(this,n),this.presign(e,o)}}});var an,Hv=p(()=>{Bc();Lv();Bv();an=class{sigv4aSigner;sigv4Signer;signerOptions;static sigv4aDependency(){return typeof vi.CrtSignerV4=="function"?"crt":typeof Mc.
SignatureV4a=="function"?"js":"none"}constructor(e){this.sigv4Signer=new Tp(e),this.signerOptions=e}async sign(e,r={}){return r.signingRegion==="*"?this.getSigv4aSigner().
sign(e,r):this.sigv4Signer.sign(e,r)}async signWithCredentials(e,r,o={}){if(o.signingRegion==="*"){let n=this.getSigv4aSigner(),s=vi.CrtSignerV4;if(s&&n instanceof
s)return n.signWithCredentials(e,r,o);throw new Error(`signWithCredentials with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signa\
ture-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require(\
"@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-\
sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.signWithCredentials(e,r,o)}async presign(e,r={}){if(r.signingRegion==="*"){let o=this.
getSigv4aSigner(),n=vi.CrtSignerV4;if(n&&o instanceof n)return o.presign(e,r);throw new Error(`presign with signingRegion '*' is only supported when using the C\
RT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the \
package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to\
 https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.presign(e,r)}async presignWithCredentials(e,r,o={}){
if(o.signingRegion==="*")throw new Error("Method presignWithCredentials is not supported for [signingRegion=*].");return this.sigv4Signer.presignWithCredentials(
e,r,o)}getSigv4aSigner(){if(!this.sigv4aSigner){let e=vi.CrtSignerV4,r=Mc.SignatureV4a;if(this.signerOptions.runtime==="node"){if(!e&&!r)throw new Error("Neithe\
r CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https\
://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt");if(e&&typeof e=="function")this.sigv4aSigner=new e({...this.signerOptions,signingAlgorithm:1});else if(r&&
typeof r=="function")this.sigv4aSigner=new r({...this.signerOptions});else throw new Error("Available SigV4a implementation is not a valid constructor. Please e\
nsure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functi\
onality-requiring-aws-common-runtime-crt")}else{if(!r||typeof r!="function")throw new Error("JS SigV4a implementation is not available or not a valid constructo\
r. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also re\
gister the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please \
go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a");this.sigv4aSigner=new r({...this.signerOptions})}}return this.sigv4aSigner}}});var Wg=p(()=>{Hv()});var Yn,cn,Pi,jv,Yv,Ai,Le,Kg,Gv,zv,Vv,qv,Wv,Ue,Jg,Jn,Kv,Jv,yF,q,EF,Xv,Qv=p(()=>{K();Yn="ref",cn=-1,Pi=!0,jv="isSet",Yv="PartitionResult",Ai="booleanEquals",Le="s\
tringEquals",Kg="getAttr",Gv="us-east-1",zv="sigv4",Vv="sts",qv="https://sts.{Region}.{PartitionResult#dnsSuffix}",Wv={[Yn]:"Endpoint"},Ue={[Yn]:"Region"},Jg={[Yn]:Yv},
Jn={},Kv=[Ue],Jv={conditions:[[jv,[Wv]],[jv,Kv],["aws.partition",Kv,Yv],[Ai,[{[Yn]:"UseFIPS"},Pi]],[Ai,[{[Yn]:"UseDualStack"},Pi]],[Le,[Ue,"aws-global"]],[Ai,[{
[Yn]:"UseGlobalEndpoint"},Pi]],[Le,[Ue,"eu-central-1"]],[Ai,[{fn:Kg,argv:[Jg,"supportsDualStack"]},Pi]],[Ai,[{fn:Kg,argv:[Jg,"supportsFIPS"]},Pi]],[Le,[Ue,"ap-s\
outh-1"]],[Le,[Ue,"eu-north-1"]],[Le,[Ue,"eu-west-1"]],[Le,[Ue,"eu-west-2"]],[Le,[Ue,"eu-west-3"]],[Le,[Ue,"sa-east-1"]],[Le,[Ue,Gv]],[Le,[Ue,"us-east-2"]],[Le,
[Ue,"us-west-2"]],[Le,[Ue,"us-west-1"]],[Le,[Ue,"ca-central-1"]],[Le,[Ue,"ap-southeast-1"]],[Le,[Ue,"ap-northeast-1"]],[Le,[Ue,"ap-southeast-2"]],[Le,[{fn:Kg,argv:[
Jg,"name"]},"aws-us-gov"]]],results:[[cn],["https://sts.amazonaws.com",{authSchemes:[{name:zv,signingName:Vv,signingRegion:Gv}]}],[qv,{authSchemes:[{name:zv,signingName:Vv,
signingRegion:"{Region}"}]}],[cn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[cn,"Invalid Configuration: Dualstack and custom endpoint \
are not supported"],[Wv,Jn],["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Jn],[cn,"FIPS and DualStack are enabled, but this partition does n\
ot support one or both"],["https://sts.{Region}.amazonaws.com",Jn],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",Jn],[cn,"FIPS is enabled but this pa\
rtition does not support FIPS"],["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}",Jn],[cn,"DualStack is enabled but this partition does not support D\
ualStack"],[qv,Jn],[cn,"Invalid Configuration: Missing Region"]]},yF=2,q=1e8,EF=new Int32Array([-1,1,-1,0,30,3,1,4,q+14,2,5,q+14,3,25,6,4,24,7,5,q+1,8,6,9,q+13,
7,q+1,10,10,q+1,11,11,q+1,12,12,q+1,13,13,q+1,14,14,q+1,15,15,q+1,16,16,q+1,17,17,q+1,18,18,q+1,19,19,q+1,20,20,q+1,21,21,q+1,22,22,q+1,23,23,q+1,q+2,8,q+11,q+12,
4,28,26,9,27,q+10,24,q+8,q+9,8,29,q+7,9,q+6,q+7,3,q+3,31,4,q+4,q+5]),Xv=rt.from(EF,yF,Jv.conditions,Jv.results)});var xF,Cp,Yg=p(()=>{M();K();Qv();xF=new ot({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),Cp=(t,e={})=>xF.get(t,()=>Bt(Xv,
{endpointParams:t,logger:e.logger}));De.aws=ft});function eP(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function Xg(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function tP(t){return{schemeId:"smithy.api#noAuth"}}var SF,RF,Zv,_F,wF,rP,oP,Qg=p(()=>{we();Wg();T();K();Yg();SF=t=>async(e,r,o)=>{if(!o)throw new Error("Could \
not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let n=await t(e,r,o),s=te(r)?.commandInstance?.constructor?.getEndpointParameterInstructions;
if(!s)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}'`);let i=await ja(o,{getEndpointParameterInstructions:s},e);return Object.
assign(n,i)},RF=async(t,e,r)=>({operation:te(e).operation,region:await W(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()}),Zv=SF(RF);_F=(t,e,r)=>n=>{let i=t(n).properties?.authSchemes;if(!i)return e(n);let a=[];for(let c of i){let{name:l,properties:d={},...u}=c,m=l.toLowerCase();
l!==m&&console.warn(`HttpAuthScheme has been normalized with lowercasing: '${l}' to '${m}'`);let f;if(m==="sigv4a"){f="aws.auth#sigv4a";let h=i.find(S=>{let x=S.
name.toLowerCase();return x!=="sigv4a"&&x.startsWith("sigv4")});if(an.sigv4aDependency()==="none"&&h)continue}else if(m.startsWith("sigv4"))f="aws.auth#sigv4";else
throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);let g=r[f];if(!g)throw new Error(`Could not find HttpAuthOption creat\
e function for '${f}'`);let y=g(n);y.schemeId=f,y.signingProperties={...y.signingProperties||{},...u,...d},a.push(y)}return a},wF=t=>{let e=[];return t.operation===
"AssumeRoleWithWebIdentity"?(e.push(tP(t)),e.push(Xg(t))):(e.push(eP(t)),e.push(Xg(t))),e},rP=_F(Cp,wF,{"aws.auth#sigv4":eP,"aws.auth#sigv4a":Xg,"smithy.api#noA\
uth":tP}),oP=t=>{let e=ur(t),r=Oc(e);return Object.assign(r,{authSchemePreference:W(t.authSchemePreference??[])})}});var nP,sP,Zg=p(()=>{nP=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??
!1,defaultSigningName:"sts"}),sP={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{
type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}}});var at,vp=p(()=>{T();at=class t extends et{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var bi,Oi,Di,Ni,ki,$i,Li,Ui,eh=p(()=>{vp();bi=class t extends at{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="c\
lient";constructor(e){super({name:"ExpiredTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Oi=class t extends at{static shapeId="\
com.amazonaws.sts#InvalidContextAssertionException";name="InvalidContextAssertionException";$fault="client";constructor(e){super({name:"InvalidContextAssertionE\
xception",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Di=class t extends at{static shapeId="com.amazonaws.sts#MalformedPolicyDocumentExcept\
ion";name="MalformedPolicyDocumentException";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Ni=class t extends at{static shapeId="com.amazonaws.sts#PackedPolicyTooLargeException";name="PackedPolicyTooLargeException";$fault="client";constructor(e){
super({name:"PackedPolicyTooLargeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ki=class t extends at{static shapeId="com.amazonaws\
.sts#RegionDisabledException";name="RegionDisabledException";$fault="client";constructor(e){super({name:"RegionDisabledException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},$i=class t extends at{static shapeId="com.amazonaws.sts#IDPRejectedClaimException";name="IDPRejectedClaimException";$fault="c\
lient";constructor(e){super({name:"IDPRejectedClaimException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Li=class t extends at{static shapeId="\
com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdentityTokenException";$fault="client";constructor(e){super({name:"InvalidIdentityTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ui=class t extends at{static shapeId="com.amazonaws.sts#IDPCommunicationErrorException";name="I\
DPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicationErrorException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}}});var IF,TF,CF,vF,PF,AF,th,bF,OF,DF,NF,rh,kF,iP,$F,LF,UF,FF,MF,BF,HF,jF,GF,zF,VF,qF,aP,cP,pP,lP,WF,KF,JF,YF,XF,QF,dP,ZF,eM,uP,tM,mP,rM,oM,nM,oh,sM,iM,fP,gP,aM,cM,
pM,hP,yP,lM,dM,uM,mM,fM,gM,So,Ro,hM,_o,wo,Io,yM,EM,xM,SM,EP,RM,_M,wM,z,xP,SP,Jr,RP,_P,wP,IP,TP,CP,vP,PP,nh,IM,TM,CM,vM,PM,AM,sh,AP,bP,OP,DP,ih,NP,kP,$P,LP,UP,FP,
MP,bM,OM,DM,ah,ch,Fi=p(()=>{Q();eh();vp();IF="Arn",TF="AccessKeyId",CF="AssumeRole",vF="AssumedRoleId",PF="AssumeRoleRequest",AF="AssumeRoleResponse",th="Assume\
dRoleUser",bF="AssumeRoleWithWebIdentity",OF="AssumeRoleWithWebIdentityRequest",DF="AssumeRoleWithWebIdentityResponse",NF="Audience",rh="Credentials",kF="Contex\
tAssertion",iP="DurationSeconds",$F="Expiration",LF="ExternalId",UF="ExpiredTokenException",FF="FederatedProviderArn",MF="Issuer",BF="InvalidContextAssertionExc\
eption",HF="IDPCommunicationErrorException",jF="IDPRejectedClaimException",GF="InvalidIdentityTokenException",zF="IdentityProvider",VF="Key",qF="MalformedPolicy\
DocumentException",aP="MinimumSessionTokenSize",cP="OriginIdentity",pP="Policy",lP="PolicyArns",WF="ProviderArn",KF="ProvidedContexts",JF="ProvidedContextsListT\
ype",YF="ProvidedContext",XF="PolicyDescriptorType",QF="ProviderId",dP="PackedPolicySize",ZF="PackedPolicyTooLargeException",eM="Provider",uP="RoleArn",tM="Regi\
onDisabledException",mP="RoleSessionName",rM="Subject",oM="SecretAccessKey",nM="SubjectFromWebIdentityToken",oh="SourceIdentity",sM="SerialNumber",iM="SessionTo\
ken",fP="SessionTokenSize",gP="SessionTokenUtilization",aM="SubjectType",cM="Tags",pM="TokenCode",hP="TransactionContext",yP="TrustedIdentityPropagationContext",
lM="TransitiveTagKeys",dM="Tag",uM="Value",mM="WebIdentityToken",fM="arn",gM="accessKeySecretType",So="awsQueryError",Ro="client",hM="clientTokenType",_o="error",
wo="httpError",Io="message",yM="originIdentityIssuerType",EM="originIdentitySubjectType",xM="originIdentitySubjectTypeType",SM="policyDescriptorListType",EP="sm\
ithy.ts.sdk.synthetic.com.amazonaws.sts",RM="transactionContextIdentityProviderMapType",_M="transactionContextValueType",wM="tagListType",z="com.amazonaws.sts",
xP=new Z(EP),SP=[-3,EP,"STSServiceException",0,[],[]];xP.registerError(SP,at);Jr=new Z(z),RP=[-3,z,UF,{[So]:["ExpiredTokenException",400],[_o]:Ro,[wo]:400},[Io],
[0]];Jr.registerError(RP,bi);_P=[-3,z,HF,{[So]:["IDPCommunicationError",400],[_o]:Ro,[wo]:400},[Io],[0]];Jr.registerError(_P,Ui);wP=[-3,z,jF,{[So]:["IDPRejected\
Claim",403],[_o]:Ro,[wo]:403},[Io],[0]];Jr.registerError(wP,$i);IP=[-3,z,BF,{[So]:["InvalidContextAssertion",400],[_o]:Ro,[wo]:400},[Io],[0]];Jr.registerError(IP,
Oi);TP=[-3,z,GF,{[So]:["InvalidIdentityToken",400],[_o]:Ro,[wo]:400},[Io],[0]];Jr.registerError(TP,Li);CP=[-3,z,qF,{[So]:["MalformedPolicyDocument",400],[_o]:Ro,
[wo]:400},[Io],[0]];Jr.registerError(CP,Di);vP=[-3,z,ZF,{[So]:["PackedPolicyTooLarge",400],[_o]:Ro,[wo]:400},[Io],[0]];Jr.registerError(vP,Ni);PP=[-3,z,tM,{[So]:[
"RegionDisabledException",403],[_o]:Ro,[wo]:403},[Io],[0]];Jr.registerError(PP,ki);nh=[xP,Jr],IM=[0,z,gM,8,0],TM=[0,z,hM,8,0],CM=[0,z,yM,8,0],vM=[0,z,EM,8,0],PM=
[0,z,xM,8,0],AM=[0,z,_M,8,0],sh=[3,z,th,0,[vF,IF],[0,0],2],AP=[3,z,PF,0,[uP,mP,lP,pP,iP,cM,lM,LF,sM,pM,oh,KF,aP],[0,0,()=>MP,0,1,()=>OM,64,0,0,0,0,()=>bM,1],2],
bP=[3,z,AF,0,[rh,th,dP,oh,gP,fP],[[()=>ih,0],()=>sh,1,0,1,1]],OP=[3,z,OF,0,[uP,mP,mM,QF,lP,pP,iP,aP],[0,0,[()=>TM,0],0,()=>MP,0,1,1],3],DP=[3,z,DF,0,[rh,nM,th,dP,
eM,NF,oh,gP,fP,yP],[[()=>ih,0],0,()=>sh,1,0,0,0,1,1,[()=>FP,0]]],ih=[3,z,rh,0,[TF,oM,iM,$F],[0,[()=>IM,0],0,4],4],NP=[3,z,cP,0,[rM,aM,MF,FF],[[()=>vM,0],[()=>PM,
0],[()=>CM,0],0]],kP=[3,z,XF,0,[fM],[0]],$P=[3,z,YF,0,[WF,kF],[0,0]],LP=[3,z,dM,0,[VF,uM],[0,0],2],UP=[3,z,hP,0,[zF],[[()=>DM,0]]],FP=[3,z,yP,8,[cP,hP],[[()=>NP,
0],[()=>UP,0]]],MP=[1,z,SM,0,()=>kP],bM=[1,z,JF,0,()=>$P],OM=[1,z,wM,0,()=>LP],DM=[2,z,RM,0,[0,0],[()=>AM,0]],ah=[9,z,CF,0,()=>AP,()=>bP],ch=[9,z,bF,0,()=>OP,()=>DP]});var BP,HP=p(()=>{we();rn();Wg();st();on();T();F();k();Qg();Yg();Fi();BP=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
he,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??Cp,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
rP,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new Ee},{schemeId:"aws.aut\
h#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4a"),signer:new uo},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("s\
mithy.api#noAuth")||(async()=>({})),signer:new nt}],logger:t?.logger??new _e,protocol:t?.protocol??ci,protocolSettings:t?.protocolSettings??{defaultNamespace:"c\
om.amazonaws.sts",errorTypeRegistries:nh,xmlNamespace:"https://sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20\
110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??ht,signerConstructor:t?.signerConstructor??an,urlParser:t?.urlParser??ye,utf8Decoder:t?.utf8Decoder??ie,
utf8Encoder:t?.utf8Encoder??ee})});var jP,GP=p(()=>{ai();M();we();st();T();$();mt();k();ho();HP();jP=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Nt),o=BP(t);Tt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??w(gt,n),bodyLengthChecker:t?.bodyLengthChecker??
Ct,defaultSocketTimeout:xr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:yo.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4")||(async i=>await t.credentialDefaultProvider(i?.__config||
{})()),signer:new Ee},{schemeId:"aws.auth#sigv4a",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4a"),signer:new uo},{schemeId:"smithy.api#noAuth",identityProvider:s=>s.
getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new nt}],maxAttempts:t?.maxAttempts??w(Yt,t),region:t?.region??w(Oe,{...tt,...n}),requestHandler:ke.
create(t?.requestHandler??r),retryMode:t?.retryMode??w({...Qt,default:async()=>(await r()).retryMode||it},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??w(
Dc,n),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??w(bt,n),useFipsEndpoint:t?.useFipsEndpoint??w(Ot,n),userAgentAppId:t?.
userAgentAppId??w(tr,n)}}});var zP,VP,qP=p(()=>{zP=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},VP=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var WP,KP=p(()=>{M();T();F();qP();WP=(t,e)=>{let r=Object.assign(rr(t),$t(t),Ht(t),zP(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),jt(r),
VP(r))}});var To,Pp=p(()=>{M();st();T();$();K();F();mt();Q();Qg();Zg();GP();KP();To=class extends Te{config;constructor(...[e]){let r=jP(e||{});super(r),this.initConfig=r;
let o=nP(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=pr(a),l=oP(c),d=WP(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Dt(this.config)),this.middlewareStack.use(
Zt(this.config)),this.middlewareStack.use(dr(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),this.middlewareStack.use(dt(this.config,{httpAuthSchemeParametersProvider:Zv,identityProviderConfigProvider:async u=>new Ve(
{"aws.auth#sigv4":u.credentials,"aws.auth#sigv4a":u.credentials})})),this.middlewareStack.use(ut(this.config))}destroy(){super.destroy()}}});var Ap,bp,Op,ph=p(()=>{T();K();Zg();Ap=Ut(sP,"AWSSecurityTokenServiceV20110615","STSClient",lr),bp={},Op=(t,e,r,o)=>[]});var pn,Dp=p(()=>{ph();Fi();pn=class extends Ap(bp,Op,"AssumeRole",ah){}});var ln,Np=p(()=>{ph();Fi();ln=class extends Ap(bp,Op,"AssumeRoleWithWebIdentity",ch){}});var NM,kp,JP=p(()=>{T();Dp();Np();Pp();NM={AssumeRoleCommand:pn,AssumeRoleWithWebIdentityCommand:ln},kp=class extends To{};zr(NM,kp)});var YP=p(()=>{Dp();Np()});var XP=p(()=>{});var QP,ZP,eA,tA,rA,oA=p(()=>{M();Dp();Np();QP=t=>{if(typeof t?.Arn=="string"){let e=t.Arn.split(":");if(e.length>4&&e[4]!=="")return e[4]}},ZP=async(t,e,r,o={})=>{
let n=typeof t=="function"?await t():t,s=typeof e=="function"?await e():e,i="",a=n??s??(i=await $f(o)());return r?.debug?.("@aws-sdk/client-sts::resolveRegion",
"accepting first of:",`${n} (credential provider clientConfig)`,`${s} (contextual client)`,`${i} (STS default: AWS_REGION, profile region, or us-east-1)`),a},eA=
(t,e)=>{let r,o;return async(n,s)=>{if(o=n,!r){let{logger:d=t?.parentClientConfig?.logger,profile:u=t?.parentClientConfig?.profile,region:m,requestHandler:f=t?.
parentClientConfig?.requestHandler,credentialProviderLogger:g,userAgentAppId:y=t?.parentClientConfig?.userAgentAppId}=t,h=await ZP(m,t?.parentClientConfig?.region,
g,{logger:d,profile:u}),S=!rA(f);r=new e({...t,userAgentAppId:y,profile:u,credentialDefaultProvider:()=>async()=>o,region:h,requestHandler:S?f:void 0,logger:d})}
let{Credentials:i,AssumedRoleUser:a}=await r.send(new pn(s));if(!i||!i.AccessKeyId||!i.SecretAccessKey)throw new Error(`Invalid response from STS.assumeRole cal\
l with role ${s.RoleArn}`);let c=QP(a),l={accessKeyId:i.AccessKeyId,secretAccessKey:i.SecretAccessKey,sessionToken:i.SessionToken,expiration:i.Expiration,...i.CredentialScope&&
{credentialScope:i.CredentialScope},...c&&{accountId:c}};return B(l,"CREDENTIALS_STS_ASSUME_ROLE","i"),l}},tA=(t,e)=>{let r;return async o=>{if(!r){let{logger:c=t?.
parentClientConfig?.logger,profile:l=t?.parentClientConfig?.profile,region:d,requestHandler:u=t?.parentClientConfig?.requestHandler,credentialProviderLogger:m,userAgentAppId:f=t?.
parentClientConfig?.userAgentAppId}=t,g=await ZP(d,t?.parentClientConfig?.region,m,{logger:c,profile:l}),y=!rA(u);r=new e({...t,userAgentAppId:f,profile:l,region:g,
requestHandler:y?u:void 0,logger:c})}let{Credentials:n,AssumedRoleUser:s}=await r.send(new ln(o));if(!n||!n.AccessKeyId||!n.SecretAccessKey)throw new Error(`Inv\
alid response from STS.assumeRoleWithWebIdentity call with role ${o.RoleArn}`);let i=QP(s),a={accessKeyId:n.AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.
SessionToken,expiration:n.Expiration,...n.CredentialScope&&{credentialScope:n.CredentialScope},...i&&{accountId:i}};return i&&B(a,"RESOLVED_ACCOUNT_ID","T"),B(a,
"CREDENTIALS_STS_ASSUME_ROLE_WEB_ID","k"),a}},rA=t=>t?.metadata?.handlerProtocol==="h2"});var nA,sA,iA,kM,aA=p(()=>{oA();Pp();nA=(t,e)=>e?class extends t{constructor(o){super(o);for(let n of e)this.middlewareStack.use(n)}}:t,sA=(t={},e)=>eA(t,nA(To,e)),
iA=(t={},e)=>tA(t,nA(To,e)),kM=t=>e=>t({roleAssumer:sA(e),roleAssumerWithWebIdentity:iA(e),...e})});var lh={};sr(lh,{$Command:()=>cr,AssumeRole$:()=>ah,AssumeRoleCommand:()=>pn,AssumeRoleRequest$:()=>AP,AssumeRoleResponse$:()=>bP,AssumeRoleWithWebIdentity$:()=>ch,
AssumeRoleWithWebIdentityCommand:()=>ln,AssumeRoleWithWebIdentityRequest$:()=>OP,AssumeRoleWithWebIdentityResponse$:()=>DP,AssumedRoleUser$:()=>sh,Credentials$:()=>ih,
ExpiredTokenException:()=>bi,ExpiredTokenException$:()=>RP,IDPCommunicationErrorException:()=>Ui,IDPCommunicationErrorException$:()=>_P,IDPRejectedClaimException:()=>$i,
IDPRejectedClaimException$:()=>wP,InvalidContextAssertionException:()=>Oi,InvalidContextAssertionException$:()=>IP,InvalidIdentityTokenException:()=>Li,InvalidIdentityTokenException$:()=>TP,
MalformedPolicyDocumentException:()=>Di,MalformedPolicyDocumentException$:()=>CP,OriginIdentity$:()=>NP,PackedPolicyTooLargeException:()=>Ni,PackedPolicyTooLargeException$:()=>vP,
PolicyDescriptorType$:()=>kP,ProvidedContext$:()=>$P,RegionDisabledException:()=>ki,RegionDisabledException$:()=>PP,STS:()=>kp,STSClient:()=>To,STSServiceException:()=>at,
STSServiceException$:()=>SP,Tag$:()=>LP,TransactionContext$:()=>UP,TrustedIdentityPropagationContext$:()=>FP,__Client:()=>Te,decorateDefaultCredentialProvider:()=>kM,
errorTypeRegistries:()=>nh,getDefaultRoleAssumer:()=>sA,getDefaultRoleAssumerWithWebIdentity:()=>iA});var dh=p(()=>{Pp();JP();YP();T();Fi();eh();XP();aA();vp()});var pA,$M,LM,lA,cA,dA=p(()=>{M();$();$v();pA=(t,{profile:e="default",logger:r}={})=>!!t&&typeof t=="object"&&typeof t.role_arn=="string"&&["undefined","string"].
indexOf(typeof t.role_session_name)>-1&&["undefined","string"].indexOf(typeof t.external_id)>-1&&["undefined","string"].indexOf(typeof t.mfa_serial)>-1&&($M(t,{
profile:e,logger:r})||LM(t,{profile:e,logger:r})),$M=(t,{profile:e,logger:r})=>{let o=typeof t.source_profile=="string"&&typeof t.credential_source>"u";return o&&
r?.debug?.(`    ${e} isAssumeRoleWithSourceProfile source_profile=${t.source_profile}`),o},LM=(t,{profile:e,logger:r})=>{let o=typeof t.credential_source=="stri\
ng"&&typeof t.source_profile>"u";return o&&r?.debug?.(`    ${e} isCredentialSourceProfile credential_source=${t.credential_source}`),o},lA=async(t,e,r,o,n={},s)=>{
r.logger?.debug("@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)");let i=e[t],{source_profile:a,region:c}=i;if(!r.roleAssumer){let{getDefaultRoleAssumer:d}=await Promise.resolve().then(()=>(dh(),lh));
r.roleAssumer=d({...r.clientConfig,credentialProviderLogger:r.logger,parentClientConfig:{...o,...r?.parentClientConfig,region:c??r?.parentClientConfig?.region??
o?.region}},r.clientPlugins)}if(a&&a in n)throw new R(`Detected a cycle attempting to resolve credentials for profile ${Ze(r)}. Profiles visited: `+Object.keys(
n).join(", "),{logger:r.logger});r.logger?.debug(`@aws-sdk/credential-provider-ini - finding credential resolver using ${a?`source_profile=[${a}]`:`profile=[${t}\
]`}`);let l=a?s(a,e,r,o,{...n,[a]:!0},cA(e[a]??{})):(await kv(i.credential_source,t,r.logger)(r))();if(cA(i))return l.then(d=>B(d,"CREDENTIALS_PROFILE_SOURCE_PR\
OFILE","o"));{let d={RoleArn:i.role_arn,RoleSessionName:i.role_session_name||`aws-sdk-js-${Date.now()}`,ExternalId:i.external_id,DurationSeconds:parseInt(i.duration_seconds||
"3600",10)},{mfa_serial:u}=i;if(u){if(!r.mfaCodeProvider)throw new R(`Profile ${t} requires multi-factor authentication, but no MFA code callback was provided.`,
{logger:r.logger,tryNextLink:!1});d.SerialNumber=u,d.TokenCode=await r.mfaCodeProvider(u)}let m=await l;return r.roleAssumer(m,d).then(f=>B(f,"CREDENTIALS_PROFI\
LE_SOURCE_PROFILE","o"))}},cA=t=>!t.role_arn&&!!t.credential_source});function UM(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"signin",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function FM(t){return{schemeId:"smithy.api#noAuth"}}var uA,mA,fA,uh=p(()=>{we();T();uA=async(t,e,r)=>({operation:te(e).operation,region:await W(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});mA=t=>{let e=[];return t.operation==="CreateOAuth2Token"?e.push(FM(t)):e.push(UM(
t)),e},fA=t=>{let e=ur(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??[])})}});var gA,hA,mh=p(()=>{gA=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"signin"}),hA=
{UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var Po,Co,yA,Xn,EA,Qn,xA,gh,Yr,fh,SA,RA,vo,TA,_A,$p,qe,wA,IA,MM,j,BM,CA,vA=p(()=>{K();Po="ref",Co=-1,yA=!1,Xn=!0,EA="isSet",Qn="booleanEquals",xA="coalesce",gh=
"PartitionResult",Yr="stringEquals",fh="getAttr",SA="https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}",RA={[Po]:"Endpoint"},vo={fn:fh,argv:[{[Po]:gh},
"name"]},TA={[Po]:"Region"},_A={[Po]:gh},$p={authSchemes:[{name:"sigv4",signingName:"signin",signingRegion:"{Region}"}]},qe={},wA=[TA],IA={conditions:[[EA,wA],[
Qn,[{fn:xA,argv:[{[Po]:"IsControlPlane"},yA]},Xn]],[EA,[RA]],["aws.partition",wA,gh],[Qn,[{[Po]:"UseFIPS"},Xn]],[Yr,[vo,"aws"]],[Qn,[{fn:xA,argv:[{[Po]:"IsOAuth\
Endpoint"},yA]},Xn]],[Qn,[{[Po]:"UseDualStack"},Xn]],[Yr,[vo,"aws-cn"]],[Yr,[TA,"us-gov-west-1"]],[Yr,[vo,"aws-us-gov"]],[Qn,[{fn:fh,argv:[_A,"supportsFIPS"]},Xn]],
[Yr,[vo,"aws-iso"]],[Yr,[vo,"aws-iso-b"]],[Yr,[vo,"aws-iso-f"]],[Yr,[vo,"aws-iso-e"]],[Yr,[vo,"aws-eusc"]],[Qn,[{fn:fh,argv:[_A,"supportsDualStack"]},Xn]]],results:[
[Co],["https://signin.{Region}.api.aws",$p],["https://signin.{Region}.api.amazonwebservices.com.cn",$p],[SA,$p],[Co,"FIPS endpoints are not supported for OAuth \
operations. Disable FIPS or use a non-OAuth operation."],["https://{Region}.oauth.signin.aws",$p],["https://{Region}.signin.aws.amazon.com",qe],["https://{Regio\
n}.signin.amazonaws.cn",qe],["https://{Region}.signin.amazonaws-us-gov.com",qe],["https://{Region}.signin.c2shome.ic.gov",qe],["https://{Region}.signin.sc2shome\
.sgov.gov",qe],["https://{Region}.signin.csphome.hci.ic.gov",qe],["https://{Region}.signin.csphome.adc-e.uk",qe],["https://{Region}.signin.amazonaws-eusc.eu",qe],
["https://signin-fips.amazonaws-us-gov.com",qe],["https://{Region}.signin-fips.amazonaws-us-gov.com",qe],["https://{Region}.signin.{PartitionResult#dnsSuffix}",
qe],[Co,"Invalid Configuration: FIPS and custom endpoint are not supported"],[Co,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[RA,qe],
["https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",qe],[Co,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://signin-fips.{Region}.{PartitionResult#dnsSuffix}",qe],[Co,"FIPS is enabled but this partition does not support FIPS"],[SA,qe],[Co,"DualStack is enable\
d but this partition does not support DualStack"],["https://signin.{Region}.{PartitionResult#dnsSuffix}",qe],[Co,"Invalid Configuration: Missing Region"]]},MM=2,
j=1e8,BM=new Int32Array([-1,1,-1,0,6,3,2,36,4,4,5,j+27,6,j+4,j+27,1,29,7,2,36,8,3,9,31,4,22,10,5,19,11,7,21,12,8,j+7,13,10,j+8,14,12,j+9,15,13,j+10,16,14,j+11,17,
15,j+12,18,16,j+13,j+16,6,j+5,20,7,21,j+6,17,j+24,j+25,6,j+4,23,7,27,24,9,j+14,25,10,j+15,26,11,j+22,j+23,11,28,j+21,17,j+20,j+21,2,35,30,3,39,31,4,32,j+27,6,j+
4,33,7,j+27,34,9,j+14,j+27,3,39,36,4,38,37,7,j+18,j+19,6,j+4,j+17,5,j+1,40,8,j+2,j+3]),CA=rt.from(BM,MM,IA.conditions,IA.results)});var HM,PA,AA=p(()=>{M();K();vA();HM=new ot({size:50,params:["Endpoint","IsControlPlane","IsOAuthEndpoint","Region","UseDualStack","UseFIPS"]}),PA=(t,e={})=>HM.get(
t,()=>Bt(CA,{endpointParams:t,logger:e.logger}));De.aws=ft});var Cr,Lp=p(()=>{T();Cr=class t extends et{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Mi,Bi,Hi,ji,hh=p(()=>{Lp();Mi=class t extends Cr{static shapeId="com.amazonaws.signin#AccessDeniedException";name="AccessDeniedException";$fault="client";error;constructor(e){
super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},Bi=class t extends Cr{static shapeId="co\
m.amazonaws.signin#InternalServerException";name="InternalServerException";$fault="server";error;constructor(e){super({name:"InternalServerException",$fault:"se\
rver",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},Hi=class t extends Cr{static shapeId="com.amazonaws.signin#TooManyRequestsError";name="\
TooManyRequestsError";$fault="client";error;constructor(e){super({name:"TooManyRequestsError",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.
error=e.error}},ji=class t extends Cr{static shapeId="com.amazonaws.signin#ValidationException";name="ValidationException";$fault="client";error;constructor(e){
super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}}});var jM,GM,zM,VM,qM,WM,KM,JM,YM,XM,QM,ZM,eB,tB,rB,bA,yh,oB,Rh,OA,DA,nB,Ao,Eh,sB,xh,iB,UA,_h,NA,Fe,Fp,aB,Up,kA,FA,$A,LA,cB,pB,lB,Sh,dB,We,MA,BA,Gi,HA,jA,GA,zA,wh,
uB,VA,qA,WA,KA,JA,YA,XA,QA,Ih,Th,zi=p(()=>{Q();hh();Lp();jM="AccessDeniedException",GM="AccessToken",zM="CreateOAuth2Token",VM="CreateOAuth2TokenRequest",qM="Cr\
eateOAuth2TokenRequestBody",WM="CreateOAuth2TokenResponseBody",KM="CreateOAuth2TokenResponse",JM="CreateOAuth2TokenWithIAM",YM="CreateOAuth2TokenWithIAMRequest",
XM="CreateOAuth2TokenWithIAMResponse",QM="InternalServerException",ZM="OAuthAccessToken",eB="RefreshToken",tB="TooManyRequestsError",rB="ValidationException",bA=
"accessKeyId",yh="accessToken",oB="access_token",Rh="client",OA="clientId",DA="codeVerifier",nB="code",Ao="error",Eh="expiresIn",sB="expires_in",xh="grantType",
iB="grant_type",UA="http",_h="httpError",NA="idToken",Fe="jsonName",Fp="message",aB="resource",Up="refreshToken",kA="redirectUri",FA="smithy.ts.sdk.synthetic.co\
m.amazonaws.signin",$A="secretAccessKey",LA="sessionToken",cB="server",pB="tokenInput",lB="tokenOutput",Sh="tokenType",dB="token_type",We="com.amazonaws.signin",
MA=new Z(FA),BA=[-3,FA,"SigninServiceException",0,[],[]];MA.registerError(BA,Cr);Gi=new Z(We),HA=[-3,We,jM,{[Ao]:Rh},[Ao,Fp],[0,0],2];Gi.registerError(HA,Mi);jA=
[-3,We,QM,{[Ao]:cB,[_h]:500},[Ao,Fp],[0,0],2];Gi.registerError(jA,Bi);GA=[-3,We,tB,{[Ao]:Rh,[_h]:429},[Ao,Fp],[0,0],2];Gi.registerError(GA,Hi);zA=[-3,We,rB,{[Ao]:Rh,
[_h]:400},[Ao,Fp],[0,0],2];Gi.registerError(zA,ji);wh=[MA,Gi],uB=[0,We,ZM,8,0],VA=[0,We,eB,8,0],qA=[3,We,GM,8,[bA,$A,LA],[[0,{[Fe]:bA}],[0,{[Fe]:$A}],[0,{[Fe]:LA}]],
3],WA=[3,We,VM,0,[pB],[[()=>KA,16]],1],KA=[3,We,qM,0,[OA,xh,nB,kA,DA,Up],[[0,{[Fe]:OA}],[0,{[Fe]:xh}],0,[0,{[Fe]:kA}],[0,{[Fe]:DA}],[()=>VA,{[Fe]:Up}]],2],JA=[3,
We,KM,0,[lB],[[()=>YA,16]],1],YA=[3,We,WM,0,[yh,Sh,Eh,Up,NA],[[()=>qA,{[Fe]:yh}],[0,{[Fe]:Sh}],[1,{[Fe]:Eh}],[()=>VA,{[Fe]:Up}],[0,{[Fe]:NA}]],4],XA=[3,We,YM,0,
[xh,aB],[[0,{[Fe]:iB}],0],2],QA=[3,We,XM,0,[yh,Sh,Eh],[[()=>uB,{[Fe]:oB}],[0,{[Fe]:dB}],[1,{[Fe]:sB}]],3],Ih=[9,We,zM,{[UA]:["POST","/v1/token",200]},()=>WA,()=>JA],
Th=[9,We,JM,{[UA]:["POST","/v1/token?x-amz-client-auth-method=iam",200]},()=>XA,()=>QA]});var ZA,eb=p(()=>{we();rn();st();on();T();F();k();uh();AA();zi();ZA=t=>({apiVersion:"2023-01-01",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
he,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??PA,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
mA,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new Ee},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new nt}],logger:t?.logger??new _e,protocol:t?.protocol??Wr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.signin",errorTypeRegistries:wh,version:"2023-01-01",serviceTarget:"Signin"},serviceId:t?.serviceId??"Signin",
sha256:t?.sha256??ht,urlParser:t?.urlParser??ye,utf8Decoder:t?.utf8Decoder??ie,utf8Encoder:t?.utf8Encoder??ee})});var tb,rb=p(()=>{ai();M();we();T();$();mt();k();ho();eb();tb=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Nt),o=ZA(t);Tt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??w(gt,n),bodyLengthChecker:t?.bodyLengthChecker??
Ct,defaultSocketTimeout:xr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:yo.version}),maxAttempts:t?.
maxAttempts??w(Yt,t),region:t?.region??w(Oe,{...tt,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??w({...Qt,default:async()=>(await r()).
retryMode||it},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??w(bt,n),useFipsEndpoint:t?.useFipsEndpoint??w(Ot,n),userAgentAppId:t?.
userAgentAppId??w(tr,n)}}});var ob,nb,sb=p(()=>{ob=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},nb=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var ib,ab=p(()=>{M();T();F();sb();ib=(t,e)=>{let r=Object.assign(rr(t),$t(t),Ht(t),ob(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),jt(r),
nb(r))}});var Vi,Ch=p(()=>{M();st();T();$();K();F();mt();Q();uh();mh();rb();ab();Vi=class extends Te{config;constructor(...[e]){let r=tb(e||{});super(r),this.initConfig=r;
let o=gA(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=pr(a),l=fA(c),d=ib(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Dt(this.config)),this.middlewareStack.use(
Zt(this.config)),this.middlewareStack.use(dr(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),this.middlewareStack.use(dt(this.config,{httpAuthSchemeParametersProvider:uA,identityProviderConfigProvider:async u=>new Ve(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(ut(this.config))}destroy(){super.destroy()}}});var Mp,cb,pb,Bp,vh=p(()=>{T();K();mh();Mp=Ut(hA,"Signin","SigninClient",lr),cb={IsControlPlane:{type:"staticContextParams",value:!1}},pb={IsOAuthEndpoint:{type:"\
staticContextParams",value:!0}},Bp=(t,e,r,o)=>[]});var qi,Ph=p(()=>{vh();zi();qi=class extends Mp(cb,Bp,"CreateOAuth2Token",Ih){}});var Wi,Ah=p(()=>{vh();zi();Wi=class extends Mp(pb,Bp,"CreateOAuth2TokenWithIAM",Th){}});var mB,Hp,lb=p(()=>{T();Ph();Ah();Ch();mB={CreateOAuth2TokenCommand:qi,CreateOAuth2TokenWithIAMCommand:Wi},Hp=class extends Vi{};zr(mB,Hp)});var db=p(()=>{Ph();Ah()});var fB,ub=p(()=>{fB={AUTHCODE_EXPIRED:"AUTHCODE_EXPIRED",CONFLICT:"CONFLICT",INSUFFICIENT_PERMISSIONS:"INSUFFICIENT_PERMISSIONS",INVALID_REQUEST:"INVALID_REQUES\
T",OAUTH_INVALID_CLIENT:"invalid_client",OAUTH_INVALID_GRANT:"invalid_grant",OAUTH_INVALID_REQUEST:"invalid_request",OAUTH_INVALID_SCOPE:"invalid_scope",OAUTH_INVALID_TARGET:"\
invalid_target",OAUTH_RATE_EXCEEDED:"rate_exceeded",OAUTH_SERVICE_UNAVAILABLE:"service_unavailable",OAUTH_UNSUPPORTED_GRANT_TYPE:"unsupported_grant_type",RESOURCE_NOT_FOUND:"\
RESOURCE_NOT_FOUND",SERVER_ERROR:"server_error",SERVICE_QUOTA_EXCEEDED:"SERVICE_QUOTA_EXCEEDED",TOKEN_EXPIRED:"TOKEN_EXPIRED",USER_CREDENTIALS_CHANGED:"USER_CRE\
DENTIALS_CHANGED"}});var mb=p(()=>{});var fb={};sr(fb,{$Command:()=>cr,AccessDeniedException:()=>Mi,AccessDeniedException$:()=>HA,AccessToken$:()=>qA,CreateOAuth2Token$:()=>Ih,CreateOAuth2TokenCommand:()=>qi,
CreateOAuth2TokenRequest$:()=>WA,CreateOAuth2TokenRequestBody$:()=>KA,CreateOAuth2TokenResponse$:()=>JA,CreateOAuth2TokenResponseBody$:()=>YA,CreateOAuth2TokenWithIAM$:()=>Th,
CreateOAuth2TokenWithIAMCommand:()=>Wi,CreateOAuth2TokenWithIAMRequest$:()=>XA,CreateOAuth2TokenWithIAMResponse$:()=>QA,InternalServerException:()=>Bi,InternalServerException$:()=>jA,
OAuth2ErrorCode:()=>fB,Signin:()=>Hp,SigninClient:()=>Vi,SigninServiceException:()=>Cr,SigninServiceException$:()=>BA,TooManyRequestsError:()=>Hi,TooManyRequestsError$:()=>GA,
ValidationException:()=>ji,ValidationException$:()=>zA,__Client:()=>Te,errorTypeRegistries:()=>wh});var gb=p(()=>{Ch();lb();db();T();zi();ub();hh();mb();Lp()});var bo,jp,hb,Ki,Gp,yb=p(()=>{$();F();bo=require("node:crypto"),jp=require("node:fs"),hb=require("node:os"),Ki=require("node:path"),Gp=class t{profileData;init;callerClientConfig;static REFRESH_THRESHOLD=300*
1e3;constructor(e,r,o){this.profileData=e,this.init=r,this.callerClientConfig=o}async loadCredentials(){let e=await this.loadToken();if(!e)throw new R(`Failed t\
o load a token for session ${this.loginSession}, please re-authenticate using aws login`,{tryNextLink:!1,logger:this.logger});let r=e.accessToken,o=Date.now();return new Date(
r.expiresAt).getTime()-o<=t.REFRESH_THRESHOLD?this.refresh(e):this.toCredentials(e.accessToken)}get logger(){return this.init?.logger}get loginSession(){return this.
profileData.login_session}toCredentials(e){return{accessKeyId:e.accessKeyId,secretAccessKey:e.secretAccessKey,sessionToken:e.sessionToken,accountId:e.accountId,
expiration:new Date(e.expiresAt)}}async refresh(e){let r=await this.loadToken().catch(()=>e),o=Date.now(),n=new Date(r.accessToken.expiresAt).getTime(),s=new Date(
e.accessToken.expiresAt).getTime(),i=n<=o&&s>o?e:r;if(new Date(i.accessToken.expiresAt).getTime()-Date.now()>t.REFRESH_THRESHOLD)return this.toCredentials(i.accessToken);
let{SigninClient:c,CreateOAuth2TokenCommand:l}=await Promise.resolve().then(()=>(gb(),fb)),{logger:d,userAgentAppId:u}=this.callerClientConfig??{},f=(x=>x?.metadata?.
handlerProtocol==="h2")(this.callerClientConfig?.requestHandler)?void 0:this.callerClientConfig?.requestHandler,g=typeof i.signInRegion=="string"&&i.signInRegion.
length>0?i.signInRegion:void 0,y=g??this.profileData.region??await this.callerClientConfig?.region?.()??process.env.AWS_REGION,h=new c({credentials:{accessKeyId:"",
secretAccessKey:""},region:y,requestHandler:f,logger:d,userAgentAppId:u,...this.init?.clientConfig,...g&&{region:g}});this.createDPoPInterceptor(h.middlewareStack);
let S={tokenInput:{clientId:i.clientId,refreshToken:i.refreshToken,grantType:"refresh_token"}};try{let x=await h.send(new l(S)),{accessKeyId:v,secretAccessKey:A,
sessionToken:L}=x.tokenOutput?.accessToken??{},{refreshToken:X,expiresIn:Ae}=x.tokenOutput??{};if(!v||!A||!L||!X)throw new R("Token refresh response missing req\
uired fields",{logger:this.logger,tryNextLink:!1});let nr=(Ae??900)*1e3,vr=new Date(Date.now()+nr),pe={...i,accessToken:{...i.accessToken,accessKeyId:v,secretAccessKey:A,
sessionToken:L,expiresAt:vr.toISOString()},refreshToken:X};return await this.saveToken(pe),this.toCredentials(pe.accessToken)}catch(x){if(x.name==="AccessDenied\
Exception"){let A=x.error,L;switch(A){case"TOKEN_EXPIRED":L="Your session has expired. Please reauthenticate.";break;case"USER_CREDENTIALS_CHANGED":L="Unable to\
 refresh credentials because of a change in your password. Please reauthenticate with your new password.";break;case"INSUFFICIENT_PERMISSIONS":L="Unable to refr\
esh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.";break;default:L=`Failed to refresh token: ${String(
x)}. Please re-authenticate using \`aws login\``}throw new R(L,{logger:this.logger,tryNextLink:!1})}if(new Date(i.accessToken.expiresAt).getTime()>Date.now())return this.
logger?.warn?.(`Failed to refresh token: ${String(x)}. Using existing token until expiry.`),this.toCredentials(i.accessToken);throw new R(`Failed to refresh tok\
en: ${String(x)}. Please re-authenticate using aws login`,{logger:this.logger})}}async loadToken(){let e=this.getTokenFilePath();try{let r=await jp.promises.readFile(
e,"utf8"),o=JSON.parse(r),n=["accessToken","clientId","refreshToken","dpopKey"].filter(s=>!o[s]);if(o.accessToken?.accountId||n.push("accountId"),n.length>0)throw new R(
`Token validation failed, missing fields: ${n.join(", ")}`,{logger:this.logger,tryNextLink:!1});return o}catch(r){throw new R(`Failed to load token from ${e}: ${String(
r)}`,{logger:this.logger,tryNextLink:!1})}}async saveToken(e){let r=this.getTokenFilePath(),o=(0,Ki.dirname)(r);try{await jp.promises.mkdir(o,{recursive:!0})}catch{}
await jp.promises.writeFile(r,JSON.stringify(e,null,2),"utf8")}getTokenFilePath(){let e=process.env.AWS_LOGIN_CACHE_DIRECTORY??(0,Ki.join)((0,hb.homedir)(),".aw\
s","login","cache"),r=Buffer.from(this.loginSession,"utf8"),o=(0,bo.createHash)("sha256").update(r).digest("hex");return(0,Ki.join)(e,`${o}.json`)}derToRawSignature(e){
let r=2;if(e[r]!==2)throw new Error("Invalid DER signature");r++;let o=e[r++],n=e.subarray(r,r+o);if(r+=o,e[r]!==2)throw new Error("Invalid DER signature");r++;
let s=e[r++],i=e.subarray(r,r+s);n=n[0]===0?n.subarray(1):n,i=i[0]===0?i.subarray(1):i;let a=Buffer.concat([Buffer.alloc(32-n.length),n]),c=Buffer.concat([Buffer.
alloc(32-i.length),i]);return Buffer.concat([a,c])}createDPoPInterceptor(e){e.add(r=>async o=>{if(G.isInstance(o.request)){let n=o.request,s=`${n.protocol}//${n.
hostname}${n.port?`:${n.port}`:""}${n.path}`,i=await this.generateDpop(n.method,s);n.headers={...n.headers,DPoP:i}}return r(o)},{step:"finalizeRequest",name:"dp\
opInterceptor",override:!0})}async generateDpop(e="POST",r){let o=await this.loadToken();try{let n=(0,bo.createPrivateKey)({key:o.dpopKey,format:"pem",type:"sec\
1"}),i=(0,bo.createPublicKey)(n).export({format:"der",type:"spki"}),a=-1;for(let x=0;x<i.length;x++)if(i[x]===4){a=x;break}let c=i.slice(a+1,a+33),l=i.slice(a+33,
a+65),d={alg:"ES256",typ:"dpop+jwt",jwk:{kty:"EC",crv:"P-256",x:c.toString("base64url"),y:l.toString("base64url")}},u={jti:crypto.randomUUID(),htm:e,htu:r,iat:Math.
floor(Date.now()/1e3)},m=Buffer.from(JSON.stringify(d)).toString("base64url"),f=Buffer.from(JSON.stringify(u)).toString("base64url"),g=`${m}.${f}`,y=(0,bo.sign)(
"sha256",Buffer.from(g),n),S=this.derToRawSignature(y).toString("base64url");return`${g}.${S}`}catch(n){throw new R(`Failed to generate Dpop proof: ${n instanceof
Error?n.message:String(n)}`,{logger:this.logger,tryNextLink:!1})}}}});var Eb,xb=p(()=>{M();$();yb();Eb=t=>async({callerClientConfig:e}={})=>{t?.logger?.debug?.("@aws-sdk/credential-providers - fromLoginCredentials");let r=await Rr(
t||{}),o=Ze({profile:t?.profile??e?.profile}),n=r[o];if(!n?.login_session)throw new R(`Profile ${o} does not contain login_session.`,{tryNextLink:!0,logger:t?.logger});
let i=await new Gp(n,t,e).loadCredentials();return B(i,"CREDENTIALS_LOGIN","AD")}});var Sb={};sr(Sb,{fromLoginCredentials:()=>Eb});var Rb=p(()=>{xb()});var _b,wb,Ib=p(()=>{M();_b=t=>!!(t&&t.login_session),wb=async(t,e,r)=>{let{fromLoginCredentials:o}=await Promise.resolve().then(()=>(Rb(),Sb)),n=await o({...e,profile:t})(
{callerClientConfig:r});return B(n,"CREDENTIALS_PROFILE_LOGIN","AC")}});var Tb,Cb=p(()=>{M();Tb=(t,e,r)=>{if(e.Version!==1)throw Error(`Profile ${t} credential_process did not return Version 1.`);if(e.AccessKeyId===void 0||e.SecretAccessKey===
void 0)throw Error(`Profile ${t} credential_process returned invalid credentials.`);if(e.Expiration){let s=new Date;if(new Date(e.Expiration)<s)throw Error(`Pro\
file ${t} credential_process returned expired credentials.`)}let o=e.AccountId;!o&&r?.[t]?.aws_account_id&&(o=r[t].aws_account_id);let n={accessKeyId:e.AccessKeyId,
secretAccessKey:e.SecretAccessKey,...e.SessionToken&&{sessionToken:e.SessionToken},...e.Expiration&&{expiration:new Date(e.Expiration)},...e.CredentialScope&&{credentialScope:e.
CredentialScope},...o&&{accountId:o}};return B(n,"CREDENTIALS_PROCESS","w"),n}});var vb,Pb,Ab,bb=p(()=>{$();vb=require("node:child_process"),Pb=require("node:util");Cb();Ab=async(t,e,r)=>{let o=e[t];if(e[t]){let n=o.credential_process;if(n!==
void 0){let s=(0,Pb.promisify)(Ls?.getTokenRecord?.().exec??vb.exec);try{let{stdout:i}=await s(n),a;try{a=JSON.parse(i.trim())}catch{throw Error(`Profile ${t} c\
redential_process returned invalid JSON.`)}return Tb(t,a,e)}catch(i){throw new R(i.message,{logger:r})}}else throw new R(`Profile ${t} did not contain credentia\
l_process.`,{logger:r})}else throw new R(`Profile ${t} could not be found in shared credentials file.`,{logger:r})}});var Ob,Db=p(()=>{$();bb();Ob=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");let r=await Rr(t);
return Ab(Ze({profile:t.profile??e?.profile}),r,t.logger)}});var bh={};sr(bh,{fromProcess:()=>Ob});var Oh=p(()=>{Db()});var Nb,kb,$b=p(()=>{M();Nb=t=>!!t&&typeof t=="object"&&typeof t.credential_process=="string",kb=async(t,e)=>{let{fromProcess:r}=await Promise.resolve().then(()=>(Oh(),bh)),
o=await r({...t,profile:e})();return B(o,"CREDENTIALS_PROFILE_PROCESS","v")}});var Lb,Ub,Fb=p(()=>{M();Lb=async(t,e,r={},o)=>{let{fromSSO:n}=await Promise.resolve().then(()=>(zg(),Gg));return n({profile:t,logger:r.logger,parentClientConfig:r.
parentClientConfig,clientConfig:r.clientConfig})({callerClientConfig:o}).then(s=>e.sso_session?B(s,"CREDENTIALS_PROFILE_SSO","r"):B(s,"CREDENTIALS_PROFILE_SSO_L\
EGACY","t"))},Ub=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var Dh,Nh,Mb=p(()=>{M();Dh=t=>!!t&&typeof t=="object"&&typeof t.aws_access_key_id=="string"&&typeof t.aws_secret_access_key=="string"&&["undefined","string"].indexOf(
typeof t.aws_session_token)>-1&&["undefined","string"].indexOf(typeof t.aws_account_id)>-1,Nh=async(t,e)=>{e?.logger?.debug("@aws-sdk/credential-provider-ini - \
resolveStaticCredentials");let r={accessKeyId:t.aws_access_key_id,secretAccessKey:t.aws_secret_access_key,sessionToken:t.aws_session_token,...t.aws_credential_scope&&
{credentialScope:t.aws_credential_scope},...t.aws_account_id&&{accountId:t.aws_account_id}};return B(r,"CREDENTIALS_PROFILE","n")}});var Zn,kh=p(()=>{Zn=t=>async e=>{t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");let{roleArn:r,roleSessionName:o,webIdentityToken:n,
providerId:s,policyArns:i,policy:a,durationSeconds:c}=t,{roleAssumerWithWebIdentity:l}=t;if(!l){let{getDefaultRoleAssumerWithWebIdentity:d}=await Promise.resolve().then(()=>(dh(),lh));
l=d({...t.clientConfig,credentialProviderLogger:t.logger,parentClientConfig:{...e?.callerClientConfig,...t.parentClientConfig}},t.clientPlugins)}return l({RoleArn:r,
RoleSessionName:o??`aws-sdk-js-session-${Date.now()}`,WebIdentityToken:n,ProviderId:s,PolicyArns:i,Policy:a,DurationSeconds:c})}});var Hb,Bb,gB,hB,jb,Gb=p(()=>{M();$();Hb=require("node:fs");kh();Bb="AWS_WEB_IDENTITY_TOKEN_FILE",gB="AWS_ROLE_ARN",hB="AWS_ROLE_SESSION_NAME",jb=(t={})=>async e=>{
t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile");let r=t?.webIdentityTokenFile??process.env[Bb],o=t?.roleArn??process.env[gB],n=t?.roleSessionName??
process.env[hB];if(!r||!o)throw new R("Web identity configuration not specified",{logger:t.logger});let s=await Zn({...t,webIdentityToken:Ls?.getTokenRecord?.()[r]??
(0,Hb.readFileSync)(r,{encoding:"ascii"}),roleArn:o,roleSessionName:n})(e);return r===process.env[Bb]&&B(s,"CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN","h"),s}});var $h={};sr($h,{fromTokenFile:()=>jb,fromWebToken:()=>Zn});var zp=p(()=>{Gb();kh()});var zb,Vb,qb=p(()=>{M();zb=t=>!!t&&typeof t=="object"&&typeof t.web_identity_token_file=="string"&&typeof t.role_arn=="string"&&["undefined","string"].indexOf(typeof t.
role_session_name)>-1,Vb=async(t,e,r)=>{let{fromTokenFile:o}=await Promise.resolve().then(()=>(zp(),$h)),n=await o({webIdentityTokenFile:t.web_identity_token_file,
roleArn:t.role_arn,roleSessionName:t.role_session_name,roleAssumerWithWebIdentity:e.roleAssumerWithWebIdentity,logger:e.logger,parentClientConfig:e.parentClientConfig})(
{callerClientConfig:r});return B(n,"CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN","q")}});var Lh,Wb=p(()=>{$();dA();Ib();$b();Fb();Mb();qb();Lh=async(t,e,r,o,n={},s=!1)=>{let i=e[t];if(Object.keys(n).length>0&&Dh(i))return Nh(i,r);if(s||pA(i,{profile:t,
logger:r.logger}))return lA(t,e,r,o,n,Lh);if(Dh(i))return Nh(i,r);if(zb(i))return Vb(i,r,o);if(Nb(i))return kb(r,t);if(Ub(i))return await Lb(t,i,r,o);if(_b(i))return wb(
t,r,o);throw new R(`Could not resolve credentials using profile: [${t}] in configuration/credentials file(s).`,{logger:r.logger})}});var Kb,Jb=p(()=>{$();Wb();Kb=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");let r=await Rr(t);return Lh(
Ze({profile:t.profile??e?.profile}),r,t,e)}});var Yb={};sr(Yb,{fromIni:()=>Kb});var Xb=p(()=>{Jb()});var FN=require("node:fs");var _=class extends Error{constructor(r,o,n){super(`${r}: ${Es(o)} ${n}`);this.option=r;this.rule=n;this.name="InputError"}option;rule;exitCode=2},It=class extends Error{constructor(r,o,n){
super(r,n);this.hint=o;this.name="DeliveryError"}hint;exitCode=1},Ie=class extends It{constructor(e,r){super(e,r),this.name="PrerequisiteError"}},yr=class extends It{constructor(e,r,o){
super(e,r,o),this.name="CredentialsError"}},H=class extends It{constructor(e,r,o){super(e,r,o),this.name="RegistryError"}},Qr=class extends It{constructor(e,r){
super(`gave up after ${e} s (timeout-seconds)${r.length?`, still waiting for ${r.join(", ")}`:""}`,"check that the runner can reach AWS and the registry (proxy,\
 firewall, VPC endpoints, AWS_ENDPOINT_URL_*); raise timeout-seconds if the build or push legitimately takes longer"),this.name="DeadlineError"}},ys=class extends It{constructor(e,r){
super(e,r),this.name="ScanGateError"}},Er=class extends It{constructor(e){super(e,"check HTTPS_PROXY / HTTP_PROXY (host, port, and the user:password in the URL \
if the proxy wants one), or list the host in NO_PROXY to reach it directly"),this.name="ProxyError"}},pa=class extends It{exitCode;constructor(e,r){super(`cance\
lled by ${e}${r.length?` while running ${r.join(", ")}`:""}`),this.name="CancelledError",this.exitCode=128+(e==="SIGINT"?2:15)}},pt=class extends It{constructor(e,r){
super(e,r),this.name="DockerError"}},_k=/[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;function Es(t,e=80){let r=Array.
from(t.slice(0,e*2)),o=r.length>e||t.length>e*2?`${r.slice(0,e).join("")}\u2026`:t;return JSON.stringify(o).replace(_k,n=>`\\u${n.charCodeAt(0).toString(16).padStart(
4,"0")}`)}function En(t){return t instanceof _?{message:t.message,exitCode:2}:t instanceof It?{message:t.message,hint:t.hint,exitCode:t.exitCode}:{message:t instanceof
Error?`${t.name}: ${t.message}`:String(t),exitCode:1}}var _y=t=>`ECR_DELIVER_${t.toUpperCase().replace(/-/g,"_")}`,wy=t=>`ECR_DELIVERED_${t.toUpperCase().replace(/-/g,"_")}`;var Fr=[{name:"registry",description:"Registry host, as ECR returns it, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com`."},{name:"repository-uri",description:"\
Repository URI, `<registry>/<repository>`."},{name:"image",description:"Image reference with the commit SHA tag, `<repository-uri>:<sha>`."},{name:"digest",description:"\
Digest (`sha256:\u2026`) of the pushed manifest."},{name:"image-ref",description:"Image reference pinned by digest, `<repository-uri>@<digest>`."},{name:"tags",
type:"list",description:"Tags applied, comma-separated, the SHA first."},{name:"pushed",type:"boolean",description:"`true`, or `false` when nothing was uploaded\
 (skip-existing hit, immutable SHA already there, or push: false)."},{name:"scan-findings",description:'With `scan-wait`: counts by severity as JSON, e.g. `{"CR\
ITICAL":0,"HIGH":2}`; empty without a scan.'}];function $o(t,e){let r=t[e];return Array.isArray(r)?r.join(","):String(r)}function Iy(t){return Object.fromEntries(
Fr.map(({name:e})=>[e,$o(t,e)]))}var Xy=require("node:child_process"),Qy=require("node:fs");var ky=require("node:fs");var Cy=require("node:crypto");var Ty=128,wk=/^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/,
Ik=/^refs\/(?:tags\/(.+)|heads\/(.+)|pull\/(\d{1,9})\/(?:merge|head))$/;function pu(t){let e=Ik.exec(t);if(e)return e[1]!==void 0?{tag:e[1]}:e[2]!==void 0?{branch:e[2]}:
{pullRequest:Number(e[3])}}function vy(t,e={}){let r=e.pull_request?.number;if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")&&Number.isInteger(r))return{
pullRequest:r};let o=t.GITHUB_REF?pu(t.GITHUB_REF):void 0;return o||(t.GITHUB_REF_TYPE==="tag"&&t.GITHUB_REF_NAME?{tag:t.GITHUB_REF_NAME}:t.GITHUB_REF_TYPE==="b\
ranch"&&t.GITHUB_REF_NAME?{branch:t.GITHUB_REF_NAME}:{})}function Py(t){if(t.CIRCLE_TAG)return{tag:t.CIRCLE_TAG};if(t.CIRCLE_PR_NUMBER&&/^\d{1,9}$/.test(t.CIRCLE_PR_NUMBER))
return{pullRequest:Number(t.CIRCLE_PR_NUMBER)};let e=/\/pull\/(\d{1,9})\/?$/.exec(t.CIRCLE_PULL_REQUEST??"")?.[1];return{...t.CIRCLE_BRANCH?{branch:t.CIRCLE_BRANCH}:
{},...e?{pullRequest:Number(e)}:{}}}function Tk(t){let e=wk.exec(t);if(!e)return;let[,r,o,n,s,i]=e,a=t.replace(/^v/,"");if(s!==void 0||i!==void 0)return{tags:[a.
replace("+","_")],version:a};let c=[`${r}.${o}.${n}`,`${r}.${o}`];return r!=="0"&&c.push(r),{tags:c,version:a}}function Ay(t){let e=t.toLowerCase().replace(/[^a-z0-9_.-]+/g,
"-").replace(/^[.-]+/,"").replace(/-+$/,""),r=(0,Cy.createHash)("sha256").update(t).digest("hex").slice(0,7);return e?e.length<=Ty?e:`${e.slice(0,Ty-r.length-1).
replace(/[.-]+$/,"")}-${r}`:`branch-${r}`}function by(t,e){let r=[],o;if(e.semverTags&&t.tag!==void 0){let n=Tk(t.tag);n&&(r.push(...n.tags),o=n.version)}return e.
branchTag&&(t.branch!==void 0&&r.push(Ay(t.branch)),t.pullRequest!==void 0&&r.push(`pr-${t.pullRequest}`)),{tags:[...new Set(r)],version:o}}function Oy(t,e){let r=t.
length||e.tags.length?[...t]:["latest"];for(let o of e.tags)o.includes(".")&&e.version!==void 0?r.push("*.*"):/^pr-\d+$/.test(o)?r.push("pr-*"):r.push(o);return[
...new Set(r)]}var lu=5;function Dy(t,e,r){for(let o of t.tags){let n=r(o);if(!n)continue;let s=o===`pr-${e.pullRequest}`||e.branch!==void 0&&o===Ay(e.branch)?"\
branch-tag":"semver-tags";throw new _(s,o,`${n} (derived from the git ref)`)}}var xn=require("node:fs");var se=(t,e)=>r=>t.test(r)?void 0:e;function Sn(t,e,r){if(r)throw new _(t,e,r)}var le=(t,e=r=>r)=>({type:"string",parse:(r,o)=>{let n=e(r);return t&&Sn(o,n,t(n)),
n}}),lt={type:"boolean",parse:(t,e)=>{if(/^(true|1)$/i.test(t))return!0;if(/^(false|0)$/i.test(t))return!1;throw new _(e,t,"is not a boolean: use true or false")}},
la=(t,e)=>({type:"integer",parse:(r,o)=>{let n=/^\d{1,6}$/.test(r)?Number(r):NaN;if(!(n>=t&&n<=e))throw new _(o,r,`is not a whole number from ${t} to ${e}`);return n}}),
Mr=(...t)=>({type:"enum",values:t,parse:(e,r)=>{let o=t.find(n=>n.toUpperCase()===e.toUpperCase());if(o===void 0)throw new _(r,e,`is not one of ${t.join(", ")}`);
return o}}),Lo=(t,{commas:e=!1,max:r=1/0}={})=>({type:"list",parse:(o,n)=>{let s=o.split(e?/[\n,]/:/\n/).map(i=>i.replace(/\r$/,"").trim()).filter(i=>i!=="");for(let i of s)
Sn(n,i,t(i));if(s.length>r)throw new _(n,o,`lists more than ${r} entries`);return[...new Set(s)]}}),Rn=t=>({type:"path",parse:(e,r)=>(t?.(r,e),e)});function Uo(t,e){
if(!(0,xn.existsSync)(e)||!(0,xn.statSync)(e).isFile())throw new _(t,e,"is not a readable file")}function du(t,e){Uo(t,e);try{JSON.parse((0,xn.readFileSync)(e,"\
utf8"))}catch{throw new _(t,e,"does not contain valid JSON")}}var Ck=/^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/,vk=/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/,Pk=/^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/,Ak=/^[\w+=,.@-]{2,64}$/,
bk=/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/,Ok=/^[0-9a-f]{40}$/,Dk=/^\d{12}$/,Nk=/^[\x21-\x7e]{1,256}$/,Be={repository:t=>t.length>=2&&t.length<=256&&Ck.test(t)?
void 0:"is not a valid ECR repository name: lowercase letters and digits, separated by single `.`, `_`, `-` or `/`, 2\u2013256 characters",region:se(Pk,"is not \
an AWS region name like `eu-west-1`"),tag:se(vk,"is not a valid image tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`"),commitSha:se(Ok,"is not a full commit SHA (40 h\
ex characters)"),sessionName:se(Ak,"is not a valid STS session name: `[\\w+=,.@-]`, 2\u201364 characters"),account:se(Dk,"is not an AWS account id (12 digits)"),
audience:se(Nk,"is not a valid audience: 1\u2013256 printable characters, no spaces")},$y=t=>t.split(",").every(e=>bk.test(e.trim()))?void 0:"is not a comma-sep\
arated list of `os/arch[/variant]`",Ny=/^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/,uu="public.ecr.aws/",Ly={type:"list",parse:(t,e)=>Lo(se(Ny,"is not an \
ECR registry id (12 digits) or `ID@REGION`"),{commas:!0}).parse(t,e).map(r=>{let[,o,n]=Ny.exec(r);return n?{id:o,region:n}:{id:o}})},da=t=>({type:"string",parse:(e,r)=>{
let o=e.startsWith("file://")?e.slice(7):void 0;o!==void 0&&Uo(r,o);let n=o!==void 0?(0,ky.readFileSync)(o,"utf8"):e;if(n.length>t)throw new _(r,e,`is longer th\
an ECR Public's limit of ${t} characters`);return n}}),Uy={type:"string",parse:(t,e)=>{let r=pu(t);if(!r)throw new _(e,t,"is not a git ref: `refs/tags/NAME`, `r\
efs/heads/NAME` or `refs/pull/N/merge`");return r}},mu=t=>t.startsWith(uu),Fy=t=>/^[a-z0-9][a-z0-9-]{1,49}\//.test(t.slice(uu.length))?void 0:"is not `public.ec\
r.aws/<alias>/<name>`";function Br(t){return mu(t)?t.slice(uu.length).split("/").slice(1).join("/"):t}var My="[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})",By="[A-Za-z0-9.\
_-]{1,100}",kk=new RegExp(`^${My}/${By}$`),$k=new RegExp(`^${My}@\\d{1,20}/${By}@\\d{1,20}$`),Hy=/^(?!\/|-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/+@*?#-]{1,255}$/,jy=/^[^\x00-\x1f\x7f:]{1,255}$/,
fu=/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,Gy=/^[A-Za-z0-9._/+@*#-]{1,255}$/,zy=/^arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)$/,
Vy=/^[a-z0-9*][a-z0-9._/*-]{0,255}$/,Lk=/^(?:https:\/\/)?[a-z0-9.-]+(?::\d+)?(?:\/[\w./-]+)?$/i,qy=t=>kk.test(t)||$k.test(t)?void 0:"is not a GitHub repository \
like `octo-org/octo-repo`, or `octo-org@123456/octo-repo@456789` with the immutable ids",Wy=se(Hy,"is not a git branch name"),Ky=se(Hy,"is not a git tag name"),
Jy=t=>t.length>=2&&t.length<=30&&!Be.repository(t)?void 0:"is not a pull-through cache prefix (2\u201330 characters, ECR's repository naming rule)",Yy={type:"st\
ring",parse:(t,e)=>(Sn(e,t,Lk.test(t)?void 0:"is not an OIDC issuer like `ghe.example.com/_services/token`"),t.replace(/^https:\/\//,"").replace(/\/+$/,""))},gu={
type:"string",parse:t=>!/^(false|0)$/i.test(t)};function Uk(t){return t.GITHUB_ACTIONS==="true"?"github":t.CIRCLECI==="true"?"circleci":"other"}function _n(t,e=process.env,r="deliver"){let o=Uk(e),n=r==="logi\
n"?"":jk(t,e);return{ci:o,region:yu(t.awsRegion,e),commitSha:n,sessionName:t.roleSessionName??Gk(e),sourceUrl:zk(e),release:r==="login"?{tags:[]}:Fk(t,e,o,n)}}function Fk(t,e,r,o){
if(!t.semverTags&&!t.branchTag)return{tags:[]};let n=t.gitRef??Mk(r,e,o),s=by(n,t);return Dy(s,n,Be.tag),s}function Mk(t,e,r){if(t==="github")return vy(e,Zy(e));
if(t==="circleci")return Py(e);let o=hu(["describe","--tags","--exact-match",r]);if(o)return{tag:o};let n=hu(["symbolic-ref","--short","-q","HEAD"]);return n?{branch:n}:
{}}function hu(t){try{return(0,Xy.execFileSync)("git",t,{encoding:"utf8",stdio:["ignore","pipe","ignore"]}).trim()||void 0}catch{return}}function Zy(t){if(!t.GITHUB_EVENT_PATH)
return{};try{return JSON.parse((0,Qy.readFileSync)(t.GITHUB_EVENT_PATH,"utf8"))}catch{return{}}}function yu(t,e){let r=t??(e.AWS_REGION||e.AWS_DEFAULT_REGION);if(!r)
throw new _("aws-region","","is required: set aws-region, or AWS_REGION / AWS_DEFAULT_REGION");let o=Be.region(r);if(o)throw new _("aws-region",r,o);return r}function Zr(t){
return t.startsWith("cn-")?"aws-cn":t.startsWith("us-gov-")?"aws-us-gov":"aws"}function Bk(t){if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")){let e=Zy(
t).pull_request?.head?.sha;if(e)return e}return t.GITHUB_SHA}var Hk=()=>hu(["rev-parse","HEAD"]);function jk(t,e){let r=(t.commitSha??Bk(e)??e.CIRCLE_SHA1??Hk())?.
toLowerCase();if(!r)throw new _("commit-sha","","is required outside GitHub and CircleCI when `git rev-parse HEAD` has no answer");let o=Be.commitSha(r);if(o)throw new _(
"commit-sha",r,o);return r}function Gk(t){return`ecr-deliver-${t.GITHUB_RUN_ID?`${t.GITHUB_RUN_ID}-${t.GITHUB_RUN_ATTEMPT??"1"}`:t.CIRCLE_BUILD_NUM??t.CIRCLE_WORKFLOW_JOB_ID??
String(Date.now())}`.replace(/[^\w+=,.@-]/g,"-").slice(0,64)}function zk(t){if(t.GITHUB_REPOSITORY)return`${t.GITHUB_SERVER_URL??"https://github.com"}/${t.GITHUB_REPOSITORY}`;
let e=t.CIRCLE_REPOSITORY_URL;if(e){let r=/^git@([^:]+):(.+?)(?:\.git)?$/.exec(e);return r?`https://${r[1]}/${r[2]}`:e.replace(/\.git$/,"")}return""}var ir=require("node:fs"),ma=require("node:os"),eo=require("node:path"),Vk=["auths","credHelpers","credsStore","currentContext","proxies"],qk=["buildx","cli-plu\
gins","contexts"];function Eu(t){return t.DOCKER_CONFIG||(0,eo.join)(t.HOME||(0,ma.homedir)(),".docker")}var ua=class t{constructor(e){this.dir=e;process.once("\
exit",this.onExit)}dir;removed=!1;onExit=()=>this.remove();static create(e){let r=new t((0,ir.mkdtempSync)((0,eo.join)((0,ma.tmpdir)(),"ecr-deliver-docker-"))),
o=Eu(e);(0,ir.writeFileSync)((0,eo.join)(r.dir,"config.json"),JSON.stringify(Wk((0,eo.join)(o,"config.json")),null,2),{mode:384});for(let n of qk)(0,ir.existsSync)(
(0,eo.join)(o,n))&&(0,ir.symlinkSync)((0,eo.join)(o,n),(0,eo.join)(r.dir,n));return r}remove(){this.removed||(this.removed=!0,process.off("exit",this.onExit),(0,ir.rmSync)(
this.dir,{recursive:!0,force:!0}))}};function Wk(t){let e;try{e=JSON.parse((0,ir.readFileSync)(t,"utf8"))}catch{return{}}let r=Object.fromEntries(Vk.filter(o=>e[o]!==
void 0).map(o=>[o,e[o]]));return typeof e.credsStore=="string"&&e.credsStore?Kk(r,e.credsStore):r}function Kk(t,e){let{credsStore:r,...o}=t,n=t.auths??{},s={};for(let[
i,a]of Object.entries(n))a?.auth||(s[i]=e);return{...o,credHelpers:{...s,...t.credHelpers}}}var Jk=[/^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/,/^ACTIONS_RUNTIME_TOKEN$/,/^CIRCLE_OIDC_TOKEN/,/^INPUT_/];function wn(t,e){let r=Object.fromEntries(Object.entries(
t).filter(([o])=>!Jk.some(n=>n.test(o))));return e?{...r,...Yk(t),DOCKER_CONFIG:e}:r}function Yk(t){return t.DOCKER_CERT_PATH||!(t.DOCKER_TLS_VERIFY||t.DOCKER_TLS)?
{}:{DOCKER_CERT_PATH:Eu(t)}}var Xk=3e3,to=class{constructor(e,r){this.seconds=e;this.lifetime=r;this.expired=new Promise((o,n)=>{this.fail=n}),this.expired.catch(()=>{})}seconds;lifetime;controller=new AbortController;waiting=[];timer;fail;ending=!1;expired;onCancel=()=>this.
end(new pa(this.lifetime?.cancelled?.reason,this.stillWaiting()));get ms(){return this.seconds*1e3}get signal(){return this.controller.signal}async bound(e){this.
timer=setTimeout(()=>this.end(new Qr(this.seconds,this.stillWaiting())),this.ms);let r=this.lifetime?.cancelled;r?.aborted&&this.onCancel(),r?.addEventListener(
"abort",this.onCancel);try{let o=e().catch(n=>this.ending?this.expired:Promise.reject(n));return await Promise.race([o,this.expired])}finally{clearTimeout(this.
timer),r?.removeEventListener("abort",this.onCancel)}}async watch(e,r){this.controller.signal.throwIfAborted(),this.waiting.push(e);try{return await r()}finally{
this.waiting.splice(this.waiting.indexOf(e),1)}}stillWaiting(){return[...new Set(this.waiting)]}end(e){if(this.ending)return;this.ending=!0,clearTimeout(this.timer),
this.controller.abort(),(this.lifetime?.stopChildren(Xk)??Promise.resolve()).then(()=>this.fail(e))}};function ro(t,e,r){return t?t.watch(e,r):r()}var In=require("node:fs"),yE=require("node:os"),wu=require("node:path");var Fo=require("node:fs");var Qk=/^[A-Za-z0-9_.-]{1,128}$/,Zk=/^[A-Za-z_][A-Za-z0-9_]*$/,e$=/^[A-Za-z_][A-Za-z0-9_]*=/,t$=/^(PATH|HOME|DOCKER_\w*|BUILDX_\w*|BUILDKIT_\w*|ECR_DELIVER_\w*)$/,
r$=t=>`ECR_DELIVER_BUILD_SECRET_${t}`,xs=t=>t.split(`
`).map(e=>e.replace(/\r$/,"").trim()).filter(Boolean),eE=t=>t.includes("=")?`${t.split("=")[0]}=***`:"***";function xu(t,e,r){let o=e.slice(0,Math.max(0,e.indexOf(
"=")));if(!o||!Qk.test(o))throw new _(t,eE(e),"is not `id=\u2026` with an id of letters, digits, `_`, `.` or `-`");if(r?.has(o))throw new _(t,eE(e),"repeats a s\
ecret id");return r?.add(o),o}var tE={type:"list",parse:(t,e)=>{let r=new Set;return xs(t).map(o=>{let n=xu(e,o,r),s=o.slice(n.length+1),i=/^env:(.*)$/.exec(s)?.[1];
if(i!==void 0&&!Zk.test(i))throw new _(e,`${n}=env:${i}`,"names no valid environment variable");if(i===void 0&&s==="")throw new _(e,`${n}=`,"has an empty value");
return i!==void 0?{id:n,env:i}:{id:n,value:s}})}},rE={type:"list",parse:(t,e)=>{let r=new Set;return xs(t).map(o=>{let n=xu(e,o,r),s=o.slice(n.length+1);if(!(0,Fo.existsSync)(
s)||!(0,Fo.statSync)(s).isFile())throw new _(e,`${n}=${s}`,"does not name a readable file");return{id:n,path:s}})}},oE={type:"list",parse:(t,e)=>xs(t).map(r=>{if(!r.
includes("=")){if(r!=="default")throw new _(e,r,"is not `default` or `id=PATH`");return{id:r}}let o=xu(e,r),n=r.slice(o.length+1);if(!(0,Fo.existsSync)(n))throw new _(
e,r,"names no existing key file or agent socket");return{id:o,path:n}})},nE={type:"list",parse:(t,e)=>{let r=xs(t);for(let o of r){let n=o.split("=")[0];if(!e$.
test(o))throw new _(e,o.includes("=")?`${n.slice(0,40)}=***`:"***","is not `KEY=VALUE` with KEY made of letters, digits and `_`");if(t$.test(n))throw new _(e,`${n}\
=***`,"is a name the docker CLI reads from its own environment (PATH, HOME, DOCKER_*, BUILDX_*, BUILDKIT_*)")}return[...new Set(r)]}};function Ss(t){return{inline:t.
secrets,files:t.secretFiles,ssh:t.ssh}}var fa=t=>t.inline.length?"secrets":t.files.length?"secret-files":t.ssh.length?"ssh":void 0;function sE(t,e){let r=new Set(
t.inline.map(o=>o.id));for(let o of t.files)if(r.has(o.id))throw new _("secret-files",`${o.id}=${o.path}`,"repeats an id of `secrets`");for(let o of t.inline)if(o.
env&&e[o.env]===void 0)throw new _("secrets",`${o.id}=env:${o.env}`,"names an environment variable that is not set");for(let o of t.ssh)if(!o.path&&!e.SSH_AUTH_SOCK)
throw new _("ssh",o.id,"needs an SSH agent (SSH_AUTH_SOCK is not set), or use `id=PATH` with a key file")}function iE(t,e){let r=[];for(let o of t.inline){let n=o.
value??e[o.env];n&&r.push(n)}for(let o of t.files){let n=(0,Fo.readFileSync)(o.path,"utf8");n.length<=65536&&r.push(n.trim(),...xs(n).filter(s=>s.length>=4))}return[
...new Set(r.filter(Boolean))]}function aE(t){let e=[],r={};t.inline.forEach((o,n)=>{let s=o.env??r$(n);o.value!==void 0&&(r[s]=o.value),e.push("--secret",`id=${o.
id},env=${s}`)});for(let o of t.files)e.push("--secret",`id=${o.id},src=${o.path}`);for(let o of t.ssh)e.push("--ssh",o.path?`${o.id}=${o.path}`:o.id);return{argv:e,
env:r}}var cE={buildx:"buildx (docker buildx build)",buildkit:"the daemon's embedded BuildKit (DOCKER_BUILDKIT=1 docker build)",classic:"the classic builder (DOCKER_BU\
ILDKIT=0 docker build)"};function Su(t){let e=t.DOCKER_BUILDKIT;if(e!==void 0){if(/^(1|t|true)$/i.test(e))return!0;if(/^(0|f|false)$/i.test(e))return!1}}async function pE(t,e,r={}){
let o=Su(e),n=r.buildx??r.buildkit;if(o===!1){if(n)throw new Ie(`${n} needs BuildKit, but DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} selects the classic builder`,"uns\
et DOCKER_BUILDKIT (or set it to 1), or drop the option");return"classic"}let[s,i]=await Promise.all([t.buildx(),t.embeddedBuildkit()]);if(s)return"buildx";if(r.
buildx)throw new Ie(`${r.buildx} needs docker buildx, which this machine does not have`,"install the buildx plugin (GitHub: docker/setup-buildx-action; CircleCI\
: the machine executor has it), or drop the option");if(i)return"buildkit";let a="install the buildx plugin (GitHub: docker/setup-buildx-action), or use a docke\
r CLI older than 23 with the daemon's embedded BuildKit";if(r.buildkit)throw new Ie(`${r.buildkit} needs BuildKit, but this docker CLI cannot build with BuildKi\
t without the buildx plugin`,a);if(o===!0)throw new Ie(`DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} asks for BuildKit, but this docker CLI cannot build with BuildKit w\
ithout the buildx plugin`,a);return"classic"}function lE(t){let e=r=>new RegExp(`^${r}:\\s*(\\S+)`,"m").exec(t)?.[1];return{name:e("Name"),driver:e("Driver")}}function dE(t){
try{return(JSON.parse(t)??[]).some(([r,o])=>r==="driver-type"&&o.startsWith("io.containerd.snapshotter"))}catch{return}}function uE(t){if(t.driver)return t.driver!==
"docker"?!0:t.containerdStore}var o$='turn on the containerd image store ({"features":{"containerd-snapshotter":true}} in daemon.json), use a buildx builder of \
another driver (docker buildx create --use --driver docker-container), or build one platform per job';function Ru(t,e){return new Ie(`platform ${t} needs a buil\
der that builds several platforms: ${e}`,o$)}function ga(t){return[...new Set((t??"").split(",").map(e=>e.trim()).filter(Boolean))]}var Rs=(t,e)=>`${t}-${e.replace(/\//g,"-")}`;function ha(t){let[e,r,o]=t.
split("/");return o?{os:e,architecture:r,variant:o}:{os:e,architecture:r}}function _s(t){let e=t.variant??"";return(t.architecture==="arm64"&&e==="v8"||t.architecture===
"amd64"&&e==="v1")&&(e=""),t.architecture==="arm"&&!e&&(e="v7"),[t.os,t.architecture,e].filter(Boolean).join("/")}var _u=t=>[t.os??"?",t.architecture??"?",t.variant].
filter(Boolean).join("/");function mE(t,e){let r=t.endsWith("/arm")?/^armv(\d)/.exec(e)?.[1]:void 0;return r?`${t}/v${r}`:t}var fE=3,n$=/\b5\d\d\b|Service Unavailable|Bad Gateway|Gateway Time-?out|connection reset|broken pipe|\bEOF\b|i\/o timeout|TLS handshake timeout|connection refused|Client\.Timeout|too ?many ?requests|\b429\b|net\/http/i,
gE=/no basic auth credentials|authentication required|unauthorized|\b401\b|authorization token has expired|denied: Your authorization token/i,hE=t=>t.startsWith(
"-")?`./${t}`:t;function EE(t,e){let r={};return t.platform?.includes(",")?r.buildx="platform":t.provenance&&(r.buildx="provenance"),r.buildkit=fa(e),r}function s$(t,e,r){
let o=e==="buildx",n=o?["buildx","build"]:["build"],s=o?{}:{DOCKER_BUILDKIT:e==="buildkit"?"1":"0"};n.push("--file",hE(t.dockerfile)),e==="classic"&&n.push("--f\
orce-rm");for(let i of t.tags)n.push("--tag",i);for(let[i,a]of Object.entries(t.labels))n.push("--label",`${i}=${a}`);for(let i of t.buildArgs){let a=i.indexOf(
"=");s[i.slice(0,a)]=i.slice(a+1),n.push("--build-arg",i.slice(0,a))}if(t.target&&n.push("--target",t.target),t.platform&&n.push("--platform",t.platform),e!=="c\
lassic"){let i=aE(t.secrets);n.push(...i.argv),Object.assign(s,i.env)}return t.cache&&(o&&n.push("--cache-to","type=inline"),e==="buildkit"&&n.push("--build-arg",
"BUILDKIT_INLINE_CACHE=1"),t.cache.from&&n.push("--cache-from",o?`type=registry,ref=${t.cache.from}`:t.cache.from)),o&&(n.push("--provenance",t.provenance?"mode\
=max":"false"),t.provenance&&n.push("--sbom","true"),n.push(t.pushFromBuilder?"--push":"--load"),r&&n.push("--metadata-file",r)),n.push(hE(t.context)),{argv:n,env:s}}
function i$(t){return/digest: (sha256:[a-f0-9]{64})/.exec(t)?.[1]}var ya=1e4,oo=class{constructor(e,r,o,n=process.env){this.runner=e;this.reporter=r;this.deadline=
o;this.env=n}runner;reporter;deadline;env;run(e,r,o){return ro(this.deadline,`docker ${r[0]==="buildx"?`buildx ${r[1]}`:r[0]}`,()=>this.runner(e,r,{...o,env:o?.
env?{...this.env,...o.env}:this.env}))}async check(){let e;try{e=await this.run("docker",["version","--format","{{.Server.Version}}"],{silent:!0,timeoutMs:ya})}catch{
throw new Ie("docker is not installed: no `docker` command on PATH","use a runner or executor with Docker (CircleCI: the machine executor, or a docker image wit\
h setup_remote_docker)")}if(e.timedOut)throw new Ie(`the docker daemon did not answer within ${ya/1e3} s (docker version)`,"the daemon is hung or overloaded: re\
start the docker engine (or check DOCKER_HOST / the docker context)");if(e.code!==0){let r=e.stderr.trim().split(`
`).pop()??"";throw new Ie(`the docker daemon is not reachable: ${r}`,"start the docker engine (CircleCI docker executor: add `setup_remote_docker`; or use the m\
achine executor)")}}buildx;embedded;chosen;hasBuildx(){return this.buildx??=this.run("docker",["buildx","version"],{silent:!0}).then(e=>e.code===0,()=>!1),this.
buildx}drivesEmbeddedBuildkit(){return this.embedded??=this.run("docker",["build","--help"],{silent:!0,env:{DOCKER_BUILDKIT:"1"}}).then(e=>e.code===0,()=>!1),this.
embedded}builder(e){return this.chosen??=pE({buildx:()=>this.hasBuildx(),embeddedBuildkit:()=>this.drivesEmbeddedBuildkit()},this.env,e).then(r=>(this.reporter.
info(`Builder: ${cE[r]}`),r)),this.chosen}logins=Promise.resolve();login(e){let r=this.logins.then(()=>this.loginNow(e));return this.logins=r.catch(()=>{}),r}async loginNow(e){
this.reporter.secret(e.password),this.reporter.secret(Buffer.from(`${e.username}:${e.password}`).toString("base64"));let r=await this.run("docker",["login","--u\
sername",e.username,"--password-stdin",e.host],{input:Buffer.from(e.password),output:this.reporter.output});if(r.code!==0)throw new pt(`docker login to ${e.host}\
 failed: ${ar(r)}`)}async logout(e){await this.run("docker",["logout",e],{output:this.reporter.output})}async build(e,r){let o=r==="buildx"?(0,In.mkdtempSync)((0,wu.join)(
(0,yE.tmpdir)(),"ecr-deliver-")):void 0,n=o?(0,wu.join)(o,"metadata.json"):void 0;try{let s=await this.runBuild(e,r,n);if(s.code!==0&&e.cache&&/cache/i.test(ar(
s))&&(this.reporter.warning(`the build failed on the layer cache (${ar(s)}); building again without it`),s=await this.runBuild({...e,cache:void 0},r,n)),s.code!==
0&&e.platform&&/Multi-platform build is not supported/i.test(s.stderr))throw Ru(e.platform,ar(s).replace(/^ERROR: /,""));if(s.code!==0)throw new pt(`docker ${r===
"buildx"?"buildx build":"build"} failed (exit ${s.code}): ${ar(s)}`);return!n||!e.pushFromBuilder?void 0:JSON.parse((0,In.readFileSync)(n,"utf8"))["containerima\
ge.digest"]}finally{o&&(0,In.rmSync)(o,{recursive:!0,force:!0})}}runBuild(e,r,o){let{argv:n,env:s}=s$(e,r,o);return this.run("docker",n,{output:this.reporter.output,
env:s})}async pullCache(e){let r=await this.run("docker",["pull","--quiet",e],{output:this.reporter.output});return r.code!==0&&this.reporter.warning(`no layer \
cache: docker pull ${e} failed (${ar(r)}); building without it`),r.code===0}async tag(e,r){let o=await this.run("docker",["tag",e,r],{output:this.reporter.output});
if(o.code!==0)throw new pt(`docker tag ${e} ${r} failed: ${ar(o)}`)}async push(e,r){let o=!1;for(let n=1;;n++){let s=await this.run("docker",["push",e],{output:this.
reporter.output}),i=`${s.stdout}
${s.stderr}`;if(s.code===0){let a=i$(i);if(!a)throw new pt(`docker push ${e} printed no digest`);return a}if(gE.test(i)&&!o){o=!0,this.reporter.warning(`the reg\
istry refused the credentials (${ar(s)}); logging in again`),await r();continue}if(gE.test(i))throw new pt(`docker push ${e} was refused after a fresh login: ${ar(
s)}`,"the credentials need ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage and ecr:BatchCheckLayerAvailability");if(!n$.test(
i)||n>=fE)throw new pt(`docker push ${e} failed after ${n} attempt(s): ${ar(s)}`);this.reporter.warning(`docker push failed (${ar(s)}); retrying (${n}/${fE-1})`),
await new Promise(a=>setTimeout(a,1e3*2**(n-1)))}}async serverPlatform(){let e=async o=>{let n=await this.run("docker",o,{silent:!0,timeoutMs:ya});if(n.code!==0)
throw new pt(`docker ${o[0]} failed: ${ar(n)}`);return n.stdout.trim()},r=await e(["version","--format","{{.Server.Os}}/{{.Server.Arch}}"]);return mE(r,r.endsWith(
"/arm")?await e(["info","--format","{{.Architecture}}"]):"")}async checkPlatforms(e){if(!e?.includes(",")||await this.builder()!=="buildx")return;let r=c=>this.
run("docker",c,{silent:!0,timeoutMs:ya}).then(l=>l.code===0?l.stdout:void 0,()=>{}),o=await r(["buildx","inspect"]),{name:n,driver:s}=o?lE(o):{},i=s==="docker"?
await r(["info","--format","{{json .DriverStatus}}"]):void 0,a=i===void 0?void 0:dE(i);if(uE({name:n,driver:s,containerdStore:a})===!1)throw Ru(e,`buildx's buil\
der ${n??"(current)"} uses the docker driver, and the daemon the classic image store`)}},a$=/^(DEPRECATED:|Install the buildx|https:\/\/docs\.docker\.com\/|WARNING!|Configure a credential helper)/;
function ar(t){let e=n=>n.split(`
`).map(s=>s.trim()).filter(s=>s&&!a$.test(s)),r=e(t.stdout),o=e(t.stderr);return o.filter(n=>n.startsWith("ERROR: ")).pop()??o.pop()??[...r].reverse().find(n=>/error|denied|fail|unauthorized/i.
test(n))??r.pop()??`exit ${t.code}`}var uD=require("node:fs");var dD=require("node:fs");M();st();T();$();K();F();mt();Q();we();T();var yT=async(t,e,r)=>({operation:te(e).operation,region:await W(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function e1(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}var ET=t=>{let e=[];switch(t.operation){default:e.push(e1(t))}return e},xT=t=>{let e=ur(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??
[])})};var ST=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr"}),RT={UseFIPS:{type:"b\
uiltInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInPar\
ams",name:"useDualstackEndpoint"}};var _T={name:"@aws-sdk/client-ecr",version:"3.1169.0",description:"AWS SDK for JavaScript Ecr Client for Node.js, Browser and React Native",homepage:"https://gi\
thub.com/aws/aws-sdk-js-v3/tree/main/clients/client-ecr",license:"Apache-2.0",author:{name:"AWS SDK for JavaScript Team",url:"https://aws.amazon.com/sdk-for-jav\
ascript/"},repository:{type:"git",url:"https://github.com/aws/aws-sdk-js-v3.git",directory:"clients/client-ecr"},files:["dist-*/**"],sideEffects:!1,main:"./dist\
-cjs/index.js",module:"./dist-es/index.js",browser:{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},types:"./dist-types/index.d.ts",typesVersions:{
"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},scripts:{build:"concurrently 'yarn:b\
uild:types' 'yarn:build:es' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","buil\
d:include:deps":'yarn g:turbo run build -F="$npm_package_name"',"build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downle\
vel-dts dist-types dist-types/ts3.4",clean:"premove dist-cjs dist-es dist-types","extract:docs":"api-extractor run --local","generate:client":"node ../../script\
s/generate-clients/single-service","test:e2e":"yarn g:vitest run -c vitest.config.e2e.mts","test:e2e:watch":"yarn g:vitest watch -c vitest.config.e2e.mts","test\
:index":"tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"},dependencies:{"@aws-sdk/core":"^3.981.0","@aws-sdk/credential-provider-node":"^3.972.\
97","@aws-sdk/types":"^3.975.1","@smithy/core":"^3.40.0","@smithy/fetch-http-handler":"^5.8.1","@smithy/node-http-handler":"^4.14.2","@smithy/types":"^4.20.0",tslib:"\
^2.6.2"},devDependencies:{"@tsconfig/node20":"20.1.8","@types/node":"^20.14.8",concurrently:"7.0.0","downlevel-dts":"0.10.1",premove:"4.0.0",typescript:"~7.0.2"},
engines:{node:">=20.0.0"}};M();we();tg();$();$();var R0="AWS_EC2_METADATA_DISABLED",_0=async t=>{let{ENV_CMDS_FULL_URI:e,ENV_CMDS_RELATIVE_URI:r,fromContainerMetadata:o,fromInstanceMetadata:n}=await Promise.resolve().then(()=>(Yc(),Jc));
if(process.env[r]||process.env[e]){t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");let{fromHttp:s}=await Promise.resolve().then(()=>(mg(),ug));
return Ho(s(t),o(t))}return process.env[R0]&&process.env[R0]!=="false"?async()=>{throw new R("EC2 Instance Metadata Service access disabled",{logger:t.logger})}:
(t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata"),n(t))};function w0(t,e){let r=b1(t),o,n,s,i,a=async c=>{if(c?.forceRefresh)return i||(i=r(c).then(l=>{s=l}).finally(()=>{i=void 0})),await i,s;if(s?.expiration&&s?.expiration?.
getTime()<Date.now()&&(s=void 0),o)await o;else if(!s||e?.(s))if(s)n||(n=r(c).then(l=>{s=l}).catch(()=>{}).finally(()=>{n=void 0}));else return o=r(c).then(l=>{
s=l}).finally(()=>{o=void 0}),a(c);return s};return a}var b1=t=>async e=>{let r;for(let o of t)try{return await o(e)}catch(n){if(r=n,n?.tryNextLink)continue;throw n}
throw r};var Qb=!1,Ji=(t={})=>w0([async()=>{if(t.profile??process.env[Pa])throw process.env[oi]&&process.env[ni]&&(Qb||((t.logger?.warn&&t.logger?.constructor?.name!=="N\
oOpLogger"?t.logger.warn.bind(t.logger):console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`),Qb=!0)),new R("AWS_PROFILE is set, skipping fromEnv provider.",{logger:t.logger,tryNextLink:!0});return t.logger?.debug("@aws-sdk/credential-provider-node - \
defaultProvider::fromEnv"),Hc(t)()},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");let{ssoStartUrl:r,ssoAccountId:o,ssoRegion:n,
ssoRoleName:s,ssoSession:i}=t;if(!r&&!o&&!n&&!s&&!i)throw new R("Skipping SSO provider in default chain (inputs do not include SSO fields).",{logger:t.logger});
let{fromSSO:a}=await Promise.resolve().then(()=>(zg(),Gg));return a(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromI\
ni");let{fromIni:r}=await Promise.resolve().then(()=>(Xb(),Yb));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::\
fromProcess");let{fromProcess:r}=await Promise.resolve().then(()=>(Oh(),bh));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defa\
ultProvider::fromTokenFile");let{fromTokenFile:r}=await Promise.resolve().then(()=>(zp(),$h));return r(t)(e)},async()=>(t.logger?.debug("@aws-sdk/credential-pro\
vider-node - defaultProvider::remoteProvider"),(await _0(t))()),async()=>{throw new R("Could not load credentials from any providers",{tryNextLink:!1,logger:t.logger})}],
Zb);var Zb=t=>t?.expiration!==void 0&&t.expiration.getTime()-Date.now()<3e5;T();$();mt();k();ho();we();rn();on();T();F();k();M();K();K();var es="ref",dn=-1,Vp=!0,eO="isSet",Fh="PartitionResult",Oo="stringEquals",qp="booleanEquals",Uh="getAttr",tO={[es]:"Endpoint"},Do={fn:Uh,argv:[{[es]:Fh},"n\
ame"]},rO={[es]:Fh},un={},oO=[{[es]:"Region"}],nO={conditions:[[eO,[tO]],[eO,oO],["aws.partition",oO,Fh],[Oo,[Do,"aws-eusc"]],[Oo,[Do,"aws-iso-f"]],[Oo,[Do,"aws\
-iso-e"]],[Oo,[Do,"aws-iso-b"]],[Oo,[Do,"aws-iso"]],[Oo,[Do,"aws-cn"]],[Oo,[Do,"aws-us-gov"]],[Oo,[Do,"aws"]],[qp,[{[es]:"UseFIPS"},Vp]],[qp,[{fn:Uh,argv:[rO,"s\
upportsFIPS"]},Vp]],[qp,[{[es]:"UseDualStack"},Vp]],[qp,[{fn:Uh,argv:[rO,"supportsDualStack"]},Vp]]],results:[[dn],[dn,"Invalid Configuration: FIPS and custom e\
ndpoint are not supported"],[dn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[tO,un],["https://api.ecr.{Region}.{PartitionResult#dn\
sSuffix}",un],["https://ecr.{Region}.{PartitionResult#dualStackDnsSuffix}",un],["https://api.ecr-fips.{Region}.{PartitionResult#dnsSuffix}",un],["https://ecr-fi\
ps.{Region}.{PartitionResult#dualStackDnsSuffix}",un],["https://api.ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",un],[dn,"FIPS and DualStack are enab\
led, but this partition does not support one or both"],[dn,"FIPS is enabled but this partition does not support FIPS"],["https://api.ecr.{Region}.{PartitionResu\
lt#dualStackDnsSuffix}",un],[dn,"DualStack is enabled but this partition does not support DualStack"],[dn,"Invalid Configuration: Missing Region"]]},yB=2,Me=1e8,
EB=new Int32Array([-1,1,-1,0,23,3,1,4,Me+13,2,5,Me+13,3,20,6,4,20,7,5,20,8,6,20,9,7,20,10,8,20,11,9,20,12,10,20,13,11,16,14,13,15,Me+4,14,Me+11,Me+12,12,18,17,13,
Me+9,Me+10,13,19,Me+6,14,Me+8,Me+9,11,22,21,13,Me+5,Me+4,13,Me+7,Me+6,11,Me+1,24,13,Me+2,Me+3]),sO=rt.from(EB,yB,nO.conditions,nO.results);var xB=new ot({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),iO=(t,e={})=>xB.get(t,()=>Bt(sO,{endpointParams:t,logger:e.logger}));De.aws=ft;Q();T();var C=class t extends et{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ecr#ECRServiceException";constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var Wp=class t extends C{static shapeId="com.amazonaws.ecr#InvalidParameterException";name="InvalidParameterException";$fault="client";constructor(e){super({name:"\
InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Kp=class t extends C{static shapeId="com.amazonaws.ecr#RepositoryNot\
FoundException";name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Jp=class t extends C{static shapeId="com.amazonaws.ecr#ServerException";name="ServerException";$fault="server";constructor(e){super({name:"S\
erverException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},Yp=class t extends C{static shapeId="com.amazonaws.ecr#LimitExceededException";name="\
LimitExceededException";$fault="client";constructor(e){super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Xp=class t extends C{static shapeId="\
com.amazonaws.ecr#UnableToGetUpstreamImageException";name="UnableToGetUpstreamImageException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamIma\
geException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Qp=class t extends C{static shapeId="com.amazonaws.ecr#ValidationException";name="\
ValidationException";$fault="client";constructor(e){super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Zp=class t extends C{static shapeId="\
com.amazonaws.ecr#EmptyUploadException";name="EmptyUploadException";$fault="client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},el=class t extends C{static shapeId="com.amazonaws.ecr#InvalidLayerException";name="InvalidLayerException";$fault="client";constructor(e){
super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},tl=class t extends C{static shapeId="com.amazonaws.ecr#KmsE\
xception";name="KmsException";$fault="client";kmsError;constructor(e){super({name:"KmsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.kmsError=e.kmsError}},rl=class t extends C{static shapeId="com.amazonaws.ecr#LayerAlreadyExistsException";name="LayerAlreadyExistsException";$fault="client";constructor(e){
super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ol=class t extends C{static shapeId="com.amazonaws.ec\
r#LayerPartTooSmallException";name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},nl=class t extends C{static shapeId="com.amazonaws.ecr#UploadNotFoundException";name="UploadNotFoundException";$fault="client";constructor(e){
super({name:"UploadNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},sl=class t extends C{static shapeId="com.amazonaws.ecr#Pu\
llThroughCacheRuleAlreadyExistsException";name="PullThroughCacheRuleAlreadyExistsException";$fault="client";constructor(e){super({name:"PullThroughCacheRuleAlre\
adyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},il=class t extends C{static shapeId="com.amazonaws.ecr#SecretNotFoundExcept\
ion";name="SecretNotFoundException";$fault="client";constructor(e){super({name:"SecretNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
al=class t extends C{static shapeId="com.amazonaws.ecr#UnableToAccessSecretException";name="UnableToAccessSecretException";$fault="client";constructor(e){super(
{name:"UnableToAccessSecretException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},cl=class t extends C{static shapeId="com.amazonaws.ecr#Un\
ableToDecryptSecretValueException";name="UnableToDecryptSecretValueException";$fault="client";constructor(e){super({name:"UnableToDecryptSecretValueException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},pl=class t extends C{static shapeId="com.amazonaws.ecr#UnsupportedUpstreamRegistryException";name="Unsu\
pportedUpstreamRegistryException";$fault="client";constructor(e){super({name:"UnsupportedUpstreamRegistryException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},ll=class t extends C{static shapeId="com.amazonaws.ecr#InvalidTagParameterException";name="InvalidTagParameterException";$fault="client";constructor(e){
super({name:"InvalidTagParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},dl=class t extends C{static shapeId="com.amazonaws.e\
cr#RepositoryAlreadyExistsException";name="RepositoryAlreadyExistsException";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},ul=class t extends C{static shapeId="com.amazonaws.ecr#TooManyTagsException";name="TooManyTagsException";$fault="\
client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ml=class t extends C{static shapeId="\
com.amazonaws.ecr#TemplateAlreadyExistsException";name="TemplateAlreadyExistsException";$fault="client";constructor(e){super({name:"TemplateAlreadyExistsExcepti\
on",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},fl=class t extends C{static shapeId="com.amazonaws.ecr#LifecyclePolicyNotFoundException";name="\
LifecyclePolicyNotFoundException";$fault="client";constructor(e){super({name:"LifecyclePolicyNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},gl=class t extends C{static shapeId="com.amazonaws.ecr#PullThroughCacheRuleNotFoundException";name="PullThroughCacheRuleNotFoundException";$fault="\
client";constructor(e){super({name:"PullThroughCacheRuleNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},hl=class t extends C{static shapeId="\
com.amazonaws.ecr#RegistryPolicyNotFoundException";name="RegistryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RegistryPolicyNotFoundExce\
ption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},yl=class t extends C{static shapeId="com.amazonaws.ecr#RepositoryNotEmptyException";name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
El=class t extends C{static shapeId="com.amazonaws.ecr#TemplateNotFoundException";name="TemplateNotFoundException";$fault="client";constructor(e){super({name:"T\
emplateNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},xl=class t extends C{static shapeId="com.amazonaws.ecr#RepositoryPoli\
cyNotFoundException";name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Sl=class t extends C{static shapeId="com.amazonaws.ecr#SigningConfigurationNotFoundException";name="SigningConfigurati\
onNotFoundException";$fault="client";constructor(e){super({name:"SigningConfigurationNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Rl=class t extends C{static shapeId="com.amazonaws.ecr#ExclusionNotFoundException";name="ExclusionNotFoundException";$fault="client";constructor(e){super({name:"\
ExclusionNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},_l=class t extends C{static shapeId="com.amazonaws.ecr#ImageNotFoun\
dException";name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},wl=class t extends C{static shapeId="com.amazonaws.ecr#ScanNotFoundException";name="ScanNotFoundException";$fault="client";constructor(e){super({
name:"ScanNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Il=class t extends C{static shapeId="com.amazonaws.ecr#Replication\
BackfillNotFoundException";name="ReplicationBackfillNotFoundException";$fault="client";constructor(e){super({name:"ReplicationBackfillNotFoundException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},Tl=class t extends C{static shapeId="com.amazonaws.ecr#LayerInaccessibleException";name="LayerInaccessi\
bleException";$fault="client";constructor(e){super({name:"LayerInaccessibleException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Cl=class t extends C{static shapeId="\
com.amazonaws.ecr#LayersNotFoundException";name="LayersNotFoundException";$fault="client";constructor(e){super({name:"LayersNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},vl=class t extends C{static shapeId="com.amazonaws.ecr#UnableToGetUpstreamLayerException";name="UnableToGetUpstreamLay\
erException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Pl=class t extends C{static shapeId="\
com.amazonaws.ecr#LifecyclePolicyPreviewNotFoundException";name="LifecyclePolicyPreviewNotFoundException";$fault="client";constructor(e){super({name:"LifecycleP\
olicyPreviewNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Al=class t extends C{static shapeId="com.amazonaws.ecr#UnableToL\
istUpstreamImageReferrersException";name="UnableToListUpstreamImageReferrersException";$fault="client";constructor(e){super({name:"UnableToListUpstreamImageRefe\
rrersException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},bl=class t extends C{static shapeId="com.amazonaws.ecr#ImageAlreadyExistsExcept\
ion";name="ImageAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},Ol=class t extends C{static shapeId="com.amazonaws.ecr#ImageDigestDoesNotMatchException";name="ImageDigestDoesNotMatchException";$fault="client";constructor(e){
super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Dl=class t extends C{static shapeId="com.amazona\
ws.ecr#ImageTagAlreadyExistsException";name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},Nl=class t extends C{static shapeId="com.amazonaws.ecr#ReferencedImagesNotFoundException";name="Referen\
cedImagesNotFoundException";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
kl=class t extends C{static shapeId="com.amazonaws.ecr#BlockedByOrganizationPolicyException";name="BlockedByOrganizationPolicyException";$fault="client";constructor(e){
super({name:"BlockedByOrganizationPolicyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},$l=class t extends C{static shapeId="com.ama\
zonaws.ecr#ExclusionAlreadyExistsException";name="ExclusionAlreadyExistsException";$fault="client";constructor(e){super({name:"ExclusionAlreadyExistsException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ll=class t extends C{static shapeId="com.amazonaws.ecr#ImageArchivedException";name="ImageArchi\
vedException";$fault="client";constructor(e){super({name:"ImageArchivedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ul=class t extends C{static shapeId="\
com.amazonaws.ecr#UnsupportedImageTypeException";name="UnsupportedImageTypeException";$fault="client";constructor(e){super({name:"UnsupportedImageTypeException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Fl=class t extends C{static shapeId="com.amazonaws.ecr#LifecyclePolicyPreviewInProgressExceptio\
n";name="LifecyclePolicyPreviewInProgressException";$fault="client";constructor(e){super({name:"LifecyclePolicyPreviewInProgressException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Ml=class t extends C{static shapeId="com.amazonaws.ecr#ReplicationBackfillInProgressException";name="ReplicationBackfi\
llInProgressException";$fault="client";constructor(e){super({name:"ReplicationBackfillInProgressException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Bl=class t extends C{static shapeId="com.amazonaws.ecr#ReplicationBackfillInvalidStatusException";name="ReplicationBackfillInvalidStatusException";$fault="clien\
t";constructor(e){super({name:"ReplicationBackfillInvalidStatusException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Hl=class t extends C{static shapeId="\
com.amazonaws.ecr#ImageStorageClassUpdateNotSupportedException";name="ImageStorageClassUpdateNotSupportedException";$fault="client";constructor(e){super({name:"\
ImageStorageClassUpdateNotSupportedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},jl=class t extends C{static shapeId="com.amazonaw\
s.ecr#InvalidLayerPartException";name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){super(
{name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}};var SB="Attribute",RB="AuthorizationData",_B="AuthorizationDataList",wB="AwsEcrContainerImageDetails",IB="AttributeList",TB="BlockedByOrganizationPolicyExceptio\
n";var CB="BatchGetImage",vB="BatchGetImageRequest",PB="BatchGetImageResponse";var AB="CreateRepository";var bB="CreateRepositoryRequest",OB="CreateRepositoryResponse",DB="CvssScore",NB="CvssScoreAdjustment",kB="CvssScoreAdjustmentList",$B="CvssScoreDetails",LB="Cv\
ssScoreList",UB="DescribeImages",FB="DescribeImagesFilter",MB="DescribeImagesRequest";var BB="DescribeImagesResponse",HB="DescribeImageScanFindings",jB="DescribeImageScanFindingsRequest",GB="DescribeImageScanFindingsResponse";var zB="DescribeRepositoriesRequest",VB="DescribeRepositoriesResponse";var qB="DescribeRepositories";var WB="ExclusionAlreadyExistsException",KB="EncryptionConfiguration";var JB="EnhancedImageScanFinding",YB="EnhancedImageScanFindingList",XB="ExclusionNotFoundException",QB="EmptyUploadException";var ZB="GetAuthorizationToken",eH="GetAuthorizationTokenRequest",tH="GetAuthorizationTokenResponse",rH="GetDownloadUrlForLayer",oH="GetDownloadUrlForLayerReques\
t",nH="GetDownloadUrlForLayerResponse";var sH="Image",iH="ImageArchivedException",aH="ImageAlreadyExistsException",cH="ImageDetail",pH="ImageDigestDoesNotMatchException",lH="ImageDetailList",dH="Imag\
eFailure",uH="ImageFailureList",mH="ImageIdentifier",fH="ImageIdentifierList",gH="ImageList",hH="InvalidLayerException",yH="InvalidLayerPartException";var EH="ImageNotFoundException",xH="InvalidParameterException";var SH="ImageScanningConfiguration",RH="ImageStorageClassUpdateNotSupportedException",_H="ImageScanFinding",wH="ImageScanFindingList",IH="ImageScanFindingsSumma\
ry",TH="ImageScanFindings",CH="ImageScanStatus";var vH="ImageTagAlreadyExistsException",PH="ImageTagMutabilityExclusionFilter",AH="ImageTagMutabilityExclusionFilters",bH="InvalidTagParameterException",OH="Key",
DH="KmsException";var NH="LayerAlreadyExistsException",kH="LimitExceededException";var $H="LayerInaccessibleException";var LH="LayersNotFoundException",UH="LifecyclePolicyNotFoundException";var FH="LifecyclePolicyPreviewInProgressException",MH="LifecyclePolicyPreviewNotFoundException";var BH="LayerPartTooSmallException";var HH="PutImage",jH="PutImageRequest",GH="PutImageResponse";var zH="PutLifecyclePolicy",VH="PutLifecyclePolicyRequest",qH="PutLifecyclePolicyResponse";var WH="PullThroughCacheRuleAlreadyExistsException";var KH="PullThroughCacheRuleNotFoundException",JH="PackageVulnerabilityDetails",YH="Recommendation",XH="RepositoryAlreadyExistsException",QH="ReplicationBackfil\
lInProgressException",ZH="ReplicationBackfillInvalidStatusException",e2="ReplicationBackfillNotFoundException";var t2="ResourceDetails";var r2="ReferencedImagesNotFoundException",o2="RepositoryList",n2="ResourceList",s2="RepositoryNotEmptyException",i2="RepositoryNotFoundException",a2="RegistryP\
olicyNotFoundException",c2="RepositoryPolicyNotFoundException";var p2="Remediation",l2="Repository",d2="Resource";var u2="SigningConfigurationNotFoundException",m2="ScoreDetails",f2="ServerException";var g2="StartImageScan",h2="StartImageScanRequest",y2="StartImageScanResponse";var E2="ScanNotFoundException",x2="SecretNotFoundException";var S2="SetRepositoryPolicy",R2="SetRepositoryPolicyRequest",_2="SetRepositoryPolicyResponse",w2="Tag",I2="TemplateAlreadyExistsException";var T2="TagList",C2="TooManyTagsException",v2="TemplateNotFoundException";var P2="UnsupportedImageTypeException";var A2="UploadNotFoundException";var b2="UnableToAccessSecretException",O2="UnableToDecryptSecretValueException",D2="UnableToGetUpstreamImageException",N2="UnableToGetUpstreamLayerException",k2="\
UnableToListUpstreamImageReferrersException",$2="UnsupportedUpstreamRegistryException",L2="Value",U2="ValidationException",F2="VulnerablePackage",M2="Vulnerable\
PackagesList";var B2="architecture",H2="awsAccountId",j2="authorizationData",G2="awsEcrContainerImage";var z2="acceptedMediaTypes",V2="artifactMediaType";var q2="authorizationToken";var W2="adjustments";var K2="arch",J2="attributes",Y2="author";var X2="baseScore",N="client";var Q2="createdAt";var aO="cvss",Mh="description",Z2="downloadUrl";var e3="details";var O="error",t3="expiresAt";var r3="exploitAvailable",cO="encryptionConfiguration",o3="enhancedFindings";var n3="encryptionType",s3="epoch",i3="failures",a3="findingArn",c3="fixAvailable",p3="failureCode";var l3="fixedInVersion",d3="firstObservedAt",u3="filePath",m3="failureReason";var pO="findingSeverityCounts",f3="filterType";var lO="filter",g3="findings",h3="force",y3="httpError",E3="images",x3="imageDetails",Bh="imageDigest",S3="imageHash",dO="imageIds",ts="imageId",uO="imageManife\
st",Hh="imageManifestMediaType",R3="imagePushedAt",mO="imageStatus",fO="imageScanningConfiguration",gO="imageScanCompletedAt",_3="imageScanFindings",w3="imageSc\
anFindingsSummary",I3="imageSizeInBytes",jh="imageScanStatus",hO="imageTags";var yO="imageTagMutability",EO="imageTagMutabilityExclusionFilters",xO="imageTag",T3="inUseCount";var C3="id",v3="image",P3="key",A3="kmsError",b3="kmsKey";var O3="lastArchivedAt",D3="lastActivatedAt";var SO="layerDigest";var N3="lastInUseAt",k3="lastObservedAt";var RO="lifecyclePolicyText",$3="lastRecordedPullTime";var L3="lastValidByteReceived",D="message",Gh="maxResults";var U3="metric",_O="name",rs="nextToken",F3="platform",M3="pushedAt";var B3="proxyEndpoint";var H3="packageManager";var wO="policyText";var j3="packageVulnerabilityDetails";var G3="registry";var z3="repositoryArn";var ve="registryId",V3="registryIds",Pe="repositoryName",q3="repositoryNames";var W3="referenceUrls",K3="repositoryUri",J3="relatedVulnerabilities",Y3="repository",X3="reason",Q3="recommendation";var Z3="release",e4="remediation",t4="repositories";var r4="resources";var IO="smithy.ts.sdk.synthetic.com.amazonaws.ecr";var o4="scoreDetails";var n4="sourceLayerHash",s4="subjectManifestDigest",i4="scanOnPush";var a4="scoreSource";var c4="sourceUrl",TO="scoringVector",CO="score",p4="server",vO="severity";var PO="source",AO="status";var bO="tags";var l4="tagStatus";var d4="text",u4="title",OO="type",m4="uri",f4="updatedAt",g4="uploadId";var h4="url",y4="value",E4="vendorCreatedAt",x4="vulnerabilityId",S4="vulnerablePackages",R4="vendorSeverity",DO="vulnerabilitySourceUpdatedAt",_4="vendorUpdate\
dAt",zh="version",E="com.amazonaws.ecr",NO=new Z(IO),w4=[-3,IO,"ECRServiceException",0,[],[]];NO.registerError(w4,C);var P=new Z(E),I4=[-3,E,TB,{[O]:N},[D],[0]];
P.registerError(I4,kl);var T4=[-3,E,QB,{[O]:N},[D],[0]];P.registerError(T4,Zp);var C4=[-3,E,WB,{[O]:N},[D],[0]];P.registerError(C4,$l);var v4=[-3,E,XB,{[O]:N},[
D],[0]];P.registerError(v4,Rl);var P4=[-3,E,aH,{[O]:N},[D],[0]];P.registerError(P4,bl);var A4=[-3,E,iH,{[O]:N},[D],[0]];P.registerError(A4,Ll);var b4=[-3,E,pH,{
[O]:N},[D],[0]];P.registerError(b4,Ol);var O4=[-3,E,EH,{[O]:N},[D],[0]];P.registerError(O4,_l);var D4=[-3,E,RH,{[O]:N},[D],[0]];P.registerError(D4,Hl);var N4=[-3,
E,vH,{[O]:N},[D],[0]];P.registerError(N4,Dl);var k4=[-3,E,hH,{[O]:N},[D],[0]];P.registerError(k4,el);var $4=[-3,E,yH,{[O]:N},[ve,Pe,g4,L3,D],[0,0,0,1,0]];P.registerError(
$4,jl);var L4=[-3,E,xH,{[O]:N},[D],[0]];P.registerError(L4,Wp);var U4=[-3,E,bH,{[O]:N},[D],[0]];P.registerError(U4,ll);var F4=[-3,E,DH,{[O]:N},[D,A3],[0,0]];P.registerError(
F4,tl);var M4=[-3,E,NH,{[O]:N},[D],[0]];P.registerError(M4,rl);var B4=[-3,E,$H,{[O]:N},[D],[0]];P.registerError(B4,Tl);var H4=[-3,E,BH,{[O]:N},[D],[0]];P.registerError(
H4,ol);var j4=[-3,E,LH,{[O]:N},[D],[0]];P.registerError(j4,Cl);var G4=[-3,E,UH,{[O]:N},[D],[0]];P.registerError(G4,fl);var z4=[-3,E,FH,{[O]:N},[D],[0]];P.registerError(
z4,Fl);var V4=[-3,E,MH,{[O]:N},[D],[0]];P.registerError(V4,Pl);var q4=[-3,E,kH,{[O]:N},[D],[0]];P.registerError(q4,Yp);var W4=[-3,E,WH,{[O]:N},[D],[0]];P.registerError(
W4,sl);var K4=[-3,E,KH,{[O]:N},[D],[0]];P.registerError(K4,gl);var J4=[-3,E,r2,{[O]:N},[D],[0]];P.registerError(J4,Nl);var Y4=[-3,E,a2,{[O]:N},[D],[0]];P.registerError(
Y4,hl);var X4=[-3,E,QH,{[O]:N},[D],[0]];P.registerError(X4,Ml);var Q4=[-3,E,ZH,{[O]:N},[D],[0]];P.registerError(Q4,Bl);var Z4=[-3,E,e2,{[O]:N},[D],[0]];P.registerError(
Z4,Il);var ej=[-3,E,XH,{[O]:N},[D],[0]];P.registerError(ej,dl);var tj=[-3,E,s2,{[O]:N},[D],[0]];P.registerError(tj,yl);var rj=[-3,E,i2,{[O]:N},[D],[0]];P.registerError(
rj,Kp);var oj=[-3,E,c2,{[O]:N},[D],[0]];P.registerError(oj,xl);var nj=[-3,E,E2,{[O]:N},[D],[0]];P.registerError(nj,wl);var sj=[-3,E,x2,{[O]:N},[D],[0]];P.registerError(
sj,il);var ij=[-3,E,f2,{[O]:p4},[D],[0]];P.registerError(ij,Jp);var aj=[-3,E,u2,{[O]:N},[D],[0]];P.registerError(aj,Sl);var cj=[-3,E,I2,{[O]:N},[D],[0]];P.registerError(
cj,ml);var pj=[-3,E,v2,{[O]:N},[D],[0]];P.registerError(pj,El);var lj=[-3,E,C2,{[O]:N},[D],[0]];P.registerError(lj,ul);var dj=[-3,E,b2,{[O]:N},[D],[0]];P.registerError(
dj,al);var uj=[-3,E,O2,{[O]:N},[D],[0]];P.registerError(uj,cl);var mj=[-3,E,D2,{[O]:N},[D],[0]];P.registerError(mj,Xp);var fj=[-3,E,N2,{[O]:N},[D],[0]];P.registerError(
fj,vl);var gj=[-3,E,k2,{[O]:N},[D],[0]];P.registerError(gj,Al);var hj=[-3,E,P2,{[O]:N},[D],[0]];P.registerError(hj,Ul);var yj=[-3,E,$2,{[O]:N},[D],[0]];P.registerError(
yj,pl);var Ej=[-3,E,A2,{[O]:N},[D],[0]];P.registerError(Ej,nl);var xj=[-3,E,U2,{[O]:N,[y3]:400},[D],[0]];P.registerError(xj,Qp);var kO=[NO,P],Sj=[3,E,SB,0,[P3,y4],
[0,0],1],Rj=[3,E,RB,0,[q2,t3,B3],[0,4,0]],_j=[3,E,wB,0,[B2,Y2,S3,hO,F3,M3,N3,T3,G3,Pe],[0,0,0,64,0,4,4,1,0,0]];var wj=[3,E,vB,0,[Pe,dO,ve,z2],[0,()=>MO,0,64],2],Ij=[3,E,PB,0,[E3,i3],[()=>yG,()=>hG]];var Tj=[3,E,bB,0,[Pe,ve,bO,yO,EO,fO,cO],[0,0,()=>RG,0,()=>BO,()=>UO,()=>$O],1],Cj=[3,E,OB,0,[Y3],[()=>FO]],vj=[3,E,DB,0,[X2,TO,PO,zh],[1,0,0,0]],Pj=[3,E,NB,0,[U3,
X3],[0,0]],Aj=[3,E,$B,0,[W2,CO,a4,TO,zh],[()=>uG,1,0,0,0]];var bj=[3,E,jB,0,[Pe,ts,ve,rs,Gh],[0,()=>mn,0,0,1],2],Oj=[3,E,GB,0,[ve,Pe,ts,jh,_3,rs],[0,0,()=>mn,()=>Vh,()=>Vj,0]],Dj=[3,E,FB,0,[l4,mO],[0,0]];var Nj=[3,E,MB,0,[Pe,ve,dO,rs,Gh,lO],[0,0,()=>MO,0,1,()=>Dj],1],kj=[3,E,BB,0,[x3,rs],[()=>gG,0]];var $j=[3,E,zB,0,[ve,q3,rs,Gh],[0,64,0,1]],Lj=[3,E,VB,0,[t4,rs],[()=>xG,0]];var $O=[3,E,KB,0,[n3,b3],[0,0],1];var Uj=[3,E,JB,0,[H2,Mh,a3,d3,k3,j3,e4,r4,CO,o4,vO,AO,u4,OO,f4,c3,r3],[0,0,0,4,4,()=>Kj,()=>eG,()=>SG,1,()=>oG,0,0,0,0,4,0,0]];var Fj=[3,E,eH,0,[V3],[64]],Mj=[3,E,tH,0,[j2],[()=>dG]],Bj=[3,E,oH,0,[Pe,SO,ve],[0,0,0],2],Hj=[3,E,nH,0,[Z2,SO],[0,0]];var LO=[3,E,sH,0,[ve,Pe,ts,uO,Hh],[0,0,()=>mn,0,0]],jj=[3,E,cH,0,[ve,Pe,Bh,hO,I3,R3,jh,w3,Hh,V2,$3,s4,mO,O3,D3],[0,0,0,64,1,4,()=>Vh,()=>qj,0,0,4,0,0,4,4]],Gj=[
3,E,dH,0,[ts,p3,m3],[()=>mn,0,0]],mn=[3,E,mH,0,[Bh,xO],[0,0]];var zj=[3,E,_H,0,[_O,Mh,m4,vO,J2],[0,0,0,0,()=>lG]],Vj=[3,E,TH,0,[gO,DO,pO,g3,o3],[4,4,129,()=>EG,()=>fG]],qj=[3,E,IH,0,[gO,DO,pO],[4,4,129]],UO=[3,E,SH,0,[i4],
[2]],Vh=[3,E,CH,0,[AO,Mh],[0,0]];var Wj=[3,E,PH,0,[f3,lO],[0,0],2];var Kj=[3,E,JH,0,[aO,W3,J3,PO,c4,E4,R4,_4,x4,S4],[()=>mG,64,64,0,0,4,0,4,0,()=>_G]];var Jj=[3,E,jH,0,[Pe,uO,ve,Hh,xO,Bh],[0,0,0,0,0,0],2],Yj=[3,E,GH,0,[v3],[()=>LO]];var Xj=[3,E,VH,0,[Pe,RO,ve],[0,0,0],2],Qj=[3,E,qH,0,[ve,Pe,RO],[0,0,0]];var Zj=[3,E,YH,0,[h4,d4],[0,0]];var eG=[3,E,p2,0,[Q3],[()=>Zj]];var FO=[3,E,l2,0,[z3,ve,Pe,K3,Q2,yO,EO,fO,cO],[0,0,0,0,4,0,()=>BO,()=>UO,()=>$O]];var tG=[3,E,d2,0,[e3,C3,bO,OO],[()=>rG,0,128,0]],rG=[3,E,t2,0,[G2],[()=>_j]];var oG=[3,E,m2,0,[aO],[()=>Aj]],nG=[3,E,R2,0,[Pe,wO,ve,h3],[0,0,0,2],2],sG=[3,E,_2,0,[ve,Pe,wO],[0,0,0]];var iG=[3,E,h2,0,[Pe,ts,ve],[0,()=>mn,0],2],aG=[3,E,y2,0,[ve,Pe,ts,jh],[0,0,()=>mn,()=>Vh]];var cG=[3,E,w2,0,[OH,L2],[0,0],2];var pG=[3,E,F2,0,[K2,s3,u3,_O,H3,Z3,n4,zh,l3],[0,1,0,0,0,0,0,0,0]];var lG=[1,E,IB,0,()=>Sj],dG=[1,E,_B,0,()=>Rj];var uG=[1,E,kB,0,()=>Pj],mG=[1,E,LB,0,()=>vj],fG=[1,E,YB,0,()=>Uj];var gG=[1,E,lH,0,()=>jj],hG=[1,E,uH,0,()=>Gj],MO=[1,E,fH,0,()=>mn],yG=[1,E,gH,0,()=>LO];var EG=[1,E,wH,0,()=>zj];var BO=[1,E,AH,0,()=>Wj];var xG=[1,E,o2,0,()=>FO];var SG=[1,E,n2,0,()=>tG];var RG=[1,E,T2,0,()=>cG];var _G=[1,E,M2,0,()=>pG];var HO=[9,E,CB,0,()=>wj,()=>Ij];var jO=[9,E,AB,0,()=>Tj,()=>Cj];var GO=[9,E,UB,0,()=>Nj,()=>kj],zO=[9,E,HB,0,()=>bj,()=>Oj];var VO=[9,E,qB,0,()=>$j,()=>Lj];var qO=[9,E,ZB,0,()=>Fj,()=>Mj],WO=[9,E,rH,0,()=>Bj,()=>Hj];var KO=[9,E,HH,0,()=>Jj,()=>Yj];var JO=[9,E,zH,0,()=>Xj,()=>Qj];var YO=[9,E,S2,0,()=>nG,()=>sG],XO=[9,E,g2,0,()=>iG,()=>aG];var QO=t=>({apiVersion:"2015-09-21",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??he,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??iO,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??ET,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new Ee}],logger:t?.logger??new _e,protocol:t?.protocol??tn,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecr",errorTypeRegistries:kO,xmlNamespace:"http://ecr.amazonaws.com/doc/2015-09-21/",version:"2015-09-21",serviceTarget:"AmazonE\
C2ContainerRegistry_V20150921"},serviceId:t?.serviceId??"ECR",sha256:t?.sha256??ht,urlParser:t?.urlParser??ye,utf8Decoder:t?.utf8Decoder??ie,utf8Encoder:t?.utf8Encoder??
ee});var ZO=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Nt),o=QO(t);Tt(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??w(gt,n),bodyLengthChecker:t?.bodyLengthChecker??Ct,credentialDefaultProvider:t?.credentialDefaultProvider??
Ji,defaultSocketTimeout:xr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:_T.version}),maxAttempts:t?.
maxAttempts??w(Yt,t),region:t?.region??w(Oe,{...tt,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??w({...Qt,default:async()=>(await r()).
retryMode||it},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??w(bt,n),useFipsEndpoint:t?.useFipsEndpoint??w(Ot,n),userAgentAppId:t?.
userAgentAppId??w(tr,n)}};M();T();F();var eD=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);s===-1?e.
push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
tD=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var rD=(t,e)=>{let r=Object.assign(rr(t),$t(t),Ht(t),eD(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),jt(r),tD(r))};var Gl=class extends Te{config;constructor(...[e]){let r=ZO(e||{});super(r),this.initConfig=r;let o=ST(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=pr(a),l=xT(c),d=rD(l,e?.
extensions||[]);this.config=d,this.middlewareStack.use(Dt(this.config)),this.middlewareStack.use(Zt(this.config)),this.middlewareStack.use(dr(this.config)),this.
middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),
this.middlewareStack.use(dt(this.config,{httpAuthSchemeParametersProvider:yT,identityProviderConfigProvider:async u=>new Ve({"aws.auth#sigv4":u.credentials})})),
this.middlewareStack.use(ut(this.config))}destroy(){super.destroy()}};T();K();var me=Ut(RT,"AmazonEC2ContainerRegistry_V20150921","ECRClient",lr),fe={},ge=(t,e,r,o)=>[];var Yi=class extends me(fe,ge,"BatchGetImage",HO){};var zl=class extends me(fe,ge,"CreateRepository",jO){};var Vl=class extends me(fe,ge,"DescribeImageScanFindings",zO){};var ql=class extends me(fe,ge,"DescribeImages",GO){};var Wl=class extends me(fe,ge,"DescribeRepositories",VO){};var Xi=class extends me(fe,ge,"GetAuthorizationToken",qO){};var Kl=class extends me(fe,ge,"GetDownloadUrlForLayer",WO){};var Jl=class extends me(fe,ge,"PutImage",KO){};var Yl=class extends me(fe,ge,"PutLifecyclePolicy",JO){};var Xl=class extends me(fe,ge,"SetRepositoryPolicy",YO){};var Ql=class extends me(fe,ge,"StartImageScan",XO){};var Zl=Ur(require("node:http")),qh=Ur(require("node:https")),oD=require("node:net"),nD=require("node:tls");var sD=t=>(e,r)=>t?.(e,r);function Kh(t,e){let r=t.protocol==="https:"?"https":"http",o=(e[`${r}_proxy`]||e[`${r.toUpperCase()}_PROXY`]||"").trim();if(!o||wG(t,
e.no_proxy??e.NO_PROXY??""))return;let n;try{n=new URL(o.includes("://")?o:`http://${o}`)}catch{throw new Er(`${r.toUpperCase()}_PROXY is not a URL like http://\
proxy.example.com:3128`)}if(n.protocol!=="http:")throw new Er(`${r.toUpperCase()}_PROXY: only http:// proxies are supported, not ${n.protocol}//${n.host}`);return n}
function wG(t,e){let r=t.hostname.replace(/^\[|\]$/g,"").toLowerCase(),o=t.port||(t.protocol==="https:"?"443":"80");return e.split(/[\s,]+/).filter(Boolean).some(
n=>{if(n==="*")return!0;let s=/^\[([^\]]+)\](?::(\d+))?$/.exec(n)??/^([^:]+)(?::(\d+))?$/.exec(n)??[n,n],i=s[1].replace(/^\*?\./,"").toLowerCase();return s[2]&&
s[2]!==o?!1:r===i||r.endsWith(`.${i}`)})}var IG=t=>`${t.protocol}//${t.host}`;function iD(t){if(!t.username)return;let e=`${decodeURIComponent(t.username)}:${decodeURIComponent(
t.password)}`;return`Basic ${Buffer.from(e).toString("base64")}`}function Jh(t,e,r){return new Er(`the proxy ${IG(t)} (for ${e}) ${r}`)}function aD(t,e,r){let o=(0,oD.connect)(
{host:t.hostname.replace(/^\[|\]$/g,""),port:Number(t.port||80)}),n=s=>r(Jh(t,e,`could not be reached: ${s.code??s.message}`));return o.once("error",n),o.once("\
connect",()=>{o.off("error",n),r(null,o)}),o}var Wh=(t,e)=>({host:t.hostname??t.host??"localhost",port:Number(t.port||e)}),ed=class extends Zl.Agent{constructor(r,o){
super(o);this.env=r}env;proxy(r){return Kh(new URL(`http://${r.host.includes(":")?`[${r.host}]`:r.host}:${r.port}`),this.env)}addRequest(r,o){let n=Wh(o,80),s=this.
proxy(n);if(s){r.path=`http://${n.host.includes(":")?`[${n.host}]`:n.host}:${n.port}${r.path}`;let i=iD(s);i&&r.setHeader("proxy-authorization",i);let a=r.emit.
bind(r);r.emit=((c,...l)=>{let d=l[0];return c!=="response"||d.statusCode!==407?a(c,...l):(d.resume(),r.destroy(Jh(s,`${n.host}:${n.port}`,"refused the request:\
 407 Proxy Authentication Required (check the credentials in HTTP_PROXY)")),!0)})}Zl.Agent.prototype.addRequest.call(this,r,o)}createConnection(r,o){let n=Wh(r,
80),s=this.proxy(n);if(!s)return Zl.Agent.prototype.createConnection.call(this,r,o);aD(s,`${n.host}:${n.port}`,sD(o))}},td=class extends qh.Agent{constructor(r,o){
super(o);this.env=r}env;createConnection(r,o){let n=sD(o),s=Wh(r,443),i=`${s.host.includes(":")?`[${s.host}]`:s.host}:${s.port}`,a=Kh(new URL(`https://${i}`),this.
env);if(!a)return qh.Agent.prototype.createConnection.call(this,r);aD(a,i,(c,l)=>{if(c||!l)return n(c);let d=iD(a);l.write(`CONNECT ${i} HTTP/1.1\r
Host: ${i}\r
${d?`Proxy-Authorization: ${d}\r
`:""}\r
`);let u=Buffer.alloc(0),m=h=>{l.destroy(),n(Jh(a,i,h))},f=h=>{if(u=Buffer.concat([u,h]),u.indexOf(`\r
\r
`)<0)return;l.off("data",f),l.off("error",g),l.off("end",y);let x=/^HTTP\/1\.[01] (\d{3})([^\r\n]*)/.exec(u.toString("latin1"));if(x?.[1]!=="200")return m(`refu\
sed the tunnel: ${x?`${x[1]}${x[2]}`:"no HTTP answer"}${x?.[1]==="407"?" (check the credentials in HTTPS_PROXY)":""}`);let v=r.servername??(/^[\d.]+$|:/.test(s.
host)?void 0:s.host);n(null,(0,nD.connect)({...r,socket:l,servername:v}))},g=h=>m(`dropped the tunnel: ${h.message}`),y=()=>m("closed the connection before answ\
ering CONNECT");l.on("data",f),l.once("error",g),l.once("end",y)})}};function cD(t){return["http_proxy","HTTP_PROXY","https_proxy","HTTPS_PROXY"].some(e=>t[e]?.
trim())?{httpAgent:new ed(t,{keepAlive:!0}),httpsAgent:new td(t,{keepAlive:!0})}:{}}function pD(t,e){if(Kh(t,e))return t.protocol==="https:"?new td(e,{keepAlive:!1}):
new ed(e,{keepAlive:!1})}var lD=5,TG=5e3,CG=3e4;function vG(t=1/0){let e=Math.max(1e3,Math.min(CG,Math.floor(t/3)));return{connectionTimeout:Math.min(TG,e),requestTimeout:e}}function os(t,e,r){
return{region:t,credentials:e,retryMode:"adaptive",maxAttempts:lD,requestHandler:{...vG(r?.ms),throwOnRequestTimeout:!0,...cD(process.env)}}}function rd(t){let e=t??
{},r=e.name??"",o=/Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(r)||!!e.$retryable?.throttling,n=o||!!e.$retryable||(e.$metadata?.httpStatusCode??
0)>=500||/Timeout/.test(r)||/^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)$/.test(e.code??"");return{attempts:e.$metadata?.
attempts??1,transient:n,throttled:o}}function od(t,e){return e?`AWS kept throttling ${t} for longer than ${lD} attempts with backoff: re-run later, spread out c\
oncurrent deliveries, or raise the ${t} API rate quota (Service Quotas)`:`${t} or the network to it kept failing: check the runner's access to AWS (proxy, firew\
all, VPC endpoint, AWS_ENDPOINT_URL_${t}) and the AWS Health Dashboard, then re-run`}var fn=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.image.manifest.v\
1+json","application/vnd.oci.image.index.v1+json"],PG=new Set(["RepositoryNotFoundException","RepositoryAlreadyExistsException","ImageAlreadyExistsException","I\
mageTagAlreadyExistsException","ScanNotFoundException","LayersNotFoundException"]),xt=t=>t?.name??"";async function nd(t,e,r,o){try{return await ro(r,`${t.label}\
 ${e}`,o)}catch(n){throw AG(t,e,n)}}function AG(t,e,r){let o=xt(r);if(r instanceof It||PG.has(o))return r;let n=`${t.label} ${e}`,s=`${o}: ${r.message}`;if(o===
"CredentialsProviderError")return new H(`no AWS credentials for ${n}: ${r.message}`,"set role-to-assume to use the CI's OIDC token, or provide credentials (AWS_\
ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile, an instance role)",{cause:r});let i=rd(r);if(i.transient)return new H(`${n} failed after ${i.attempts} attempt(s\
): ${s}`,od("ECR",i.throttled),{cause:r});if(/ExpiredToken/.test(o))return new H(`${n} failed: the AWS credentials have expired (${s})`,"with role-to-assume the\
y are refreshed before they expire; ambient credentials must outlive the run (or raise role-duration-seconds for the role that issued them)",{cause:r});let a=/AccessDenied|UnrecognizedClient|InvalidSignature/.
test(o);return new H(`${n} failed: ${s}`,a?t.permissionHint(e):void 0,{cause:r})}var bG=4;function Qi(t,e=t?.proxyEndpoint){if(!t?.authorizationToken||!e)throw new H("ECR returned no authorization data");let r=Buffer.from(t.authorizationToken,
"base64").toString("utf8"),o=r.indexOf(":");return{host:e.replace(/^https?:\/\//,"").replace(/\/+$/,""),username:r.slice(0,o),password:r.slice(o+1)}}function OG(t){
return new RegExp(`^${t.split("*").map(e=>e.replace(/[.+?^${}()|[\]\\]/g,"\\$&")).join(".*")}$`)}function Zi(t,e){let r=t.exclusionFilters.some(o=>OG(o).test(e));
switch(t.mutability){case"IMMUTABLE":return!0;case"IMMUTABLE_WITH_EXCLUSION":return!r;case"MUTABLE_WITH_EXCLUSION":return r;default:return!1}}async function sd(t,e,r,o){
let n=[...o],s=async()=>{for(let i=n.shift();i!==void 0;i=n.shift())await t.putTag(e,r,i)};await Promise.all(Array.from({length:Math.min(bG,n.length)},s))}var DG=5,Yh=100,NG={label:"ECR",permissionHint:t=>`the credentials need ecr:${t} on this repository (\`ecr-deliver iam-policy\` prints the policy)`},ns=class{constructor(e,r,o,n){
this.registryId=o;this.deadline=n;this.ecr=new Gl(os(e,r,n)),this.sendOptions={abortSignal:n?.signal}}registryId;deadline;ecr;sendOptions;close(){this.ecr.destroy()}async login(){
let e=await this.send("GetAuthorizationToken",new Xi(this.registryId?{registryIds:[this.registryId]}:{}));return Qi(e.authorizationData?.[0])}async logins(e){return((await this.
send("GetAuthorizationToken",new Xi({registryIds:e}))).authorizationData??[]).map(o=>Qi(o))}async findRepository(e){let r=await this.describe(e);return r&&Xh(r,
!1)}async ensureRepository(e,r){let o=await this.findRepository(e.repository);if(o)return o;if(!e.createRepository)throw new H(`repository ${e.repository} does \
not exist`,"create it, or set create-repository: true");let n=kG(e,r);try{let s=await this.send("CreateRepository",new zl({registryId:this.registryId,repositoryName:e.
repository,imageTagMutability:e.imageTagMutability,imageTagMutabilityExclusionFilters:n,imageScanningConfiguration:{scanOnPush:e.scanOnPush},encryptionConfiguration:{
encryptionType:e.encryptionType,kmsKey:e.kmsKey}}));return Xh(s.repository,!0)}catch(s){if(xt(s)!=="RepositoryAlreadyExistsException")throw s;let i=await this.describe(
e.repository);if(!i)throw s;return Xh(i,!1)}}async applyPolicies(e){let r={registryId:this.registryId,repositoryName:e.repository},o=i=>i?(0,dD.readFileSync)(i,
"utf8"):void 0,[n,s]=[o(e.lifecyclePolicy),o(e.repositoryPolicy)];await Promise.all([n&&this.send("PutLifecyclePolicy",new Yl({...r,lifecyclePolicyText:n})),s&&
this.send("SetRepositoryPolicy",new Xl({...r,policyText:s}))])}async images(e,r){let o=new Map,n=Array.from({length:Math.ceil(r.length/Yh)},(i,a)=>r.slice(a*Yh,
(a+1)*Yh)),s;try{s=await Promise.all(n.map(i=>this.send("BatchGetImage",new Yi({registryId:this.registryId,repositoryName:e,imageIds:i.map(a=>({imageTag:a})),acceptedMediaTypes:fn}))))}catch(i){
if(xt(i)==="RepositoryNotFoundException")return o;throw i}for(let i of s.flatMap(a=>a.images??[])){let a=i.imageId?.imageTag;a&&i.imageId?.imageDigest&&i.imageManifest&&
o.set(a,{digest:i.imageId.imageDigest,manifest:i.imageManifest,mediaType:i.imageManifestMediaType??""})}return o}async image(e,r){let n=(await this.send("BatchG\
etImage",new Yi({registryId:this.registryId,repositoryName:e,imageIds:[{imageDigest:r}],acceptedMediaTypes:fn}))).images?.[0];return n?.imageManifest?{digest:r,
manifest:n.imageManifest,mediaType:n.imageManifestMediaType??""}:void 0}async blobUrl(e,r){let o=await this.send("GetDownloadUrlForLayer",new Kl({registryId:this.
registryId,repositoryName:e,layerDigest:r}));if(!o.downloadUrl)throw new H(`ECR GetDownloadUrlForLayer returned no URL for ${r}`);return o.downloadUrl}async latestImage(e,r){
let o,n;for(let s=0;s<DG;s++){let i;try{i=await this.send("DescribeImages",new ql({registryId:this.registryId,repositoryName:e,filter:{tagStatus:"TAGGED"},maxResults:1e3,
nextToken:n}))}catch(a){if(xt(a)==="RepositoryNotFoundException")return;throw a}for(let a of i.imageDetails??[]){let c=a.imagePushedAt?.getTime()??0;a.imageDigest&&
(!r||a.imageTags?.some(l=>l.endsWith(r)))&&!a.artifactMediaType?.includes("artifact")&&fn.includes(a.imageManifestMediaType??fn[0])&&c>=(o?.at??-1)&&(o={digest:a.
imageDigest,at:c})}if(n=i.nextToken,!n)break}return o?.digest}async putTag(e,r,o){try{await this.send("PutImage",new Jl({registryId:this.registryId,repositoryName:e,
imageManifest:r.manifest,imageManifestMediaType:r.mediaType||void 0,imageDigest:r.digest,imageTag:o}))}catch(n){if(xt(n)==="ImageAlreadyExistsException")return;
throw xt(n)==="ImageTagAlreadyExistsException"?new H(`tag ${o} already exists in the immutable repository ${e} at another image`,"immutable tags cannot move: dr\
op the tag from `tags`, or use a new one",{cause:n}):n}}async scanFindings(e,r,o){try{return await this.send("DescribeImageScanFindings",new Vl({registryId:this.
registryId,repositoryName:e,imageId:{imageDigest:r},nextToken:o,maxResults:1e3}))}catch(n){if(xt(n)==="ScanNotFoundException")return;throw n}}async startScan(e,r){
await this.send("StartImageScan",new Ql({registryId:this.registryId,repositoryName:e,imageId:{imageDigest:r}}))}async describe(e){try{return(await this.send("De\
scribeRepositories",new Wl({registryId:this.registryId,repositoryNames:[e]}))).repositories?.[0]}catch(r){if(xt(r)==="RepositoryNotFoundException")return;throw r}}send(e,r){
return nd(NG,e,this.deadline,()=>this.ecr.send(r,this.sendOptions))}};function Xh(t,e){return{name:t.repositoryName,uri:t.repositoryUri,arn:t.repositoryArn,mutability:t.
imageTagMutability??"MUTABLE",exclusionFilters:(t.imageTagMutabilityExclusionFilters??[]).map(r=>r.filter??"").filter(Boolean),scanOnPush:t.imageScanningConfiguration?.
scanOnPush??!1,created:e}}function kG(t,e){if(t.imageTagMutability==="IMMUTABLE_WITH_EXCLUSION"){if(e.length>lu)throw new H(`an IMMUTABLE_WITH_EXCLUSION reposit\
ory takes at most ${lu} exclusion filters; keeping this run's extra tags movable needs ${e.length}: ${e.join(", ")}`,"use fewer extra tags, create the repositor\
y yourself with wildcard filters, or use MUTABLE");return e.map(r=>({filterType:"WILDCARD",filter:r}))}}async function id(t,e,r,o){let n=new Map;for(let i of t)n.set(i.region??e,[...n.get(i.region??e)??[],i.id]);return(await Promise.all([...n].map(async([i,a])=>{let c=new ns(
i,r,void 0,o);try{return await c.logins(a)}finally{c.close()}}))).flat()}var $G=/unauthorized|authentication required|no basic auth credentials|denied|\b401\b|\b403\b|may require 'docker login'/i,
LG=/^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;function Qh(t){let e;try{e=(0,uD.readFileSync)(t,"utf8")}catch{return[]}let r=new Set;for(let o of e.
matchAll(/^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)/gim)){let n=o[1].split("/")[0];o[1].includes("/")&&(/[.:]/.test(n)||n==="localhost")&&r.add(n)}return[...r]}function mD(t,e,r,o){
if(!$G.test(t))return;let n=Qh(e).filter(i=>!r.includes(i));return n.length?`the Dockerfile pulls from ${n.map(i=>{let a=LG.exec(i);return a?`${i} (pull-registr\
ies: ${a[2]===o?a[1]:`${a[1]}@${a[2]}`})`:i}).join(", ")}, which docker is not logged in to: add the registry's account id (or ID@REGION) to pull-registries`:void 0}var ED=require("node:child_process"),xD=require("node:fs"),SD=require("node:util");zp();var UG=/^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/,FG=/^(?:arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)|alias\/[\w/+=,.@-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
MG=/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/,BG=/^[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$|^(?:sha256:)?[a-f0-9]{12,64}$/,
HG=100,jG=/^[A-Za-z_][A-Za-z0-9_]{0,255}$/,GG=/^[A-Za-z0-9][A-Za-z0-9._/-]{0,255}=/,ea="sts.amazonaws.com",gn=["CRITICAL","HIGH","MEDIUM","LOW"],fD=[{name:"repo\
sitory",field:"repository",...le(Be.repository),required:!0,description:"ECR repository name, e.g. `team/api`. Validated against ECR's naming rule before any AW\
S call.",iamPolicy:{value:"NAME",description:"ECR repository the role delivers to."}},{name:"aws-region",field:"awsRegion",...le(Be.region),defaultText:"`AWS_RE\
GION`, then `AWS_DEFAULT_REGION`",description:"Region of the registry.",iamPolicy:{value:"REGION"}},{name:"role-to-assume",field:"roleToAssume",...le(se(UG,"is \
not an IAM role ARN like `arn:aws:iam::123456789012:role/name`")),defaultText:"none: the ambient AWS credential chain",description:"IAM role ARN, assumed with `\
AssumeRoleWithWebIdentity` using the CI's OIDC token."},{name:"audience",field:"audience",...le(Be.audience),default:ea,description:"Audience asked for the GitH\
ub OIDC token (CircleCI tokens are used as issued).",iamPolicy:{value:"AUD",description:"Pinned `aud` of the trust policy.",default:void 0,defaultText:"sts.amaz\
onaws.com on GitHub, the org id on CircleCI"}},{name:"web-identity-token-file",field:"webIdentityTokenFile",...Rn(Uo),defaultText:"`AWS_WEB_IDENTITY_TOKEN_FILE`",
description:"OIDC token file, for CIs other than GitHub and CircleCI."},{name:"role-session-name",field:"roleSessionName",...le(Be.sessionName),defaultText:"der\
ived from the CI run, e.g. `ecr-deliver-<run id>`",description:"STS session name (STS's charset `[\\w+=,.@-]`, 2\u201364 characters)."},{name:"role-duration-sec\
onds",field:"roleDurationSeconds",...la(900,43200),default:"3600",description:"Lifetime of the assumed role's credentials, 900\u201343200."},{name:"registry-id",
field:"registryId",...le(Be.account),defaultText:"the caller's account",description:"Account id (12 digits) that owns the registry, for cross-account pushes.",iamPolicy:{
value:"ID",defaultText:"`account-id`"}},{name:"create-repository",field:"createRepository",...lt,default:"true",description:"Create the repository when it is mi\
ssing.",iamPolicy:{value:"true|false",description:"The delivery may create the repository."}},{name:"image-tag-mutability",field:"imageTagMutability",...Mr("MUT\
ABLE","IMMUTABLE","IMMUTABLE_WITH_EXCLUSION"),default:"MUTABLE",description:"Tag mutability of a created repository: MUTABLE, IMMUTABLE or IMMUTABLE_WITH_EXCLUS\
ION (the extra `tags` stay mutable)."},{name:"scan-on-push",field:"scanOnPush",...lt,default:"true",description:"Scan on push, for a created repository."},{name:"\
encryption-type",field:"encryptionType",...Mr("AES256","KMS"),default:"AES256",description:"Encryption of a created repository: AES256 or KMS (`kms-key` with KM\
S).",iamPolicy:{value:"AES256|KMS",description:"Encryption of a created repository; KMS adds the KMS grants ECR needs."}},{name:"kms-key",field:"kmsKey",...le(se(
FG,"is not a KMS key ARN, key id or `alias/\u2026`")),description:"KMS key ARN, id or alias, with `encryption-type: KMS`.",iamPolicy:{value:"ARN",description:"K\
MS key ARN of a created repository.",defaultText:"any key of the account",...le(se(zy,"is not a KMS key or alias ARN like `arn:aws:kms:eu-west-1:123456789012:ke\
y/\u2026`"))}},{name:"lifecycle-policy",field:"lifecyclePolicy",...Rn(du),description:"Path to a lifecycle policy JSON file, applied to the repository.",iamPolicy:{
value:"FILE|true",description:"The delivery applies a lifecycle policy.",default:"false",...gu}},{name:"repository-policy",field:"repositoryPolicy",...Rn(du),description:"\
Path to a repository policy JSON file, applied to the repository.",iamPolicy:{value:"FILE|true",description:"The delivery applies a repository policy.",default:"\
false",...gu}},{name:"context",field:"context",builds:!0,...Rn(),default:".",description:"Build context directory."},{name:"dockerfile",field:"dockerfile",builds:!0,
...Rn(),defaultText:"`Dockerfile` in the context",description:"Dockerfile path."},{name:"build-args",field:"buildArgs",builds:!0,...nE,description:"Build argume\
nts, newline-separated `KEY=VALUE`; values are never printed (names only) and reach docker through its environment, not argv."},{name:"target",field:"target",builds:!0,
...le(se(MG,"is not a build stage name")),description:"Build stage to build."},{name:"platform",field:"platform",...le($y),description:"Target platforms, e.g. `\
linux/amd64,linux/arm64` (needs buildx)."},{name:"cache",field:"cache",builds:!0,...lt,default:"true",description:"Reuse the layers of the latest image in the r\
epository on a fresh runner (inline cache on BuildKit, a pull and `--cache-from` on the classic builder); works in IMMUTABLE repositories, and a missing or fail\
ing cache never fails a delivery.",iamPolicy:{value:"true|false",description:"The delivery uses the layer cache."}},{name:"provenance",field:"provenance",builds:!0,
...lt,default:"false",description:"BuildKit provenance/SBOM attestations (needs buildx). Off by default: the attestation index shows up as untagged images in EC\
R and breaks Lambda deploys."},{name:"image",field:"image",builds:!0,...le(se(BG,"is not a local image reference like `name:tag` or an image id")),description:"\
Push this existing local image instead of building."},{name:"commit-sha",field:"commitSha",...le(Be.commitSha,t=>t.toLowerCase()),defaultText:"`GITHUB_SHA` (the\
 PR head on `pull_request`), `CIRCLE_SHA1`, else `git rev-parse HEAD`",description:"Commit SHA the image is tagged with (40 hex characters)."},{name:"tags",field:"\
tags",...Lo(Be.tag,{commas:!0,max:HG}),description:"Extra tags, newline- or comma-separated; the commit SHA tag is always applied."},{name:"skip-existing",field:"\
skipExisting",...lt,default:"false",description:"When the SHA tag already exists in ECR: no build, no layer upload; extra tags are added to the existing image b\
y manifest copy."},{name:"push",field:"push",builds:!0,...lt,default:"true",description:"Push to ECR; `false` builds and tags only (pull-request builds).",iamPolicy:{
value:"true|false",description:"The delivery pushes; `false`: build-only runs that just look the repository up."}},{name:"web-identity-token-env",field:"webIden\
tityTokenEnv",...le(se(jG,"is not an environment variable name (letters, digits, `_`)")),description:"Name of an environment variable that holds the OIDC token,\
 for CIs other than GitHub and CircleCI (no token file needed)."},{name:"pull-registries",field:"pullRegistries",...Ly,description:"Other ECR registries docker \
is logged in to before the build, so `FROM` and cache pulls can read them: account ids (12 digits), or `ID@REGION` for another region, comma- or newline-separat\
ed.",iamPolicy:{value:"IDS",description:"Base-image registries the build pulls from: account ids or `ID@REGION`, comma-separated (as given to the delivery)."}},
{name:"registry-type",field:"registryType",...Mr("private","public"),default:"private",description:"`private`, or `public` for ECR Public (`public.ecr.aws`; als\
o chosen by a repository given as `public.ecr.aws/<alias>/<name>`).",iamPolicy:{value:"private|public",description:"`public`: the ECR Public actions instead.",defaultText:"\
private, or public for a public.ecr.aws/ repository"}},{name:"catalog-description",field:"catalogDescription",...da(1024),description:"ECR Public: short descrip\
tion of a created repository (text, or `file://PATH`)."},{name:"catalog-about",field:"catalogAbout",...da(25600),description:'ECR Public: "About" text (markdown\
) of a created repository (text, or `file://PATH`).'},{name:"catalog-usage",field:"catalogUsage",...da(25600),description:'ECR Public: "Usage" text (markdown) o\
f a created repository (text, or `file://PATH`).'},{name:"mode",field:"mode",...Mr("deliver","login","part","merge"),default:"deliver",description:"`deliver`; `\
login`: credentials and docker login to the registry and every `pull-registries` id, in the job's docker config, for later docker steps; `part`: one platform's \
image of a multi-arch image (`platform`, else the daemon's), tagged only `<sha>-<os>-<arch>[-<variant>]`; `merge`: the parts of every `platform` into one image \
index under every tag, with ECR's API only (no docker).",iamPolicy:{value:"deliver|part|merge",description:"The mode the role runs: `part` as `deliver`; `merge`\
 reads the parts and their configs and puts the index (no upload).",...Mr("deliver","part","merge")}},{name:"docker-credentials-output",field:"dockerCredentials\
Output",...lt,default:"false",githubOnly:!0,description:"GitHub Action, `login` mode: set masked outputs `docker-username` and `docker-password` for a later job\
's `services:` credentials (they are secrets: see the README)."},{name:"skip-logout",field:"skipLogout",...lt,default:"false",githubOnly:!0,description:"GitHub \
Action, `login` mode: keep the docker login after the job (the post step does not log out; shared self-hosted runners)."},{name:"timeout-seconds",field:"timeout\
Seconds",...la(1,86400),default:"3600",description:"Upper bound on the whole run (AWS calls, build, push), 1\u201386400; a hung endpoint fails the step instead of th\
e CI job's own timeout. Each AWS call also gives up after 5 attempts of at most 30 s."},{name:"secrets",field:"secrets",builds:!0,...tE,description:"Build secre\
ts, lines `id=VALUE` or `id=env:NAME`, for `RUN --mount=type=secret,id=\u2026` (BuildKit); masked, never in argv, layers or history."},{name:"secret-files",field:"\
secretFiles",builds:!0,...rE,description:"Build secrets from files, lines `id=PATH` (BuildKit)."},{name:"ssh",field:"ssh",builds:!0,...oE,description:"SSH agent\
 or keys for `RUN --mount=type=ssh` (BuildKit): `default` (the agent at `SSH_AUTH_SOCK`) or lines `id=PATH`."},{name:"semver-tags",field:"semverTags",...lt,default:"\
false",description:"On a semantic-version git tag (`v1.2.3` or `1.2.3`): also tag `1.2.3`, `1.2` and `1` (pre-releases only their own tag, `0.y.z` no `0`). `lat\
est` only when listed in `tags`."},{name:"branch-tag",field:"branchTag",...lt,default:"false",description:"Also tag the branch name made a valid tag (`feature/L\
ogin` \u2192 `feature-login`, cut to 128 characters with a hash suffix), and `pr-<number>` on pull requests."},{name:"git-ref",field:"gitRef",...Uy,defaultText:"\
`GITHUB_REF`; `CIRCLE_TAG`, `CIRCLE_BRANCH`, `CIRCLE_PULL_REQUEST`; else `git describe --tags --exact-match` and the checked-out branch",description:"The git re\
f `semver-tags` and `branch-tag` read: `refs/tags/NAME`, `refs/heads/NAME` or `refs/pull/N/merge`."},{name:"labels",field:"labels",builds:!0,...Lo(se(GG,"is not\
 `key=value` with a key of letters, digits, `.`, `_`, `-` and `/`")),description:"Extra OCI labels, lines `key=value`, added to the ones always set (revision, s\
ource, created; version from a semver tag); a key given here wins."},{name:"scan-wait",field:"scanWait",...lt,default:"false",description:"After the push, wait \
for ECR's scan of the pushed digest (basic or enhanced scanning) and report the findings (`scan-findings`, the summary).",iamPolicy:{value:"true|false",description:"\
The delivery waits for the image scan."}},{name:"scan-start",field:"scanStart",...lt,default:"false",description:"With `scan-wait`: start a basic scan (`StartIm\
ageScan`) when the repository did not scan the image on push.",iamPolicy:{value:"true|false",description:"With `--scan-wait`: the delivery may start a scan."}},
{name:"scan-timeout-seconds",field:"scanTimeoutSeconds",...la(1,86400),default:"600",description:"How long `scan-wait` waits for the scan, 1\u201386400 (also bounded\
 by `timeout-seconds`)."},{name:"fail-on-severity",field:"failOnSeverity",...Mr(...gn,"none"),default:"none",description:"With `scan-wait`: exit 1 when findings\
 at or above CRITICAL, HIGH, MEDIUM or LOW exist, or when the scan cannot be had (after all outputs are set; the image stays pushed). `none` only reports."},{name:"\
account-id",field:"accountId",...le(Be.account),required:!0,iamPolicyOnly:!0,iamPolicy:{value:"ID"},description:"AWS account id (12 digits) of the role and its \
OIDC provider."},{name:"provider",field:"provider",...Mr("github","circleci","none"),iamPolicyOnly:!0,iamPolicy:{value:"github|circleci|none",defaultText:"githu\
b with `--repo`, circleci with `--org-id`"},description:"Whose OIDC tokens the role trusts; `none` prints the permissions policy only."},{name:"repo",field:"rep\
o",...le(qy),iamPolicyOnly:!0,iamPolicy:{value:"OWNER/REPO"},description:"GitHub repository, or its immutable form OWNER@ID/REPO@ID when its OIDC subject carrie\
s ids."},{name:"branch",field:"branch",...le(Wy,t=>t.replace(/^refs\/heads\//,"")),iamPolicyOnly:!0,iamPolicy:{value:"BRANCH",defaultText:"`main`"},description:"\
GitHub branch allowed to deliver (`*` patterns allowed)."},{name:"tag",field:"tag",...le(Ky,t=>t.replace(/^refs\/tags\//,"")),iamPolicyOnly:!0,iamPolicy:{value:"\
TAG"},description:"GitHub tag allowed to deliver, for release workflows on tag pushes (`v*` patterns allowed; instead of `--branch`)."},{name:"environment",field:"\
environment",...le(se(jy,"is not a GitHub environment name (1\u2013255 characters, no `:`)")),iamPolicyOnly:!0,iamPolicy:{value:"NAME"},description:"GitHub envi\
ronment allowed to deliver, for jobs that use `environment:` (instead of `--branch`)."},{name:"pull-request",field:"pullRequest",...lt,default:"false",iamPolicyOnly:!0,
iamPolicy:{value:"true|false"},description:"Trust runs on `pull_request` events of the repository instead of a branch (pair it with `--push false`)."},{name:"gi\
thub-issuer",field:"githubIssuer",...Yy,iamPolicyOnly:!0,iamPolicy:{value:"HOST",defaultText:"token.actions.githubusercontent.com"},description:"GitHub Enterpri\
se Server's OIDC issuer, `HOST/_services/token`."},{name:"org-id",field:"orgId",...le(se(fu,"is not a CircleCI organization id (a lowercase UUID)")),iamPolicyOnly:!0,
iamPolicy:{value:"UUID"},description:"CircleCI organization id (Organization Settings > Overview)."},{name:"project-id",field:"projectId",...le(se(fu,"is not a \
CircleCI project id (a lowercase UUID)")),iamPolicyOnly:!0,iamPolicy:{value:"UUID"},description:"CircleCI project id allowed to deliver (required with `--org-id\
`: without it every project of the org, with any context, could deliver)."},{name:"vcs-ref",field:"vcsRef",...le(se(Gy,"is not a git ref like `refs/heads/main`")),
iamPolicyOnly:!0,iamPolicy:{value:"REF"},description:"CircleCI: pin the git ref too, e.g. `refs/heads/main` (matched in the sub of `CIRCLE_OIDC_TOKEN_V2`, which\
 the orb uses; `*` patterns allowed)."},{name:"pull-repositories",field:"pullRepositories",...Lo(se(Vy,"is not a repository name pattern (lowercase name, `*` wi\
ldcards)"),{commas:!0}),iamPolicyOnly:!0,iamPolicy:{value:"PATTERNS",defaultText:"every repository, `*`"},description:"Repositories of the `--pull-registries` t\
he build pulls, name patterns, comma-separated."},{name:"pull-through",field:"pullThrough",...Lo(Jy,{commas:!0}),iamPolicyOnly:!0,iamPolicy:{value:"PREFIXES"},description:"\
Pull-through cache prefixes of the target registry the build pulls from (adds `ecr:BatchImportUpstreamImage` and `ecr:CreateRepository` on `PREFIX/*`)."},{name:"\
only",field:"only",...Mr("permissions","trust"),iamPolicyOnly:!0,iamPolicy:{value:"permissions|trust"},description:"Print just that one policy document, ready f\
or `aws iam \u2026 file://`."}],zG=t=>!t.iamPolicyOnly,No=fD.filter(zG),ad=["aws-region","role-to-assume","audience","web-identity-token-file","role-session-nam\
e","role-duration-seconds","registry-id","web-identity-token-env","pull-registries","registry-type"],gD=No.filter(t=>!t.githubOnly&&!t.builds&&t.name!=="mode").
map(t=>t.name);function VG(t,e){let r="default"in e?e.default:t.default,o=e.defaultText??(r!==void 0?`\`${r}\``:t.defaultText),n=`${e.description??t.description}${t.
required?" Required.":""}${o?` Default: ${o}.`:""}`;return{name:t.name,field:t.field,value:e.value,description:n,type:e.type??t.type,parse:e.parse??t.parse,default:r,
required:t.required}}var ss=fD.flatMap(t=>t.iamPolicy?[VG(t,t.iamPolicy)]:[]).sort((t,e)=>+!!e.required-+!!t.required);async function Zh(t){if(t.tokenEnv){let r=t.env[t.tokenEnv]?.trim();if(!r)throw new Ie(`web-identity-token-env names ${t.tokenEnv}, which is not set or empty`);
return{token:r,source:`environment variable ${t.tokenEnv}`}}if(t.tokenFile)return{token:hD(t.tokenFile),source:`file ${t.tokenFile}`};if(t.ci==="github")return{
token:await qG(t),source:"GitHub OIDC"};if(t.ci==="circleci")return WG(t);let e=t.env.AWS_WEB_IDENTITY_TOKEN_FILE;if(e)return{token:hD(e),source:`file ${e}`};throw new Ie(
"role-to-assume is set but no OIDC token was found","outside GitHub and CircleCI, write the CI's OIDC token to a file and pass web-identity-token-file (or AWS_W\
EB_IDENTITY_TOKEN_FILE), or name the variable that holds it in web-identity-token-env")}function hD(t){let e=(0,xD.readFileSync)(t,"utf8").trim();if(!e)throw new Ie(
`the OIDC token file ${t} is empty`);return e}async function qG(t){if(!t.env.ACTIONS_ID_TOKEN_REQUEST_URL||!t.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN||!t.platformToken)
throw new Ie("GitHub did not give this job an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set)","add `permissions: id-token: write` (and `contents: read`) t\
o the workflow or job");try{return await t.platformToken(t.audience)}catch(e){throw e instanceof Er?e:new yr(`could not get the GitHub OIDC token: ${e.message}`,
"check `permissions: id-token: write`; tokens are not issued to pull requests from forks")}}async function WG(t){let e=t.env.CIRCLE_OIDC_TOKEN_V2||t.env.CIRCLE_OIDC_TOKEN,
r=e&&{token:e.trim(),source:t.env.CIRCLE_OIDC_TOKEN_V2?"CIRCLE_OIDC_TOKEN_V2":"CIRCLE_OIDC_TOKEN"};if(r&&!t.renew)return r;try{let o=["run","oidc","get"];t.audience!==
ea&&o.push("--claims",JSON.stringify({aud:t.audience}));let{stdout:n}=await(0,SD.promisify)(ED.execFile)("circleci",o,{encoding:"utf8",env:t.env}),s=n.trim();if(s)
return{token:s,source:"circleci run oidc get"}}catch{}if(r)return r;throw new Ie("CircleCI did not give this job an OIDC token (no CIRCLE_OIDC_TOKEN_V2 or CIRCL\
E_OIDC_TOKEN)","run the job with a context (CircleCI issues OIDC tokens only to jobs that use one), or pass web-identity-token-file")}function KG(t){try{let e=JSON.
parse(Buffer.from(t.split(".")[1]??"","base64url").toString("utf8")),r=o=>Array.isArray(o)?o.join(","):typeof o=="string"?o:void 0;return{iss:r(e.iss),sub:r(e.sub),
aud:r(e.aud)}}catch{return{}}}async function ey(t,e,r,o){r.secret(e);let n=Zn({roleArn:t.roleArn,roleSessionName:t.sessionName,webIdentityToken:e,durationSeconds:t.
durationSeconds,clientConfig:os(t.region,void 0,o)});try{let s=await ro(o,"STS AssumeRoleWithWebIdentity",()=>n());return YG({accessKeyId:s.accessKeyId,secretAccessKey:s.
secretAccessKey,sessionToken:s.sessionToken,expiration:s.expiration},r)}catch(s){throw XG(s,t,e)}}function RD(t,e){let r={credentials:t,margin:yD(t)},o;return()=>{
let n=r.credentials.expiration?.getTime();return n===void 0||n-Date.now()>r.margin?Promise.resolve(r.credentials):(o??=e().then(s=>(r={credentials:s,margin:yD(s)},
s)).finally(()=>{o=void 0}),o)}}var JG=300*1e3;function yD(t){let e=t.expiration?t.expiration.getTime()-Date.now():1/0;return Math.min(JG,e/2)}function YG(t,e){
for(let r of[t.accessKeyId,t.secretAccessKey,t.sessionToken])r&&e.secret(r);return t}function XG(t,e,r){if(t instanceof yr||t instanceof Er)return t;let o=t,n=KG(
r),s=`token iss=${n.iss??"?"} sub=${n.sub??"?"} aud=${n.aud??"?"}`,i=rd(t);if(i.transient){let c=`STS AssumeRoleWithWebIdentity for ${e.roleArn} failed after ${i.
attempts} attempt(s) (${o.name}: ${o.message}); ${s}`;return new yr(c,od("STS",i.throttled),{cause:t})}let a=`STS refused AssumeRoleWithWebIdentity for ${e.roleArn}\
 (${o.name}: ${o.message}); ${s}`;switch(o.name){case"AccessDenied":case"AccessDeniedException":return new yr(a,"the role's trust policy must allow this token: \
Federated principal for the issuer, `aud` and `sub` conditions matching the values above (`ecr-deliver iam-policy` prints one)",{cause:t});case"InvalidIdentityT\
oken":case"InvalidIdentityTokenException":return new yr(a,"the account needs an IAM OIDC identity provider for this issuer, with the audience above as a client \
id",{cause:t});case"ExpiredTokenException":return new yr(a,"the OIDC token expired before it was used; request a fresh one",{cause:t});case"IDPCommunicationErro\
r":case"IDPCommunicationErrorException":return new yr(a,"STS could not reach the token issuer; retry the job",{cause:t});default:return new yr(a,void 0,{cause:t})}}var cN=require("node:fs");M();st();T();$();K();F();mt();Q();we();T();var _D=async(t,e,r)=>({operation:te(e).operation,region:await W(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function QG(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr-public",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{
config:e,context:r}})}}var wD=t=>{let e=[];switch(t.operation){default:e.push(QG(t))}return e},ID=t=>{let e=ur(t);return Object.assign(e,{authSchemePreference:W(
t.authSchemePreference??[])})};var TD=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr-public"}),CD={UseFIPS:{
type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"bui\
ltInParams",name:"useDualstackEndpoint"}};var vD={name:"@aws-sdk/client-ecr-public",version:"3.1108.0",description:"AWS SDK for JavaScript Ecr Public Client for Node.js, Browser and React Native",homepage:"\
https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-ecr-public",license:"Apache-2.0",author:{name:"AWS SDK for JavaScript Team",url:"https://aws.amazo\
n.com/sdk-for-javascript/"},repository:{type:"git",url:"https://github.com/aws/aws-sdk-js-v3.git",directory:"clients/client-ecr-public"},files:["dist-*/**"],sideEffects:!1,
main:"./dist-cjs/index.js",module:"./dist-es/index.js",browser:{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},types:"./dist-types/index.d.ts",typesVersions:{
"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},scripts:{build:"concurrently 'yarn:b\
uild:types' 'yarn:build:es' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","buil\
d:include:deps":'yarn g:turbo run build -F="$npm_package_name"',"build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downle\
vel-dts dist-types dist-types/ts3.4",clean:"premove dist-cjs dist-es dist-types","extract:docs":"api-extractor run --local","generate:client":"node ../../script\
s/generate-clients/single-service","test:index":"tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"},dependencies:{"@aws-sdk/core":"^3.977.7","@aw\
s-sdk/credential-provider-node":"^3.972.79","@aws-sdk/types":"^3.974.3","@smithy/core":"^3.31.1","@smithy/fetch-http-handler":"^5.6.13","@smithy/node-http-handl\
er":"^4.9.13","@smithy/types":"^4.16.1",tslib:"^2.6.2"},devDependencies:{"@tsconfig/node20":"20.1.8","@types/node":"^20.14.8",concurrently:"7.0.0","downlevel-dt\
s":"0.10.1",premove:"4.0.0",typescript:"~6.0.3"},engines:{node:">=20.0.0"}};M();we();T();$();mt();k();ho();we();rn();on();T();F();k();M();K();K();var ta="ref",hn=-1,cd=!0,PD="isSet",DD="PartitionResult",pd="booleanEquals",ty="getAttr",AD={[ta]:"Endpoint"},ry={[ta]:DD},is={},bD=[{[ta]:"Region"}],OD={conditions:[
[PD,[AD]],[PD,bD],["aws.partition",bD,DD],[pd,[{[ta]:"UseFIPS"},cd]],[pd,[{[ta]:"UseDualStack"},cd]],[pd,[{fn:ty,argv:[ry,"supportsDualStack"]},cd]],[pd,[{fn:ty,
argv:[ry,"supportsFIPS"]},cd]],["stringEquals",[{fn:ty,argv:[ry,"name"]},"aws"]]],results:[[hn],[hn,"Invalid Configuration: FIPS and custom endpoint are not sup\
ported"],[hn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[AD,is],["https://api.ecr-public-fips.{Region}.{PartitionResult#dualStack\
DnsSuffix}",is],[hn,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://api.ecr-public-fips.{Region}.{PartitionResult#d\
nsSuffix}",is],[hn,"FIPS is enabled but this partition does not support FIPS"],["https://ecr-public.{Region}.api.aws",is],["https://api.ecr-public.{Region}.{Par\
titionResult#dualStackDnsSuffix}",is],[hn,"DualStack is enabled but this partition does not support DualStack"],["https://api.ecr-public.{Region}.{PartitionResu\
lt#dnsSuffix}",is],[hn,"Invalid Configuration: Missing Region"]]},ez=2,St=1e8,tz=new Int32Array([-1,1,-1,0,13,3,1,4,St+12,2,5,St+12,3,9,6,4,7,St+11,5,8,St+10,7,
St+8,St+9,4,11,10,6,St+6,St+7,5,12,St+5,6,St+4,St+5,3,St+1,14,4,St+2,St+3]),ND=rt.from(tz,ez,OD.conditions,OD.results);var rz=new ot({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),kD=(t,e={})=>rz.get(t,()=>Bt(ND,{endpointParams:t,logger:e.logger}));De.aws=ft;Q();T();var J=class t extends et{constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var ld=class t extends J{name="InvalidParameterException";$fault="client";constructor(e){super({name:"InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},dd=class t extends J{name="RegistryNotFoundException";$fault="client";constructor(e){super({name:"RegistryNotFoundException",$fault:"client",
...e}),Object.setPrototypeOf(this,t.prototype)}},ud=class t extends J{name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryN\
otFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},md=class t extends J{name="ServerException";$fault="server";constructor(e){super(
{name:"ServerException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},fd=class t extends J{name="UnsupportedCommandException";$fault="client";constructor(e){
super({name:"UnsupportedCommandException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},gd=class t extends J{name="EmptyUploadException";$fault="\
client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},hd=class t extends J{name="InvalidLay\
erException";$fault="client";constructor(e){super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},yd=class t extends J{name="\
LayerAlreadyExistsException";$fault="client";constructor(e){super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Ed=class t extends J{name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},xd=class t extends J{name="UploadNotFoundException";$fault="client";constructor(e){super({name:"UploadNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Sd=class t extends J{name="InvalidTagParameterException";$fault="client";constructor(e){super({name:"InvalidTagParamet\
erException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Rd=class t extends J{name="LimitExceededException";$fault="client";constructor(e){
super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},_d=class t extends J{name="RepositoryAlreadyExistsExceptio\
n";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},wd=class t extends J{name="\
TooManyTagsException";$fault="client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Id=class t extends J{name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Td=class t extends J{name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Cd=class t extends J{name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},vd=class t extends J{name="RepositoryCatalogDataNotFoundException";$fault="client";constructor(e){
super({name:"RepositoryCatalogDataNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Pd=class t extends J{name="ImageAlreadyExi\
stsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ad=class t extends J{name="\
ImageDigestDoesNotMatchException";$fault="client";constructor(e){super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},bd=class t extends J{name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"cl\
ient",...e}),Object.setPrototypeOf(this,t.prototype)}},Od=class t extends J{name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){
super({name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}},Dd=class t extends J{name="LayersNotFoundException";$fault="client";constructor(e){
super({name:"LayersNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Nd=class t extends J{name="ReferencedImagesNotFoundExcept\
ion";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}};var oz="AuthorizationData";var nz="CreateRepository",sz="CreateRepositoryRequest",iz="CreateRepositoryResponse";var az="DescribeImageTags",cz="DescribeImageTagsRequest",pz="DescribeImageTagsResponse";var lz="DescribeRegistriesRequest",dz="DescribeRegistriesResponse",uz="DescribeRepositoriesRequest",mz="DescribeRepositoriesResponse",fz="DescribeRegistries",gz="\
DescribeRepositories",hz="EmptyUploadException",yz="GetAuthorizationToken",Ez="GetAuthorizationTokenRequest",xz="GetAuthorizationTokenResponse";var Sz="Image",Rz="ImageAlreadyExistsException";var _z="ImageDigestDoesNotMatchException";var wz="ImageIdentifier";var Iz="InvalidLayerException",Tz="InvalidLayerPartException";var Cz="ImageNotFoundException",vz="InvalidParameterException",Pz="ImageTagAlreadyExistsException",Az="ImageTagDetail",bz="ImageTagDetailList",Oz="InvalidTagPar\
ameterException",Dz="Key";var Nz="LayerAlreadyExistsException",kz="LimitExceededException";var $z="LayersNotFoundException",Lz="LayerPartTooSmallException";var Uz="PutImage",Fz="PutImageRequest",Mz="PutImageResponse";var Bz="Registry",Hz="RegistryAlias",jz="RepositoryAlreadyExistsException",Gz="RegistryAliasList";var zz="RepositoryCatalogDataInput",Vz="RepositoryCatalogDataNotFoundException",qz="RepositoryCatalogData",Wz="ReferencedImageDetail",Kz="ReferencedImagesNotFou\
ndException",Jz="RegistryList",Yz="RepositoryList",Xz="RepositoryNotEmptyException",Qz="RegistryNotFoundException",Zz="RepositoryNotFoundException",eV="Reposito\
ryPolicyNotFoundException",tV="Repository",rV="ServerException",oV="SetRepositoryPolicy",nV="SetRepositoryPolicyRequest",sV="SetRepositoryPolicyResponse",iV="Ta\
g",aV="TagList",cV="TooManyTagsException";var pV="UnsupportedCommandException";var lV="UploadNotFoundException";var dV="Value",uV="aliases",mV="authorizationData",fV="artifactMediaType",gV="authorizationToken",$D="aboutText",LD="architectures",ce="client",UD="createdAt",FD="\
catalogData",MD="description";var hV="defaultRegistryAlias",oe="error",yV="expiresAt";var EV="force",xV="image";var oy="imageDigest",SV="imageDetail";var RV="imageId",BD="imageManifest",ny="imageManifestMediaType",_V="imagePushedAt",wV="imageSizeInBytes";var IV="imageTagDetails",sy="imageTag";var TV="logoImageBlob";var CV="logoUrl",vV="lastValidByteReceived",ne="message",PV="marketplaceCertified",iy="maxResults";var AV="name",as="nextToken",HD="operatingSystems";var bV="primaryRegistryAlias";var jD="policyText",OV="repository";var DV="registryArn",NV="repositoryArn";var Xr="registryId",ko="repositoryName",kV="repositoryNames",$V="registryUri",LV="repositoryUri",UV="registries",FV="repositories",GD="smithy.ts.sdk.synthetic.c\
om.amazonaws.ecrpublic",MV="server",BV="status",HV="tags";var jV="uploadId",zD="usageText",GV="verified",I="com.amazonaws.ecrpublic",VD=Z.for(GD),zV=[-3,GD,"ECRPUBLICServiceException",0,[],[]];VD.registerError(zV,J);var re=Z.
for(I),VV=[-3,I,hz,{[oe]:ce},[ne],[0]];re.registerError(VV,gd);var qV=[-3,I,Rz,{[oe]:ce},[ne],[0]];re.registerError(qV,Pd);var WV=[-3,I,_z,{[oe]:ce},[ne],[0]];re.
registerError(WV,Ad);var KV=[-3,I,Cz,{[oe]:ce},[ne],[0]];re.registerError(KV,Cd);var JV=[-3,I,Pz,{[oe]:ce},[ne],[0]];re.registerError(JV,bd);var YV=[-3,I,Iz,{[oe]:ce},
[ne],[0]];re.registerError(YV,hd);var XV=[-3,I,Tz,{[oe]:ce},[Xr,ko,jV,vV,ne],[0,0,0,1,0]];re.registerError(XV,Od);var QV=[-3,I,vz,{[oe]:ce},[ne],[0]];re.registerError(
QV,ld);var ZV=[-3,I,Oz,{[oe]:ce},[ne],[0]];re.registerError(ZV,Sd);var eq=[-3,I,Nz,{[oe]:ce},[ne],[0]];re.registerError(eq,yd);var tq=[-3,I,Lz,{[oe]:ce},[ne],[0]];
re.registerError(tq,Ed);var rq=[-3,I,$z,{[oe]:ce},[ne],[0]];re.registerError(rq,Dd);var oq=[-3,I,kz,{[oe]:ce},[ne],[0]];re.registerError(oq,Rd);var nq=[-3,I,Kz,
{[oe]:ce},[ne],[0]];re.registerError(nq,Nd);var sq=[-3,I,Qz,{[oe]:ce},[ne],[0]];re.registerError(sq,dd);var iq=[-3,I,jz,{[oe]:ce},[ne],[0]];re.registerError(iq,
_d);var aq=[-3,I,Vz,{[oe]:ce},[ne],[0]];re.registerError(aq,vd);var cq=[-3,I,Xz,{[oe]:ce},[ne],[0]];re.registerError(cq,Id);var pq=[-3,I,Zz,{[oe]:ce},[ne],[0]];
re.registerError(pq,ud);var lq=[-3,I,eV,{[oe]:ce},[ne],[0]];re.registerError(lq,Td);var dq=[-3,I,rV,{[oe]:MV},[ne],[0]];re.registerError(dq,md);var uq=[-3,I,cV,
{[oe]:ce},[ne],[0]];re.registerError(uq,wd);var mq=[-3,I,pV,{[oe]:ce},[ne],[0]];re.registerError(mq,fd);var fq=[-3,I,lV,{[oe]:ce},[ne],[0]];re.registerError(fq,
xd);var qD=[VD,re],gq=[3,I,oz,0,[gV,yV],[0,4]];var hq=[3,I,sz,0,[ko,FD,HV],[0,()=>$q,()=>Gq],1],yq=[3,I,iz,0,[OV,FD],[()=>WD,()=>kq]];var Eq=[3,I,cz,0,[ko,Xr,as,iy],[0,0,0,1],1],xq=[3,I,pz,0,[IV,as],[()=>Mq,0]],Sq=[3,I,lz,0,[as,iy],[0,1]],Rq=[3,I,dz,0,[UV,as],[()=>Hq,0],1],_q=[3,I,uz,0,[Xr,kV,
as,iy],[0,64,0,1]],wq=[3,I,mz,0,[FV,as],[()=>jq,0]],Iq=[3,I,Ez,0,[],[]],Tq=[3,I,xz,0,[mV],[()=>gq]];var Cq=[3,I,Sz,0,[Xr,ko,RV,BD,ny],[0,0,()=>vq,0,0]];var vq=[3,I,wz,0,[oy,sy],[0,0]],Pq=[3,I,Az,0,[sy,UD,SV],[0,4,()=>Oq]];var Aq=[3,I,Fz,0,[ko,BD,Xr,ny,sy,oy],[0,0,0,0,0,0],2],bq=[3,I,Mz,0,[xV],[()=>Cq]];var Oq=[3,I,Wz,0,[oy,wV,_V,ny,fV],[0,1,4,0,0]],Dq=[3,I,Bz,0,[Xr,DV,$V,GV,uV],[0,0,0,2,()=>Bq],5],Nq=[3,I,Hz,0,[AV,BV,bV,hV],[0,0,2,2],4];var WD=[3,I,tV,0,[NV,Xr,ko,LV,UD],[0,0,0,0,4]],kq=[3,I,qz,0,[MD,LD,HD,CV,$D,zD,PV],[0,64,64,0,0,0,2]],$q=[3,I,zz,0,[MD,LD,HD,TV,$D,zD],[0,64,64,21,0,0]],Lq=[3,I,
nV,0,[ko,jD,Xr,EV],[0,0,0,2],2],Uq=[3,I,sV,0,[Xr,ko,jD],[0,0,0]],Fq=[3,I,iV,0,[Dz,dV],[0,0]];var Mq=[1,I,bz,0,()=>Pq];var Bq=[1,I,Gz,0,()=>Nq],Hq=[1,I,Jz,0,()=>Dq],jq=[1,I,Yz,0,()=>WD];var Gq=[1,I,aV,0,()=>Fq];var KD=[9,I,nz,0,()=>hq,()=>yq];var JD=[9,I,az,0,()=>Eq,()=>xq],YD=[9,I,fz,0,()=>Sq,()=>Rq],XD=[9,I,gz,0,()=>_q,()=>wq],QD=[9,I,yz,0,()=>Iq,()=>Tq];var ZD=[9,I,Uz,0,()=>Aq,()=>bq];var eN=[9,I,oV,0,()=>Lq,()=>Uq];var tN=t=>({apiVersion:"2020-10-30",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??he,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??kD,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??wD,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new Ee}],logger:t?.logger??new _e,protocol:t?.protocol??tn,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecrpublic",errorTypeRegistries:qD,xmlNamespace:"http://ecr-public.amazonaws.com/doc/2020-12-02/",version:"2020-10-30",serviceTarget:"\
SpencerFrontendService"},serviceId:t?.serviceId??"ECR PUBLIC",sha256:t?.sha256??ht,urlParser:t?.urlParser??ye,utf8Decoder:t?.utf8Decoder??ie,utf8Encoder:t?.utf8Encoder??
ee});var rN=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Nt),o=tN(t);Tt(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??w(gt,n),bodyLengthChecker:t?.bodyLengthChecker??Ct,credentialDefaultProvider:t?.credentialDefaultProvider??
Ji,defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:vD.version}),maxAttempts:t?.maxAttempts??w(Yt,t),region:t?.region??
w(Oe,{...tt,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??w({...Qt,default:async()=>(await r()).retryMode||it},t),streamCollector:t?.
streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??w(bt,n),useFipsEndpoint:t?.useFipsEndpoint??w(Ot,n),userAgentAppId:t?.userAgentAppId??w(tr,n)}};M();T();F();var oN=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);s===-1?e.
push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
nN=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var sN=(t,e)=>{let r=Object.assign(rr(t),$t(t),Ht(t),oN(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),jt(r),nN(r))};var kd=class extends Te{config;constructor(...[e]){let r=rN(e||{});super(r),this.initConfig=r;let o=TD(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=pr(a),l=ID(c),d=sN(l,e?.
extensions||[]);this.config=d,this.middlewareStack.use(Dt(this.config)),this.middlewareStack.use(Zt(this.config)),this.middlewareStack.use(dr(this.config)),this.
middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),
this.middlewareStack.use(dt(this.config,{httpAuthSchemeParametersProvider:_D,identityProviderConfigProvider:async u=>new Ve({"aws.auth#sigv4":u.credentials})})),
this.middlewareStack.use(ut(this.config))}destroy(){super.destroy()}};T();K();var Rt=Ut(CD,"SpencerFrontendService","ECRPUBLICClient",lr),_t={},wt=(t,e,r,o)=>[];var $d=class extends Rt(_t,wt,"CreateRepository",KD){};var Ld=class extends Rt(_t,wt,"DescribeImageTags",JD){};var Ud=class extends Rt(_t,wt,"DescribeRegistries",YD){};var Fd=class extends Rt(_t,wt,"DescribeRepositories",XD){};var Md=class extends Rt(_t,wt,"GetAuthorizationToken",QD){};var Bd=class extends Rt(_t,wt,"PutImage",ZD){};var Hd=class extends Rt(_t,wt,"SetRepositoryPolicy",eN){};function yn(t,e){let r=new URL(t),{request:o}=r.protocol==="https:"?require("node:https"):require("node:http");return new Promise((n,s)=>{let i=pD(r,process.env)??
!1,a=o(r,{method:e.method??"GET",headers:e.headers,agent:i,signal:e.signal,timeout:e.timeoutMs},c=>{let l=[];c.on("data",d=>l.push(d)),c.on("error",s),c.on("end",
()=>n({status:c.statusCode??0,text:Buffer.concat(l).toString("utf8"),headers:c.headers}))});if(e.connectTimeoutMs!==void 0){let c=e.connectTimeoutMs;a.on("socke\
t",l=>{if(!l.connecting)return;let d=setTimeout(()=>a.destroy(new Error(`no connection within ${c} ms`)),c);l.once("connect",()=>clearTimeout(d)),l.once("close",
()=>clearTimeout(d))})}a.on("timeout",()=>a.destroy(new Error(`no answer within ${e.timeoutMs} ms`))),a.on("error",s),a.end(e.body)})}var iN=3e4,zq=t=>/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(t)?"http":"https";function Vq(t){let e=/^(\w+)\s*(.*)$/.exec(t??"");if(!e)return;let r={};
for(let o of e[2].matchAll(/(\w+)="([^"]*)"/g))r[o[1]]=o[2];return{kind:e[1].toLowerCase(),params:r}}async function aN(t,e,r,o,n){let s=`${zq(t.host)}://${t.host}\
/v2/${e}/manifests/${encodeURIComponent(r)}`,i=`Basic ${Buffer.from(`${t.username}:${t.password}`).toString("base64")}`,a=d=>yn(s,{headers:{accept:o.join(", "),
...d?{authorization:d}:{}},timeoutMs:iN,signal:n}),c=await a();if(c.status===401){let d=Vq(c.headers["www-authenticate"]);if(d?.kind==="bearer"&&d.params.realm){
let u=new URL(d.params.realm);d.params.service&&u.searchParams.set("service",d.params.service),u.searchParams.set("scope",d.params.scope??`repository:${e}:pull`);
let m=await yn(u,{headers:{authorization:i},timeoutMs:iN,signal:n}),f=JSON.parse(m.text);c=await a(`Bearer ${f.token??f.access_token}`)}else c=await a(i)}if(c.status!==
200)throw new Error(`the registry answered ${c.status} for ${e}:${r}`);let l=JSON.parse(c.text).mediaType;return{manifest:c.text,mediaType:l??String(c.headers["\
content-type"]??"").split(";")[0]}}var qq="us-east-1",Wq={label:"ECR Public",permissionHint:t=>`the credentials need ecr-public:${t}${t==="GetAuthorizationToken"?" and sts:GetServiceBearerToken":
""} (\`ecr-deliver iam-policy --registry-type public\` prints the policy)`};function Kq(t){let e={description:t.catalogDescription,aboutText:t.catalogAbout,usageText:t.
catalogUsage};return Object.values(e).some(r=>r!==void 0)?e:void 0}var jd=class{constructor(e,r,o){this.registryId=r;this.deadline=o;this.client=new kd(os(qq,e,
o))}registryId;deadline;client;registryUri;loginData;close(){this.client.destroy()}send(e,r){return nd(Wq,e,this.deadline,()=>this.client.send(r,{abortSignal:this.
deadline?.signal}))}async login(){let[e,r]=await Promise.all([this.send("GetAuthorizationToken",new Md({})),this.registryUri??this.describeRegistryUri()]);return Qi(
e.authorizationData,r.split("/")[0])}async describeRegistryUri(){let e=await this.send("DescribeRegistries",new Ud({})),r=e.registries?.find(o=>!this.registryId||
o.registryId===this.registryId)??e.registries?.[0];if(!r?.registryUri)throw new H("ECR Public returned no registry","create the public registry (its alias) in t\
he ECR Public console first");return this.registryUri=r.registryUri,r.registryUri}async findRepository(e){try{let o=(await this.send("DescribeRepositories",new Fd(
{registryId:this.registryId,repositoryNames:[Br(e)]}))).repositories?.[0];return o&&this.info(o,!1)}catch(r){if(xt(r)==="RepositoryNotFoundException")return;throw r}}async ensureRepository(e){
let r=await this.findRepository(e.repository);if(r)return r;if(!e.createRepository)throw new H(`repository ${e.repository} does not exist in ECR Public`,"create\
 it, or set create-repository: true");try{let o=await this.send("CreateRepository",new $d({repositoryName:Br(e.repository),catalogData:Kq(e)}));return this.info(
o.repository,!0)}catch(o){if(xt(o)!=="RepositoryAlreadyExistsException")throw o;let n=await this.findRepository(e.repository);if(!n)throw o;return n}}async applyPolicies(e){
e.repositoryPolicy&&await this.send("SetRepositoryPolicy",new Hd({registryId:this.registryId,repositoryName:Br(e.repository),policyText:(0,cN.readFileSync)(e.repositoryPolicy,
"utf8")}))}async images(e,r){let o=new Map,n;try{do{let s=await this.send("DescribeImageTags",new Ld({registryId:this.registryId,repositoryName:Br(e),nextToken:n}));
for(let i of s.imageTagDetails??[])i.imageTag&&r.includes(i.imageTag)&&i.imageDetail?.imageDigest&&o.set(i.imageTag,{digest:i.imageDetail.imageDigest,manifest:"",
mediaType:i.imageDetail.imageManifestMediaType??""});n=s.nextToken}while(n&&o.size<r.length)}catch(s){if(xt(s)==="RepositoryNotFoundException")return o;throw s}
return o}async putTag(e,r,o){let{manifest:n,mediaType:s}=r;if(!n){this.loginData??=this.login();let i=await this.loginData,a=`${(this.registryUri??"").split("/").
slice(1).join("/")}/${Br(e)}`.replace(/^\//,"");({manifest:n,mediaType:s}=await aN(i,a,r.digest,fn,this.deadline?.signal))}try{await this.send("PutImage",new Bd(
{registryId:this.registryId,repositoryName:Br(e),imageManifest:n,imageManifestMediaType:s||void 0,imageDigest:r.digest,imageTag:o}))}catch(i){if(xt(i)==="ImageA\
lreadyExistsException")return;throw i}}info(e,r){return this.registryUri??=e.repositoryUri.slice(0,e.repositoryUri.length-e.repositoryName.length-1),{name:e.repositoryName,
uri:e.repositoryUri,arn:e.repositoryArn,mutability:"MUTABLE",exclusionFilters:[],scanOnPush:!1,created:r}}};var Jq=(t,e,r,o)=>new ns(t,e,r,o),Yq=(t,e,r,o)=>new jd(e,r,o);function cs(t,e,r){return(t.openRegistry??(t.options.registryType==="public"?Yq:Jq))(t.context.region,
e,t.options.registryId,r)}function ps(t){if(t.options.roleToAssume)return Zh(pN(t)).catch(e=>e)}function pN({options:t,context:e,platformToken:r,env:o}){return{
ci:e.ci,audience:t.audience,tokenFile:t.webIdentityTokenFile,tokenEnv:t.webIdentityTokenEnv,platformToken:r,env:o}}async function ls(t,e,r){let{options:o,context:n,
reporter:s}=t;if(!o.roleToAssume||!e){s.info("No role-to-assume: using the ambient AWS credential chain");return}let i=await e;if(i instanceof Error)throw i;s.info(
`Assuming ${o.roleToAssume} as ${n.sessionName} with the OIDC token from ${i.source}`);let a={roleArn:o.roleToAssume,sessionName:n.sessionName,durationSeconds:o.
roleDurationSeconds,region:n.region},c=await ey(a,i.token,s,r);return RD(c,async()=>{let l=await Zh({...pN(t),renew:!0});return s.info(`Renewing the credentials\
 of ${o.roleToAssume} before they expire, with a new OIDC token from ${l.source}`),ey(a,l.token,s,r)})}function Gd(t){let e=new to(t.options.timeoutSeconds,t.lifetime);return e.bound(()=>Xq(t,e))}async function Xq(t,e){let r=new oo(t.run,t.reporter,e,wn(t.env)),o=r.
check(),n=ps(t);await o;let s=await t.reporter.phase("Credentials",()=>ls(t,n,e)),i=cs(t,s,e);try{return await t.reporter.phase("Login",async()=>{let[a,c]=await Promise.
all([i.login(),id(t.options.pullRegistries,t.context.region,s,e)]),l=[a,...c.filter(d=>d.host!==a.host)];for(let d of l)t.onLogin?.(d.host),await r.login(d);return{
registry:a.host,registries:l.map(d=>d.host),login:a}})}finally{i.close()}}var zd=require("node:fs");function lN(t,e){if(t.kmsKey!==void 0&&t.encryptionType!=="KMS")throw new _("kms-key",t.kmsKey,"needs `encryption-type: KMS`");let r={registryType:Vd(t)},o={...t,
...r};return Qq(o),ay(t.mode,t.dockerCredentialsOutput),e6(o),Zq(o),e==="deliver"&&t.mode!=="merge"&&t6(o),r}function Vd(t){return mu(t.repository)?(Sn("reposit\
ory",t.repository,Fy(t.repository)??Be.repository(Br(t.repository))),"public"):t.registryType}function Qq(t){if(t.registryType==="public"&&t.lifecyclePolicy!==void 0)
throw new _("lifecycle-policy",t.lifecyclePolicy,"does not apply to ECR Public, which has no lifecycle policies");if(t.registryType==="private"){for(let[e,r]of[
["catalog-description",t.catalogDescription],["catalog-about",t.catalogAbout],["catalog-usage",t.catalogUsage]])if(r!==void 0)throw new _(e,r,"applies to ECR Pu\
blic only: set `registry-type: public`")}}function ay(t,e){if(t!=="login"&&e)throw new _("docker-credentials-output","true","applies to `mode: login` only")}function Zq(t){
let e=ga(t.platform).length;if(t.mode==="part"&&e>1)throw new _("platform",t.platform,"takes one platform with `mode: part` (one job per platform; `mode: merge`\
 puts the parts together)");if(t.mode!=="merge")return;if(e<2)throw new _("platform",t.platform??"","needs at least two platforms with `mode: merge`, e.g. `linu\
x/amd64,linux/arm64`");if(t.registryType==="public")throw new _("mode","merge","works with private ECR only: ECR Public's API cannot read a part's config");let r=t;
for(let o of No.filter(n=>n.builds)){let n=r[o.field];if(!(o.default!==void 0?String(n)===String(o.parse(o.default,o.name)):Array.isArray(n)?!n.length:n===void 0))
throw new _(o.name,Array.isArray(n)?"***":String(n),"cannot be combined with `mode: merge`, which builds and pushes nothing (the parts did)")}}function e6(t){if(t.
scanWait&&t.registryType==="public")throw new _("scan-wait","true","does not apply to ECR Public, which does not scan images");if(!t.scanWait){if(t.scanStart)throw new _(
"scan-start","true","needs `scan-wait: true` (a started scan is only useful when the run waits for it)");if(t.failOnSeverity!=="none")throw new _("fail-on-sever\
ity",t.failOnSeverity,"needs `scan-wait: true`: the gate reads the scan the run waits for")}}function t6(t){if(t.image!==void 0){let e=[["dockerfile",t.dockerfile],
["target",t.target],["platform",t.platform],["build-args",t.buildArgs.map(o=>`${o.split("=")[0]}=***`).join(`
`)||void 0],["labels",t.labels.join(`
`)||void 0]];for(let[o,n]of e)if(n!==void 0)throw new _(o,n,"cannot be combined with `image` (nothing is built)");let r=fa(Ss(t));if(r)throw new _(r,"***","cann\
ot be combined with `image` (nothing is built)");return}t.skipExisting||cy(t)}function cy(t){if(!(0,zd.existsSync)(t.context)||!(0,zd.statSync)(t.context).isDirectory())
throw new _("context",t.context,"is not a directory");Uo("dockerfile",ra(t))}function ra(t){return t.dockerfile??`${t.context.replace(/\/+$/,"")}/Dockerfile`}var r6=4096,o6=65536;function qd(t,e){if(e===void 0||e.trim()==="")return;let r=t.type==="list",o=r?e:e.trim(),n=r?o6:r6;if(o.length>n)throw new _(t.name,o,`is \
longer than ${n} characters`);if((r?/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/:/[\x00-\x1f\x7f]/).test(o))throw new _(t.name,o,"contains control characters");return o}function oa(t,e){
let r=No.find(n=>n.name===t),o=qd(r,e)??r.default;return o===void 0?void 0:r.parse(o,t)}function ds(t,e="deliver"){let r={};for(let n of No){let s=qd(n,t(n.name))??
n.default;if(s!==void 0)r[n.field]=n.parse(s,n.name);else if(n.type==="list")r[n.field]=[];else if(n.required&&e==="login")r[n.field]="";else if(n.required)throw new _(
n.name,"","is required")}let o=r;return{...o,...lN(o,e)}}function dN(t){let e=oa("mode",t("mode")),r=oa("docker-credentials-output",t("docker-credentials-output"));
return ay(e,r),{mode:e,skipLogout:oa("skip-logout",t("skip-logout")),dockerCredentialsOutput:r}}var gr=[...gn,"INFORMATIONAL","UNDEFINED"],n6=10,s6=1e3,i6=15e3,a6=2e4,c6=new Set(["COMPLETE","ACTIVE"]),p6=new Set(["IN_PROGRESS","PENDING"]),l6=t=>new Promise(
e=>setTimeout(e,t));async function Kd(t,e){try{return await d6(t,e)}catch(r){if(r instanceof Qr)throw r;let o=En(r);return Wd(e,"failed",`could not read ECR's s\
can of ${e.digest}: ${o.message}`,o.hint??"check the role's permissions for the scan (`ecr-deliver iam-policy \u2026 --scan-wait true`)")}}async function d6(t,e){
let r=e.sleep??l6,o=e.now??Date.now,n=o(),s=n+e.timeoutSeconds*1e3,i=s6,a=!1,c="no scan yet";for(;;){let l=await t.scanFindings(e.repository,e.digest);if(!l&&e.
start&&!a){e.info(`No scan of ${e.digest} yet: starting one (StartImageScan)`),await t.startScan(e.repository,e.digest),a=!0;continue}let d=l?.imageScanStatus?.
status??"";if(l&&c6.has(d))return f6(e,await m6(t,e,l));if(l&&!p6.has(d))return Wd(e,"failed",`ECR's scan of ${e.digest} ended ${d||"without a status"}${l.imageScanStatus?.
description?`: ${l.imageScanStatus.description}`:""}`,"ECR scans images whose OS packages it knows; see the scan status in the ECR console");c=l?`scan ${d}`:"no\
 scan yet";let m=(!l&&!a?Math.min(s,n+a6):s)-o();if(!l&&!a&&m<=0)return u6(e,o()-n);if(m<=0)return Wd(e,"timeout",`ECR's scan of ${e.digest} did not complete wi\
thin ${e.timeoutSeconds} s (scan-timeout-seconds; last seen: ${c})`,"raise scan-timeout-seconds; enhanced scanning of a new image can take several minutes");await r(
Math.min(i,m)),i=Math.min(i*2,i6)}}function u6(t,e){let r=t.scanOnPush?"although the repository is set to scan on push":"the repository does not scan on push";return Wd(
t,"not-found",`ECR has no scan of ${t.digest} after ${Math.round(e/1e3)} s: ${r}`,"turn scan on push on (scan-on-push for a repository the run creates, `aws ecr\
 put-image-scanning-configuration`, or a registry scanning rule), or set scan-start: true")}async function m6(t,e,r){let o=[r];for(let n=r.nextToken;n;n=o[o.length-
1].nextToken){let s=await t.scanFindings(e.repository,e.digest,n);if(!s)break;o.push(s)}return o}function f6(t,e){let r=e[0].imageScanFindings?.findingSeverityCounts??
{},o=Object.fromEntries(gr.map(i=>[i,r[i]??0])),n=e.flatMap(i=>[...(i.imageScanFindings?.findings??[]).map(g6),...(i.imageScanFindings?.enhancedFindings??[]).map(
h6)]),s=mN(n);return{outcome:"complete",counts:o,top:s,threshold:t.threshold,gate:gN(o,t.threshold)}}function mN(t){let e=r=>{let o=gr.indexOf(r.severity);return o<
0?gr.length:o};return t.map((r,o)=>({f:r,i:o})).sort((r,o)=>e(r.f)-e(o.f)||r.i-o.i).slice(0,n6).map(({f:r})=>r)}function fN(t){let e=t.find(n=>n.outcome!=="comp\
lete");if(e)return e;let r=Object.fromEntries(gr.map(n=>[n,t.reduce((s,i)=>s+(i.counts[n]??0),0)])),{threshold:o}=t[0];return{outcome:"complete",counts:r,top:mN(
t.flatMap(n=>n.top)),threshold:o,gate:gN(r,o)}}function Wd(t,e,r,o){return{outcome:e,counts:{},top:[],problem:r,hint:o,threshold:t.threshold,gate:t.threshold===
"none"?"off":"failed"}}function gN(t,e){return e==="none"?"off":gn.slice(0,gn.indexOf(e)+1).some(o=>(t[o]??0)>0)?"failed":"passed"}function Jd(t){return t?.outcome===
"complete"?JSON.stringify(t.counts):""}function Yd(t,e){if(!t)return{};if(t.gate==="failed"&&t.outcome!=="complete")return{failure:new ys(`fail-on-severity ${t.
threshold}: ${t.problem}; the image is pushed (${e}) but could not be judged`,t.hint)};if(t.gate==="failed"){let r=gn.slice(0,gn.indexOf(t.threshold)+1).filter(
o=>t.counts[o]>0);return{failure:new ys(`fail-on-severity ${t.threshold}: ECR's scan found ${r.map(o=>`${t.counts[o]} ${o}`).join(", ")}; the image is pushed (${e}\
) but should not be deployed`,"fix or upgrade the packages listed in the summary and deliver again, or raise fail-on-severity")}}return t.outcome!=="complete"?{
warning:`scan-wait: ${t.problem}`}:{}}var uN=(t,e)=>t.attributes?.find(r=>r.key===e)?.value;function g6(t){let e=[uN(t,"package_name"),uN(t,"package_version")].
filter(Boolean).join(" ");return{name:t.name??"",severity:t.severity??"UNDEFINED",package:e,link:t.uri??""}}function h6(t){let e=t.packageVulnerabilityDetails,r=(e?.
vulnerablePackages??[]).map(o=>[o.name,o.version].filter(Boolean).join(" ")).join(", ");return{name:e?.vulnerabilityId??t.title??"",severity:t.severity??"UNDEFI\
NED",package:r,link:e?.sourceUrl??e?.referenceUrls?.[0]??""}}var hN=require("node:crypto");var y6="application/vnd.docker.distribution.manifest.v2+json",yN="application/vnd.docker.distribution.manifest.list.v2+json",EN="application/vnd.oci.image.index\
.v1+json",E6=[yN,EN],py=t=>JSON.parse(t),xN=t=>t.mediaType||py(t.manifest).mediaType||"",SN=t=>E6.includes(xN(t));function RN(t){let e=(py(t.image.manifest).manifests??
[]).filter(n=>n.annotations?.["vnd.docker.reference.type"]!=="attestation-manifest"),r=_s(ha(t.platform)),o=e.find(n=>n.platform?.os&&n.platform.architecture&&_s(
n.platform)===r);if(o)return o;throw new H(`part ${t.tag} is an index of ${e.map(n=>_u(n.platform??{})).join(", ")||"no platform"}, none of them ${t.platform}`,
`deliver the ${t.platform} part again (mode: part, platform: ${t.platform})`)}function _N(t,e){return{mediaType:xN(t),digest:t.digest,size:Buffer.byteLength(t.manifest),
platform:ha(e)}}function wN(t,e){let r=py(t.manifest).config?.digest;if(!r)throw new H(`part ${e} (${t.digest}) is not an image manifest: it names no config`);return r}
function IN(t,e){let r=JSON.parse(e),o={os:r.os??"",architecture:r.architecture??"",variant:r.variant};if(_s(o)!==_s(ha(t.platform)))throw new H(`part ${t.tag} \
holds a ${_u(o)} image (its config says so), expected ${t.platform}`,`deliver it again with platform: ${t.platform} (on one daemon, the classic builder can reus\
e a cached step of another platform: prefer BuildKit)`)}function TN(t){let e=t.every(n=>n.mediaType===y6)?yN:EN,r=t.map(n=>({mediaType:n.mediaType,digest:n.digest,
size:n.size,platform:{architecture:n.platform?.architecture,os:n.platform?.os,...n.platform?.variant?{variant:n.platform.variant}:{}}})),o=JSON.stringify({schemaVersion:2,
mediaType:e,manifests:r},null,2);return{digest:`sha256:${(0,hN.createHash)("sha256").update(o).digest("hex")}`,manifest:o,mediaType:e}}var x6=3e4;function CN(t){let e=new to(t.options.timeoutSeconds,t.lifetime);return e.bound(()=>S6(t,e))}async function S6(t,e){let r=await t.reporter.phase("Cre\
dentials",()=>ls(t,ps(t),e)),o=cs(t,r,e);try{return await new ly(t,o,e).run()}finally{o.close()}}var ly=class{constructor(e,r,o){this.req=e;this.ecr=r;this.deadline=
o;let{options:n,context:s}=e;this.repository=n.repository,this.platforms=ga(n.platform),this.tags=[...new Set([s.commitSha,...n.tags,...s.release.tags])]}req;ecr;deadline;repository;platforms;tags;async run(){
let{reporter:e}=this.req,r=this.tags[0],o=this.platforms.map(f=>Rs(r,f)),[n,s]=await e.phase("Repository",()=>Promise.all([this.ecr.findRepository(this.repository),
this.ecr.images(this.repository,[...o,...this.tags])]));if(!n)throw new H(`repository ${this.repository} does not exist, so none of its parts (${o.join(", ")}) \
do`,"deliver the parts first: one job per platform with mode: part, then the merge");let i=this.platforms.map((f,g)=>({platform:f,tag:o[g],image:s.get(o[g])})),
a=i.filter(f=>!f.image);if(a.length){let f=i.filter(g=>g.image).map(g=>`${g.platform} (${g.tag})`);throw new H(`missing part(s) in ${this.repository}: ${a.map(g=>`${g.
platform} (tag ${g.tag})`).join(", ")}; found: ${f.join(", ")||"none"}`,"each platform needs its part delivered first (mode: part) for this commit; the merge ru\
ns after all of them")}let c=await e.phase("Parts",()=>Promise.all(i.map(f=>this.entry(f)))),l=TN(c);this.refuseConflicts(n,s,l);let d=s.get(r)?.digest!==l.digest;
d||e.info(`${n.uri}:${r} already is this index (${l.digest}): nothing to put`),await e.phase("Tag",async()=>{d&&await this.ecr.putTag(this.repository,l,r);let f=this.
tags.slice(1).filter(g=>s.get(g)?.digest!==l.digest);await sd(this.ecr,this.repository,l,f)});let u=await this.verified(n,l.digest,d),m=await this.scan(c,n);return{
outputs:{...u,"scan-findings":Jd(m)},scan:m}}async entry(e){if(!SN(e.image))return await this.checkPlatform(e,e.image),_N(e.image,e.platform);let r=RN(e),o=await this.
ecr.image(this.repository,r.digest);if(!o)throw new H(`part ${e.tag} names ${r.digest} for ${e.platform}, which ${this.repository} does not hold`);return await this.
checkPlatform(e,o),r}async checkPlatform(e,r){let o=wN(r,e.tag),n=await this.ecr.blobUrl(this.repository,o),s=()=>yn(n,{headers:{},timeoutMs:x6,signal:this.deadline.
signal}),i=await ro(this.deadline,`the config of part ${e.tag}`,s).catch(a=>{throw this.deadline.signal.aborted?a:new H(`could not read the config of part ${e.tag}\
 (${o}): ${a.message}`,"check the proxy settings (HTTPS_PROXY, NO_PROXY)")});if(i.status!==200)throw new H(`could not read the config of part ${e.tag} (${o}): H\
TTP ${i.status} from its download URL`);IN(e,i.text)}refuseConflicts(e,r,o){for(let n of this.tags){let s=r.get(n);if(!(!s||s.digest===o.digest||!Zi(e,n)))throw new H(
`tag ${n} already exists in the immutable repository ${e.name} at ${s.digest}, not at the index of these parts (${o.digest})`,"immutable tags cannot move: the S\
HA was delivered from other parts; use a new extra tag, or make the repository MUTABLE")}}async verified(e,r,o){let n=await this.ecr.images(this.repository,this.
tags),s=this.tags.filter(i=>n.get(i)?.digest!==r);if(s.length)throw new H(`after the merge, tag(s) ${s.join(", ")} do not point at ${r} in ECR`,"another run may\
 have moved them at the same time; re-run the merge");return{registry:e.uri.split("/")[0],"repository-uri":e.uri,image:`${e.uri}:${this.tags[0]}`,digest:r,"imag\
e-ref":`${e.uri}@${r}`,tags:this.tags,pushed:o,"scan-findings":""}}async scan(e,r){let o=this.req.options,n=this.ecr;if(!o.scanWait||!n.scanFindings||!n.startScan)
return;let s={scanFindings:n.scanFindings.bind(n),startScan:n.startScan.bind(n)},i=await this.req.reporter.phase("Scan",()=>Promise.all(e.map(a=>Kd(s,{repository:this.
repository,digest:a.digest,timeoutSeconds:o.scanTimeoutSeconds,start:o.scanStart,threshold:o.failOnSeverity,scanOnPush:r.scanOnPush,info:c=>this.req.reporter.info(
c)}))));return fN(i)}};function vN(t,e){let[r,...o]=e.tags,n=e.existing.get(r),s=n&&(t.skipExisting||Zi(e.repository,r))?n:void 0;R6(e,s);let i=t.push?["policies",...o.length?["copy-t\
ags"]:[],"verify"]:[];if(s)return{steps:i,reuse:s,localTags:[],pushed:!1};let a=[];e.baseFromTarget&&!t.image?a.push("login-before-build"):t.push&&a.push("login"),
t.pullRegistries.length&&!t.image&&a.push("pull-registry-logins"),t.cache&&!t.image&&e.cacheSource&&a.push("cache"),t.image?a.push("tag-local"):a.push("build");
let c=t.push&&e.builder==="buildx"&&(!!t.platform?.includes(",")||t.provenance);return t.push&&a.push(c?"builder-push":"push"),{steps:[...a,...i],localTags:c?[r]:
e.tags,pushed:t.push}}function R6({tags:t,repository:e,existing:r},o){for(let n of t){let s=r.get(n);if(!(!s||!Zi(e,n)||o&&s.digest===o.digest))throw new H(`tag\
 ${n} already exists in the immutable repository ${e.name} at ${s.digest}, which is not the image being delivered`,"immutable tags cannot move: remove the tag f\
rom `tags` (use a new one), or make the repository MUTABLE")}}function Xd(t){if(t.options.mode==="merge")return CN(t);let e=new to(t.options.timeoutSeconds,t.lifetime),r=ua.create(t.env);return e.bound(()=>_6(t,e,wn(t.env,
r.dir))).finally(()=>r.remove())}async function _6(t,e,r){let{options:o,context:n,reporter:s}=t,i=new oo(t.run,s,e,r),a=Ss(o);if(!o.image){for(let h of iE(a,t.env))
s.secret(h);sE(a,t.env)}let c=o.image?{}:EE(o,a),l=!o.image&&(c.buildx||c.buildkit||Su(t.env)!==void 0),d=i.check().then(()=>l?i.builder(c):void 0),u=ps(t);await d,
o.image||await i.checkPlatforms(o.platform),o.image||i.builder().catch(()=>{});let m=o.mode==="part"&&!o.platform?await i.serverPlatform():o.platform,f=await s.
phase("Credentials",()=>ls(t,u,e)),g=cs(t,f,e),y=()=>id(o.pullRegistries,n.region,f,e);try{return await new dy({...t,options:{...o,platform:m}},i,g,y).run()}finally{
g.close()}}var dy=class{constructor(e,r,o,n=async()=>[]){this.req=e;this.docker=r;this.ecr=o;this.pullLogins=n;this.o=e.options,this.sha=this.o.mode==="part"?Rs(
e.context.commitSha,this.o.platform):e.context.commitSha,this.tags=this.o.mode==="part"?[this.sha]:[...new Set([this.sha,...this.o.tags,...e.context.release.tags])]}req;docker;ecr;pullLogins;o;sha;tags;repo;loggedIn=[];background=[];async run(){
try{let e=await this.steps(),r=await this.scan(e);return{outputs:{...e,"scan-findings":Jd(r)},scan:r}}catch(e){throw await Promise.allSettled(this.background),e}}async steps(){
let{reporter:e}=this.req,[r,o]=await e.phase("Repository",()=>Promise.all([this.o.push?this.ecr.ensureRepository(this.o,Oy(this.o.tags,this.req.context.release)):
this.lookUpRepository(),this.ecr.images(this.o.repository,this.tags)]));this.repo=r,r.created&&e.info(`Created repository ${r.uri} (${r.mutability})`);let n=vN(
this.o,{tags:this.tags,repository:r,existing:o,builder:this.o.image?void 0:await this.docker.builder(),cacheSource:this.ecr.latestImage!==void 0,baseFromTarget:!this.
o.image&&Qh(ra(this.o)).includes(r.uri.split("/")[0])});return this.execute(n,r,o)}async execute(e,r,o){let{reporter:n}=this.req,s=f=>e.steps.includes(f),i=s("p\
olicies")?this.inBackground(this.ecr.applyPolicies(this.o)):Promise.resolve();if(e.reuse){let f=e.reuse;return n.info(`${r.uri}:${this.sha} already exists (${f.
digest}): nothing to build or upload`),s("verify")?(await i,s("copy-tags")&&await n.phase("Tag",()=>this.copyTags(r,f,o)),this.verified(r,f.digest,!1)):this.outputs(
r,f.digest,!1)}let a=s("login")||s("login-before-build")?this.inBackground(n.track("Login",()=>this.login())):void 0,c=s("pull-registry-logins")?this.inBackground(
this.loginPullRegistries()):void 0,l=s("cache")?this.cacheSource(r,()=>a??this.login()):void 0;s("login-before-build")&&await a,await c;let d=e.localTags.map(f=>`${r.
uri}:${f}`),u=s("tag-local")?await n.phase("Tag",()=>this.tagLocal(d)):await n.phase("Build",()=>this.build(d,r,s("builder-push"),l));if(!e.pushed)return this.outputs(
r,"",!1);await Promise.all([a,i]);let m=s("builder-push")?u:await n.phase("Push",()=>this.docker.push(`${r.uri}:${this.sha}`,()=>this.login()));return s("copy-t\
ags")&&await n.phase("Tag",async()=>{let f=(await this.ecr.images(this.o.repository,[this.sha])).get(this.sha);if(!f||f.digest!==m)throw new H(`ECR does not sho\
w ${this.sha} at the pushed digest ${m}`);await this.copyTags(r,f,o)}),this.verified(r,m,!0)}async cacheSource(e,r){try{let o=await this.ecr.latestImage(e.name,
this.o.mode==="part"?Rs("",this.o.platform):void 0);if(!o){this.req.reporter.info("No layer cache yet: the repository has no image to reuse layers from");return}
let n=`${e.uri}@${o}`;return await r(),await this.docker.builder()==="classic"&&!await this.docker.pullCache(n)?void 0:(this.req.reporter.info(`Layer cache: ${n}`),
n)}catch(o){if(o instanceof Qr)throw o;this.req.reporter.warning(`no layer cache: ${o.message}`);return}}async scan(e){if(!this.o.scanWait||!this.repo)return;if(!e.
digest){this.req.reporter.info("scan-wait: nothing was pushed (push: false), so there is no scan to wait for");return}let{reporter:r}=this.req,o=this.repo,n=this.
ecr;if(!n.scanFindings||!n.startScan)throw new H("scan-wait: this registry does not scan images","ECR Public has no image scanning: drop scan-wait");return r.phase(
"Scan",()=>Kd(n,{repository:this.o.repository,digest:e.digest,timeoutSeconds:this.o.scanTimeoutSeconds,start:this.o.scanStart,threshold:this.o.failOnSeverity,scanOnPush:o.
scanOnPush,info:s=>r.info(s)}))}inBackground(e){return e.catch(()=>{}),this.background.push(e),e}async lookUpRepository(){let e=await this.ecr.findRepository(this.
o.repository);if(e)return e;let{host:r}=await this.ecr.login();return{name:this.o.repository,uri:`${r}/${this.o.repository}`,arn:"",mutability:"MUTABLE",exclusionFilters:[],
scanOnPush:!1,created:!1}}async login(){let e=await this.ecr.login();await this.docker.login(e),this.loggedIn.push(e.host)}async loginPullRegistries(){let e=await this.
req.reporter.phase("Login to pull registries",()=>this.pullLogins());for(let r of e)await this.docker.login(r),this.loggedIn.push(r.host)}async tagLocal(e){for(let r of e)
await this.docker.tag(this.o.image,r)}async build(e,r,o,n){cy(this.o);let i=await this.docker.build({context:this.o.context,dockerfile:ra(this.o),tags:e,labels:this.
labels(),buildArgs:this.o.buildArgs,target:this.o.target,platform:this.o.platform,cache:n?{from:await n}:void 0,secrets:Ss(this.o),provenance:this.o.provenance,
pushFromBuilder:o},await this.docker.builder()).catch(a=>{let c=a instanceof pt&&mD(a.message,ra(this.o),[...this.loggedIn,r.uri.split("/")[0]],this.req.context.
region);throw c?new pt(a.message,c):a});if(o&&!i)throw new pt("buildx pushed but reported no digest");return i}labels(){let e=this.req.context,r={"org.openconta\
iners.image.revision":e.commitSha,"org.opencontainers.image.created":new Date().toISOString()};e.sourceUrl&&(r["org.opencontainers.image.source"]=e.sourceUrl),e.
release.version&&(r["org.opencontainers.image.version"]=e.release.version);for(let o of this.o.labels){let n=o.indexOf("=");r[o.slice(0,n)]=o.slice(n+1)}return r}async copyTags(e,r,o){
let n=this.tags.slice(1).filter(s=>o.get(s)?.digest!==r.digest);await sd(this.ecr,e.name,r,n)}async verified(e,r,o){let n=await this.ecr.images(this.o.repository,
this.tags),s=this.tags.filter(i=>n.get(i)?.digest!==r);if(s.length)throw new H(`after delivery, tag(s) ${s.join(", ")} do not point at ${r} in ECR`,"another del\
ivery may have moved them at the same time; re-run to deliver again");return this.outputs(e,r,o)}outputs(e,r,o){return{registry:e.uri.split("/")[0],"repository-\
uri":e.uri,image:`${e.uri}:${this.sha}`,digest:r,"image-ref":r?`${e.uri}@${r}`:"",tags:this.tags,pushed:o,"scan-findings":""}}};var na=class{timings=[];started=Date.now();async time(e,r){let o=Date.now();try{return await r()}finally{let n=Date.now();this.timings.push({title:e,seconds:(n-
o)/1e3,start:(o-this.started)/1e3,end:(n-this.started)/1e3})}}get byStart(){return[...this.timings].sort((e,r)=>e.start-r.start)}get totalSeconds(){return(Date.
now()-this.started)/1e3}describe(){let e=this.byStart.map(r=>`${r.title} ${r.seconds.toFixed(1)} s`).join(", ");return`${e?`${e}; `:""}total ${this.totalSeconds.
toFixed(1)} s`}},sa=class{constructor(e=process.stderr){this.stream=e;this.output=e}stream;clock=new na;output;info(e){this.stream.write(`${e}
`)}warning(e){this.stream.write(`warning: ${e}
`)}secret(){}track(e,r){return this.clock.time(e,r)}async phase(e,r){this.info(`\u25B6 ${e}`);let o=Date.now(),n=await this.clock.time(e,r);return this.info(`\u2714 ${e}\
 (${((Date.now()-o)/1e3).toFixed(1)} s)`),n}};var PN=t=>Math.round(t*1e3),AN=t=>t.replace(/[:#;]/g," ").trim()||"phase";function bN(t){let e=["```mermaid","gantt","  title ecr-deliver phases (seconds since \
start)","  dateFormat x","  axisFormat %M:%S"];return t.forEach((r,o)=>{let n=PN(r.start),s=Math.max(PN(r.end),n+1);e.push(`  section ${AN(r.title)}`,`  ${AN(r.
title)} ${r.seconds.toFixed(1)} s :p${o}, ${n}, ${s}`)}),e.push("```"),e.join(`
`)}function ON(t,e=40){if(t.length===0)return[];let r=Math.max(...t.map(n=>n.end),.001),o=Math.max(...t.map(n=>n.title.length));return t.map(n=>{let s=Math.min(
e-1,Math.floor(n.start/r*e)),i=Math.max(s+1,Math.min(e,Math.round(n.end/r*e))),a="\xB7".repeat(s)+"\u2588".repeat(i-s)+"\xB7".repeat(e-i);return`${n.title.padEnd(
o)}  ${a}  ${n.start.toFixed(1)}\u2013${n.end.toFixed(1)} s`})}var DN=require("node:child_process"),Qd=new Set,us=(t,e,r={})=>new Promise((o,n)=>{let s=r.silent?void 0:r.output??process.stdout;s?.write(`[command]${[t,...e].
join(" ")}
`);let i=(0,DN.spawn)(t,e,{stdio:"pipe",env:r.env??process.env});Qd.add(i);let a=!1,c=r.timeoutMs===void 0?void 0:setTimeout(()=>{a=!0,i.kill("SIGKILL")},r.timeoutMs),
l=[],d=[];i.stdout.on("data",u=>{l.push(u),s?.write(u)}),i.stderr.on("data",u=>{d.push(u),s?.write(u)}),i.stdin.on("error",()=>{}),i.stdin.end(r.input),i.on("er\
ror",u=>{Qd.delete(i),clearTimeout(c),n(u)}),i.on("close",(u,m)=>{Qd.delete(i),clearTimeout(c),o({code:u??(m?128:1),stdout:Buffer.concat(l).toString(),stderr:Buffer.
concat(d).toString(),...a?{timedOut:a}:{}})})});async function NN(t){let e=[...Qd];if(!e.length)return;let r=i=>new Promise(a=>{i.exitCode!==null||i.signalCode!==
null?a():i.once("close",()=>a())}),o=Promise.all(e.map(r));for(let i of e)i.kill("SIGTERM");let n,s=new Promise(i=>{n=setTimeout(()=>i("grace"),t)});if(await Promise.
race([o,s])==="grace"){for(let i of e)i.exitCode===null&&i.signalCode===null&&i.kill("SIGKILL");await o}clearTimeout(n)}var kN=["SIGINT","SIGTERM"],w6=2e3;function ia(){let t=new AbortController,e=!1,r=o=>t.abort(o);for(let o of kN)process.on(o,r);return{cancelled:t.signal,stopChildren:o=>(e=
!0,NN(o)),end:()=>{for(let o of kN)process.off(o,r);e&&setTimeout(()=>process.exit(process.exitCode||1),w6).unref()}}}var Zd=t=>e=>t[_y(e)];function ms(t){let e=En(t);return process.stderr.write(`ecr-deliver: ${e.message}
`),e.hint&&process.stderr.write(`hint: ${e.hint}
`),e.exitCode}async function eu(t,e){let r=new sa(process.stderr),o=ia();try{let n=ds(t),s=_n(n),{outputs:i,scan:a}=await Xd({options:n,context:s,reporter:r,run:us,
env:process.env,lifetime:o});r.info(T6(i,r.clock,a)),e(i);let c=Yd(a,i["image-ref"]);return c.warning&&r.warning(c.warning),c.failure?ms(c.failure):0}catch(n){return ms(
n)}finally{o.end()}}async function tu(t,e){let r=new sa(process.stderr),o=ia();try{let n=ds(t,"login"),s=_n(n,process.env,"login"),{registry:i}=await Gd({options:n,
context:s,reporter:r,run:us,env:process.env,lifetime:o});return r.info($N(`logged in to ${i}`,[["registry",i]],r.clock)),e(i),0}catch(n){return ms(n)}finally{o.
end()}}function I6(t){return t.pushed?"true":t.digest?"false (the SHA tag was already in ECR: nothing built or uploaded)":"false (push: false, built and tagged \
locally only)"}function T6(t,e,r){let o=t.pushed?`delivered ${t.image}`:t.digest?`already delivered: ${t.image}`:`built ${t.image} (not pushed)`,n=Fr.filter(({name:i})=>i!==
"scan-findings"||r).map(({name:i})=>[i,i==="pushed"?I6(t):$o(t,i)||"-"]),s=ON(e.byStart).map(i=>`    ${i}`);return[$N(o,n,e),"  timeline",...s,...r?C6(r):[]].join(
`
`)}function C6(t){if(t.outcome!=="complete")return["  scan",`    ${t.problem}`];let e=gr.map(n=>Math.max(n.length,String(t.counts[n]).length)),r=["  scan",`    ${gr.
map((n,s)=>n.padStart(e[s])).join("  ")}`,`    ${gr.map((n,s)=>String(t.counts[n]).padStart(e[s])).join("  ")}`];t.gate!=="off"&&r.push(`    fail-on-severity ${t.
threshold}: ${t.gate}`);let o=n=>n.replace(/[\x00-\x1f\x7f-\x9f]+/g," ");for(let n of t.top)r.push(o(`    ${n.severity.padEnd(13)} ${n.name}  ${n.package||"-"} \
 ${n.link}`).trimEnd());return r}function $N(t,e,r){let o=[...e,["time",r.describe()]],n=Math.max(...o.map(([s])=>s.length));return[`\u2500\u2500 ecr-deliver: ${t}\
 \u2500\u2500`,...o.map(([s,i])=>`  ${s.padEnd(n)}  ${i}`)].join(`
`)}var v6=["deliver","login","merge"],LN="ECR_DELIVER_COMMAND",P6=t=>`'${t.replace(/'/g,"'\\''")}'`,MN=(t,e)=>`export ${wy(t)}=${P6(e)}
`;function A6(t){return Fr.map(({name:e})=>MN(e,$o(t,e))).join("")}function UN(t,e){t.BASH_ENV?(0,FN.appendFileSync)(t.BASH_ENV,e):process.stderr.write(`warning\
: BASH_ENV is not set: the outputs are not exported to later steps
`)}async function BN(t=process.env){let e=t[LN]||"deliver",r=Zd(t);if(e==="login"||e==="deliver"&&r("mode")?.trim().toLowerCase()==="login")process.exitCode=await tu(
r,o=>UN(t,MN("registry",o)));else if(e==="deliver"||e==="merge"){let o=e==="merge"?n=>n==="mode"?"merge":r(n):r;process.exitCode=await eu(o,n=>UN(t,A6(n)))}else
process.stderr.write(`ecr-deliver: ${LN}: ${Es(e)} is not one of ${v6.join(", ")}
`),process.exitCode=2}var XN=require("node:util");var WN=require("node:util");var b6=["ecr:BatchCheckLayerAvailability","ecr:InitiateLayerUpload","ecr:UploadLayerPart","ecr:CompleteLayerUpload","ecr:PutImage"],uy=["ecr:BatchGetImage","ecr\
:GetDownloadUrlForLayer","ecr:BatchCheckLayerAvailability"],O6=["ecr:BatchGetImage","ecr:DescribeRepositories","ecr:GetDownloadUrlForLayer","ecr:PutImage"];function HN(t){
let e=t.mode==="merge",r=new Set(e?O6:["ecr:DescribeRepositories","ecr:BatchGetImage"]),o=n=>{for(let s of n)r.add(s)};return t.push&&!e&&(o(b6),t.createRepository&&
r.add("ecr:CreateRepository"),t.lifecyclePolicy&&r.add("ecr:PutLifecyclePolicy"),t.repositoryPolicy&&r.add("ecr:SetRepositoryPolicy")),t.cache&&!e&&o(["ecr:Desc\
ribeImages",...uy]),t.scanWait&&r.add("ecr:DescribeImageScanFindings"),t.scanWait&&t.scanStart&&r.add("ecr:StartImageScan"),[...r].sort()}function jN(t){return`\
arn:${Zr(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${t.repository}`}function my(t){if(t.registryType==="public")return k6(t);if(t.mode===
"merge")return{Version:"2012-10-17",Statement:[{Sid:"EcrMerge",Effect:"Allow",Action:HN(t),Resource:jN(t)}]};let e=[{Sid:"EcrLogin",Effect:"Allow",Action:"ecr:G\
etAuthorizationToken",Resource:"*"},{Sid:"EcrDeliver",Effect:"Allow",Action:HN(t),Resource:jN(t)}];if(t.push&&t.createRepository&&t.encryptionType==="KMS"){let r=t.
kmsKey&&/^arn:[^:]+:kms:[^:]+:\d{12}:key\//.test(t.kmsKey)?t.kmsKey:`arn:${Zr(t.region)}:kms:${t.region}:${t.registryId??t.accountId}:key/*`,o={"kms:ViaService":`\
ecr.${t.region}.amazonaws.com${Zr(t.region)==="aws-cn"?".cn":""}`};e.push({Sid:"KmsGrantForNewRepository",Effect:"Allow",Action:"kms:CreateGrant",Resource:r,Condition:{
StringEquals:o,Bool:{"kms:GrantIsForAWSResource":"true"}}},{Sid:"KmsForNewRepository",Effect:"Allow",Action:["kms:DescribeKey","kms:RetireGrant"],Resource:r,Condition:{
StringEquals:o}})}return e.push(...zN(t)),{Version:"2012-10-17",Statement:e}}function zN(t){let e=[],r=t.pullRepositories?.length?t.pullRepositories:["*"],o=(t.
pullRegistries??[]).flatMap(s=>r.map(i=>`arn:${Zr(s.region??t.region)}:ecr:${s.region??t.region}:${s.id}:repository/${i}`));o.length&&e.push({Sid:"EcrPullBaseIm\
ages",Effect:"Allow",Action:uy.slice().sort(),Resource:o.length===1?o[0]:o});let n=(t.pullThrough??[]).map(s=>`arn:${Zr(t.region)}:ecr:${t.region}:${t.registryId??
t.accountId}:repository/${s}/*`);return n.length&&e.push({Sid:"EcrPullThroughCache",Effect:"Allow",Action:[...D6,...uy].sort(),Resource:n.length===1?n[0]:n}),e}
function VN(t){return!t.pullRegistries?.length||t.pullRepositories?.length?[]:[`--pull-repositories not given: the role may pull every repository of ${t.pullRegistries.
map(e=>e.id).join(", ")}; pass name patterns to narrow it`]}var D6=["ecr:BatchImportUpstreamImage","ecr:CreateRepository"],GN=["ecr-public:GetAuthorizationToken",
"sts:GetServiceBearerToken"],N6=["ecr-public:BatchCheckLayerAvailability","ecr-public:InitiateLayerUpload","ecr-public:UploadLayerPart","ecr-public:CompleteLaye\
rUpload","ecr-public:PutImage"];function k6(t){let e=t.push?GN:[...GN,"ecr-public:DescribeRegistries"],r=new Set(["ecr-public:DescribeRepositories","ecr-public:\
DescribeImageTags"]);if(t.push){for(let n of N6)r.add(n);t.createRepository&&r.add("ecr-public:CreateRepository"),t.repositoryPolicy&&r.add("ecr-public:SetRepos\
itoryPolicy")}let o=t.repository.replace(/^public\.ecr\.aws\/[^/]+\//,"");return{Version:"2012-10-17",Statement:[{Sid:"EcrPublicLogin",Effect:"Allow",Action:e,Resource:"\
*"},{Sid:"EcrPublicDeliver",Effect:"Allow",Action:[...r].sort(),Resource:`arn:aws:ecr-public::${t.registryId??t.accountId}:repository/${o}`},...zN(t)]}}var $6="token.actions.githubusercontent.com",L6="oidc.circleci.com/org";function U6(t){let e=t.pullRequest?"pull_request":t.environment!==void 0?`environment:${t.
environment}`:t.tag!==void 0?`ref:refs/tags/${t.tag}`:`ref:refs/heads/${t.branch??"main"}`;return`repo:${t.repo}:${e}`}function qN(t){let e=Zr(t.region),r,o,n;if(t.
provider==="github")r=t.githubIssuer??$6,o=t.audience??ea,n=U6(t);else if(t.provider==="circleci")r=`${L6}/${t.orgId}`,o=t.audience??t.orgId,n=`org/${t.orgId}/p\
roject/${t.projectId}/user/*${t.vcsRef?`/vcs-origin/*/vcs-ref/${t.vcsRef}`:""}`;else return;let s=/[*?]/.test(n),i={StringEquals:{[`${r}:aud`]:o}};return s?i.StringLike=
{[`${r}:sub`]:n}:i.StringEquals[`${r}:sub`]=n,{Version:"2012-10-17",Statement:[{Effect:"Allow",Principal:{Federated:`arn:${e}:iam::${t.accountId}:oidc-provider/${r}`},
Action:"sts:AssumeRoleWithWebIdentity",Condition:i}]}}var F6=["repo","branch","tag","environment","pull-request","github-issuer"],M6=["org-id","project-id","vcs-ref"];function KN(t,e=process.env){let r=B6(t),o=H6(r),
n=j6(o.provider,r);if(o.kmsKey!==void 0&&o.encryptionType!=="KMS")throw new _("kms-key",o.kmsKey,"needs --encryption-type KMS");if(o.pullRepositories?.length&&!o.
pullRegistries?.length)throw new _("pull-repositories",r.get("pull-repositories"),"needs --pull-registries");if(o.mode==="merge"&&Vd({repository:o.repository,registryType:o.
registryType})==="public")throw new _("mode","merge","works with private ECR only: ECR Public's API cannot read a part's config");if(o.only==="trust"&&n==="none")
throw new _("only",o.only,"needs a --provider: `none` has no trust policy");return{request:{repository:o.repository,region:yu(o.awsRegion,e),accountId:o.accountId,
registryId:o.registryId,provider:n,audience:o.audience,mode:o.mode,createRepository:o.createRepository,lifecyclePolicy:o.lifecyclePolicy,repositoryPolicy:o.repositoryPolicy,
cache:o.cache,push:o.push,encryptionType:o.encryptionType,kmsKey:o.kmsKey,scanWait:o.scanWait,scanStart:o.scanStart,pullRegistries:o.pullRegistries,pullRepositories:o.
pullRepositories,pullThrough:o.pullThrough,registryType:Vd({repository:o.repository,registryType:o.registryType}),...n==="github"?G6(o):n==="circleci"?z6(o):{}},
only:o.only}}function B6(t){let{values:e,positionals:r}=(0,WN.parseArgs)({args:t,options:Object.fromEntries(ss.map(n=>[n.name,{type:"string"}])),strict:!0,allowPositionals:!0});
if(r.length)throw new _("iam-policy",r[0],"is not a flag: every value follows its --flag (see `ecr-deliver iam-policy --help`)");let o=new Map;for(let n of ss){
let s=qd(n,e[n.name]);s!==void 0&&o.set(n.name,s)}return o}function H6(t){let e={};for(let r of ss){let o=t.get(r.name)??r.default;if(o!==void 0)e[r.field]=r.parse(
o,r.name);else if(r.required)throw new _(r.name,"","is required")}return e}function j6(t,e){let r=F6.filter(i=>e.has(i)),o=M6.filter(i=>e.has(i)),n=t??(r.length?
"github":o.length?"circleci":void 0);if(!n)throw new _("provider","","is required: github (with --repo), circleci (with --org-id), or none");let s=n==="github"?
o:n==="circleci"?r:[...r,...o];if(s.length)throw new _(s[0],e.get(s[0]),`does not apply to --provider ${n}`);return n}function G6(t){if(t.repo===void 0)throw new _(
"repo","","is required: the GitHub repository as OWNER/REPO (or OWNER@ID/REPO@ID)");let{branch:e,tag:r,environment:o,pullRequest:n}=t;if(e!==void 0&&o!==void 0)
throw new _("branch",e,"cannot be combined with --environment: a job with an environment gets `environment:NAME` as its OIDC subject");if(n&&(e!==void 0||o!==void 0))
throw new _("pull-request","true","cannot be combined with --branch or --environment: a pull_request run's OIDC subject is `repo:OWNER/REPO:pull_request`");if(r!==
void 0&&(e!==void 0||o!==void 0||n))throw new _("tag",r,"cannot be combined with --branch, --environment or --pull-request: a tag push's OIDC subject is `repo:O\
WNER/REPO:ref:refs/tags/TAG`");let s=o===void 0&&!n&&r===void 0;return{repo:t.repo,environment:o,pullRequest:n,tag:r,branch:s?e??"main":void 0,githubIssuer:t.githubIssuer}}
function z6(t){if(t.orgId===void 0)throw new _("org-id","","is required: the CircleCI organization id (a UUID, Organization Settings > Overview)");if(t.projectId===
void 0)throw new _("project-id","","is required: the CircleCI project id (a UUID, Project Settings > Overview): without it every project of the org could delive\
r");return{orgId:t.orgId,projectId:t.projectId,vcsRef:t.vcsRef}}function V6(t){let e=qN(t);return e?{permissionsPolicy:my(t),trustPolicy:e}:{permissionsPolicy:my(
t)}}function JN(t,e){let r=V6(t),o=e==="permissions"?r.permissionsPolicy:e==="trust"?r.trustPolicy:r;return`${JSON.stringify(o,null,2)}
`}var YN="0.1.0";var fy=No.filter(t=>!t.githubOnly),QN=["iam-policy","login","merge"];function gy(t,e,r=100){let o=[],n="";for(let s of t.split(/\s+/).filter(Boolean))n&&e.length+
n.length+1+s.length>r?(o.push(n),n=s):n=n?`${n} ${s}`:s;return n&&o.push(n),o.map(s=>e+s).join(`
`)}function W6(){return["Usage: ecr-deliver [--option value \u2026] [--json]      deliver an image","       ecr-deliver login [--option value \u2026]         credent\
ials + docker login only","       ecr-deliver merge [--option value \u2026]         multi-arch: the parts into one image index","       ecr-deliver iam-policy -\
-help                the IAM policies a CI role needs","","Delivers a container image to Amazon ECR: OIDC credentials, ECR login, repository, build,","commit-SH\
A tag, push. Every option can also be given as ECR_DELIVER_<OPTION> in the environment","(e.g. ECR_DELIVER_ROLE_TO_ASSUME); a flag wins over the environment.","",
"Options:",...fy.map(e=>{let r=e.default!==void 0?` Default: ${e.default}.`:e.defaultText?` Default: ${e.defaultText.replace(/`/g,"")}.`:"";return`  --${e.name}\
 <value>
${gy(`${e.description.replace(/`/g,"")}${e.required?" Required.":""}${r}`,"      ")}`}),"  --json","      Print the outputs as one JSON object on stdout (logs g\
o to stderr).","  --help, --version","",`Outputs: ${Fr.map(e=>e.name).join(", ")}.`,"Exit codes: 0 delivered, 1 failed, 2 bad input."].join(`
`)}function ZN(t,e,r,o){let n=fy.filter(s=>r.includes(s.name)).map(s=>`  --${s.name} <value>
${gy(s.description.replace(/`/g,""),"      ")}`);return[`Usage: ecr-deliver ${t}`,"",...e,"","Options (also as ECR_DELIVER_<OPTION>):",...n,"",`Exit codes: ${o}\
, 1 failed, 2 bad input.`].join(`
`)}var K6=()=>ZN("login [--option value \u2026] [--json]",["Gets AWS credentials (OIDC or ambient) and runs docker login to the ECR registry, nothing else;",'la\
ter docker commands in the same job can pull and push. --json prints {"registry": "<host>"}.',"Unlike a delivery (which logs in to a private docker config remov\
ed when it ends), login writes","the registry password to your docker config (DOCKER_CONFIG, else ~/.docker) by design, where it","stays for 12 hours: run `dock\
er logout <registry>` when done on a shared host."],ad,"0 logged in"),J6=()=>ZN("merge --platform linux/amd64,linux/arm64 [--option value \u2026] [--json]",["Pu\
ts the parts (--mode part, one job per platform) into one image index under every tag,","with ECR's API only: no docker. Same as --mode merge."],gD,"0 merged");
function Y6(){return["Usage: ecr-deliver iam-policy --repository NAME --account-id ID --aws-region REGION","         --repo OWNER/REPO [--branch BRANCH | --envi\
ronment NAME]     (GitHub)","         --org-id UUID --project-id UUID [--vcs-ref REF]               (CircleCI)","         [the delivery options the role must al\
low, e.g. --cache false]","",'Prints {"permissionsPolicy": \u2026, "trustPolicy": \u2026} as JSON: the least-privilege permissions for',"delivering to the repos\
itory with the given options, and the OIDC trust policy with aud and sub","pinned. No AWS call is made.","","Flags:",...ss.map(t=>`  --${t.name} ${t.value}
${gy(t.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 printed, 2 bad input."].join(`
`)}function ek(t,e){let r=t,o=/'(-[^' ]+)/.exec(r.message??"")?.[1],n=`see ecr-deliver ${e?`${e} `:""}--help`;switch(r.code){case"ERR_PARSE_ARGS_UNKNOWN_OPTION":
return`${o}: is not a flag of ecr-deliver${e?` ${e}`:""} (${n})`;case"ERR_PARSE_ARGS_INVALID_OPTION_VALUE":return/does not take an argument/.test(r.message??"")?
`${o}: takes no value`:/ambiguous/.test(r.message??"")?`${o}: needs a value; for a value that starts with "-", write ${o}=VALUE`:`${o}: needs a value (${n})`;case"\
ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":{let s=/'([^']*)'/.exec(r.message??"")?.[1]??"";return`${Es(s)} is not a command or flag: use ${QN.join(", ")} or --flags \
(${n})`}default:return`${(r.message??String(t)).split(`
`)[0]} (${n})`}}function X6(t,e,r){try{let o=Object.fromEntries(e.map(n=>[n,{type:"string"}]));return(0,XN.parseArgs)({args:t,options:{...o,json:{type:"boolean"},
help:{type:"boolean",short:"h"},version:{type:"boolean"}},strict:!0,allowPositionals:!1}).values}catch(o){process.stderr.write(`ecr-deliver: ${ek(o,r)}
`),process.exitCode=2;return}}function Q6(t){if(t.includes("--help")||t.includes("-h"))return process.stdout.write(`${Y6()}
`),0;try{let{request:e,only:r}=KN(t.filter(o=>o!=="--json"));process.stdout.write(JN(e,r));for(let o of VN(e))process.stderr.write(`note: ${o}
`);return 0}catch(e){return e.code?.startsWith("ERR_PARSE_ARGS")?(process.stderr.write(`ecr-deliver: ${ek(e,"iam-policy")}
`),2):ms(e)}}async function tk(t){let e=QN.find(l=>l===t[0])??"";if(e==="iam-policy"){process.exitCode=Q6(t.slice(1));return}let r=e?t.slice(1):t,o=e==="login"?
ad:fy.map(l=>l.name).filter(l=>e!=="merge"||l!=="mode"),n=X6(r,o,e);if(!n)return;if(n.help)return void process.stdout.write(`${e==="login"?K6():e==="merge"?J6():
W6()}
`);if(n.version)return void process.stdout.write(`${YN}
`);let s=Zd(process.env),i=l=>n[l]??s(l),a;try{a=e||oa("mode",i("mode"))}catch(l){process.exitCode=ms(l);return}if(a==="login"){let l=d=>ad.includes(d)?i(d):void 0;
process.exitCode=await tu(l,d=>{n.json&&process.stdout.write(`${JSON.stringify({registry:d})}
`)});return}let c=e==="merge"?l=>l==="mode"?"merge":i(l):i;process.exitCode=await eu(c,l=>{n.json&&process.stdout.write(`${JSON.stringify(Iy(l))}
`)})}var hy=require("node:fs"),Lr=require("node:os"),rk=require("node:stream");var Z6=t=>t.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A"),fs,ok=!0;function aa(t){t.length&&(process.stdout.write(t),ok=typeof t=="string"?t.endsWith(
`
`):t[t.length-1]===10)}var yy=()=>ok?"":Lr.EOL,nk=new rk.Writable({write(t,e,r){fs||(fs=crypto.randomUUID().replace(/-/g,""),aa(`${yy()}::stop-commands::${fs}${Lr.EOL}`)),
aa(t),r()}});function ca(t,e=""){fs&&(aa(`${yy()}::${fs}::${Lr.EOL}`),fs=void 0),aa(`::${t}::${Z6(e)}${Lr.EOL}`)}function ru(t){return(process.env[`INPUT_${t.replace(
/ /g,"_").toUpperCase()}`]??"").trim()}function sk(t,e,r){let o=process.env[`GITHUB_${t}`];if(!o)throw new Error(`GITHUB_${t} is not set: not running in a GitHu\
b Actions step`);let n=`ghadelimiter_${crypto.randomUUID()}`;if(e.includes(n)||r.includes(n))throw new Error(`value of ${e} contains the delimiter`);(0,hy.appendFileSync)(
o,`${e}<<${n}${Lr.EOL}${r}${Lr.EOL}${n}${Lr.EOL}`,"utf8")}var gs=(t,e)=>sk("OUTPUT",t,e),ou=(t,e)=>sk("STATE",t,e),Ey=t=>process.env[`STATE_${t}`]??"",nu=t=>ca(
"add-mask",t),su=t=>aa(`${yy()}${t}${Lr.EOL}`),xy=t=>ca("warning",t),eW=t=>ca("error",t);function ik(t){process.exitCode=1,eW(t)}async function ak(t,e){ca("grou\
p",t);try{return await e()}finally{ca("endgroup")}}function Sy(t){let e=process.env.GITHUB_STEP_SUMMARY;e&&(0,hy.appendFileSync)(e,`${t}${Lr.EOL}`,"utf8")}var tW=4,
rW=1e4;async function ck(t){let e=process.env.ACTIONS_ID_TOKEN_REQUEST_URL,r=process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;if(!e||!r)throw new Error("ACTIONS_ID_TO\
KEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set");let o=`${e}&audience=${encodeURIComponent(t)}`;for(let n=1;;n++){let s;try{let i=await yn(o,{headers:{
Authorization:`Bearer ${r}`,Accept:"application/json"},timeoutMs:rW});if(i.status===200){let a=oW(i.text);if(!a)throw new Error("the token service answered with\
out a token");return nu(a),a}if(s=`HTTP ${i.status}`,i.status<500&&i.status!==429)throw new Error(`the token service answered ${s}`)}catch(i){if(i.message.startsWith(
"the token service")||i instanceof Er)throw i;s=i.message}if(n>=tW)throw new Error(`the token service did not answer after ${n} attempts (${s})`);await new Promise(
i=>setTimeout(i,500*2**(n-1)))}}function oW(t){try{let e=JSON.parse(t)?.value;return typeof e=="string"?e:void 0}catch{return}}var hs=t=>t.replace(/[\r\n]+/g," ").replace(/[|\\`*_~<>[\]]/g,e=>`\\${e}`),Ry=t=>`\`${t.replace(/`/g,"'")}\``;function pk(t,e,r){let o=t.pushed?"delivered":t.digest?
"already delivered":"built, not pushed",n=[["image",Ry(t.image)],["digest",t.digest?Ry(t.digest):"(not pushed)"],["tags",t.tags.map(Ry).join(" ")],["pushed",String(
t.pushed)],["timings",hs(e.describe())]],s=[`### ecr-deliver: ${o}`,"","| | |","|---|---|",...n.map(([i,a])=>`| ${i} | ${a} |`),"","#### Timeline","",bN(e.byStart),
""];return r&&s.push(...sW(r),""),s.join(`
`)}function sW(t){let e=["#### Vulnerability scan",""];if(t.outcome!=="complete")return e.push("> [!WARNING]",`> ${hs(t.problem??"no scan")}`),t.gate==="failed"&&
e.push(">",`> fail-on-severity ${t.threshold}: **failed** (the image is pushed, but could not be judged)`),e;if(e.push(`| ${gr.join(" | ")} |`,`|${gr.map(()=>"-\
--:").join("|")}|`,`| ${gr.map(r=>t.counts[r]).join(" | ")} |`,""),t.gate!=="off"&&e.push(t.gate==="failed"?`**fail-on-severity ${t.threshold}: failed.** The im\
age is pushed, but should not be deployed.`:`fail-on-severity ${t.threshold}: passed.`,""),t.top.length){e.push("| finding | severity | package |","|---|---|---\
|");for(let r of t.top){let o=/^https?:\/\/[^\s()<>]+$/.test(r.link)?`[${hs(r.name)}](${r.link})`:hs(r.name);e.push(`| ${o} | ${hs(r.severity)} | ${hs(r.package)||
"\u2014"} |`)}}else e.push("No findings.");return e}var lk="isPost",dk="registries",uk="skipLogout",iu=class{clock=new na;output=nk;info=e=>su(e);warning=e=>xy(e);secret=e=>nu(e);phase(e,r){return ak(e,()=>this.clock.
time(e,r))}track(e,r){return this.clock.time(e,r)}},mk=t=>t[`STATE_${lk}`]==="true";async function fk(){ou(lk,"true");let t=new iu,e=new Set,r=s=>{e.add(s),ou(dk,
JSON.stringify([...e]))},o=ia(),n={reporter:t,run:us,env:process.env,platformToken:s=>ck(s),lifetime:o};try{let s=dN(u=>ru(u));if(s.mode==="login")return await iW(
n,r,s);let i=ds(u=>ru(u)),a=_n(i),{outputs:c,scan:l}=await Xd({options:i,context:a,...n});for(let{name:u}of Fr)gs(u,$o(c,u));Sy(pk(c,t.clock,l));let d=Yd(l,c["i\
mage-ref"]);if(d.warning&&xy(d.warning),d.failure)throw d.failure}catch(s){let i=En(s);ik(i.hint?`${i.message}
Hint: ${i.hint}`:i.message)}finally{o.end()}}async function iW(t,e,r){r.skipLogout&&ou(uk,"true");let o=ds(i=>ru(i),"login"),n=_n(o,process.env,"login"),s=await Gd(
{options:o,context:n,...t,onLogin:e});gs("registry",s.registry),gs("registries",s.registries.join(",")),r.dockerCredentialsOutput&&(nu(s.login.password),gs("doc\
ker-username",s.login.username),gs("docker-password",s.login.password)),su(`Logged in to ${s.registries.join(", ")}${r.skipLogout?" (kept after the job: skip-lo\
gout)":"; the post step logs out"}`),Sy(["### ecr-deliver login","",...s.registries.map(i=>`- \`${i}\``),"",`timings: ${t.reporter.clock.describe()}`,""].join(`\

`))}async function gk(){let t=JSON.parse(Ey(dk)||"[]");if(Ey(uk)==="true"){su(`skip-logout: docker stays logged in to ${t.join(", ")||"nothing"}`);return}let e=new oo(
us,new iu,void 0,wn(process.env));for(let r of t)await e.logout(r)}async function aW(){let t=process.env,e=process.argv.slice(2);return e.length===0&&t.GITHUB_ACTIONS==="true"&&Object.keys(t).some(r=>r.startsWith("INPUT_"))?mk(
t)?gk():fk():e.length===0&&t.CIRCLECI==="true"?BN():tk(e)}aW();
