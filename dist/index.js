#!/usr/bin/env node
"use strict";var LD=Object.create;var Ju=Object.defineProperty;var UD=Object.getOwnPropertyDescriptor;var FD=Object.getOwnPropertyNames;var MD=Object.getPrototypeOf,HD=Object.prototype.hasOwnProperty;var p=(t,e,r)=>()=>{if(r)throw r[0];try{return t&&(e=t(t=0)),e}catch(o){throw r=[o],o}};var Yu=(t,e)=>()=>{try{return e||t((e={exports:{}}).exports,e),e.exports}catch(r){throw e=0,r}},sr=(t,e)=>{for(var r in e)Ju(t,r,{get:e[r],enumerable:!0})},BD=(t,e,r,o)=>{
if(e&&typeof e=="object"||typeof e=="function")for(let n of FD(e))!HD.call(t,n)&&n!==r&&Ju(t,n,{get:()=>e[n],enumerable:!(o=UD(e,n))||o.enumerable});return t};var Ur=(t,e,r)=>(r=t!=null?LD(MD(t)):{},BD(e||!t||!t.__esModule?Ju(r,"default",{value:t,enumerable:!0}):r,t));var ia,Tt,rE=p(()=>{ia={warningEmitted:!1},Tt=t=>{if(t&&!ia.warningEmitted){if(process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED==="true"){ia.warningEmitted=
!0;return}let e=parseInt(t.substring(1,t.indexOf("."))),r=22;e<r&&(ia.warningEmitted=!0,process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScri\
pt (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${t}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`))}}});function H(t,e,r){return t.$source||(t.$source={}),t.$source[e]=r,t}var oE=p(()=>{});function Ar(t,e,r){t.__aws_sdk_context?t.__aws_sdk_context.features||(t.__aws_sdk_context.features={}):t.__aws_sdk_context={features:{}},t.__aws_sdk_context.features[e]=
r}var nE=p(()=>{});var _k,yr,sE=p(()=>{_k=()=>typeof process=="object"&&process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026==="true",yr=(t,e)=>{if(_k()&&typeof t?.handle!="functi\
on")return e}});var gs,pd=p(()=>{gs=t=>typeof ArrayBuffer=="function"&&t instanceof ArrayBuffer||Object.prototype.toString.call(t)==="[object ArrayBuffer]"});var _n,aa,wn=p(()=>{pd();_n=(t,e=0,r=t.byteLength-e)=>{if(!gs(t))throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof t} (${t})`);
return Buffer.from(t,e,r)},aa=(t,e)=>{if(typeof t!="string")throw new TypeError(`The "input" argument must be of type string. Received type ${typeof t} (${t})`);
return e?Buffer.from(t,e):Buffer.from(t)}});var wk,Se,iE=p(()=>{wn();wk=/^[A-Za-z0-9+/]*={0,2}$/,Se=t=>{if(t.length*3%4!==0)throw new TypeError("Incorrect padding on base64 string.");if(!wk.exec(t))throw new TypeError(
"Invalid base64 string.");let e=aa(t,"base64");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}});var se,ca=p(()=>{wn();se=t=>{let e=aa(t,"utf8");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength/Uint8Array.BYTES_PER_ELEMENT)}});var me,aE=p(()=>{wn();ca();me=t=>{let e;if(typeof t=="string"?e=se(t):e=t,typeof e!="object"||typeof e.byteOffset!="number"||typeof e.byteLength!="number")throw new Error(
"@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");return _n(e.buffer,e.byteOffset,e.byteLength).toString("base64")}});function cE(t,e,r,o){return class pa extends Uint8Array{static fromString(s,i="utf-8"){if(typeof s=="string")return i==="base64"?pa.mutate(o(s)):pa.mutate(e(s));
throw new Error(`Unsupported conversion from ${typeof s} to Uint8ArrayBlobAdapter.`)}static mutate(s){return Object.setPrototypeOf(s,pa.prototype),s}transformToString(s="\
utf-8"){return s==="base64"?r(this):t(this)}}}var pE=p(()=>{});var Z,lE=p(()=>{wn();Z=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@\
smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return _n(t.buffer,t.byteOffset,t.byteLength).toString("utf8")}});function uE(t){return typeof crypto<"u"&&typeof crypto.randomUUID=="function"?()=>crypto.randomUUID():()=>{let e=new Uint8Array(16);return t(e),e[6]=e[6]&15|64,
e[8]=e[8]&63|128,Be[e[0]]+Be[e[1]]+Be[e[2]]+Be[e[3]]+"-"+Be[e[4]]+Be[e[5]]+"-"+Be[e[6]]+Be[e[7]]+"-"+Be[e[8]]+Be[e[9]]+"-"+Be[e[10]]+Be[e[11]]+Be[e[12]]+Be[e[13]]+
Be[e[14]]+Be[e[15]]}}var Be,dE=p(()=>{Be=Array.from({length:256},(t,e)=>e.toString(16).padStart(2,"0"))});var Lo,mE=p(()=>{(function(t){t.HTTP="http",t.HTTPS="https"})(Lo||(Lo={}))});var Hr,fE=p(()=>{(function(t){t.MD5="md5",t.CRC32="crc32",t.CRC32C="crc32c",t.SHA1="sha1",t.SHA256="sha256"})(Hr||(Hr={}))});var gE=p(()=>{fE()});var Er,hE=p(()=>{Er="__smithy_context"});var br,yE=p(()=>{(function(t){t.PROFILE="profile",t.SSO_SESSION="sso-session",t.SERVICES="services"})(br||(br={}))});var Pr=p(()=>{mE();gE();hE();yE()});var ee,EE=p(()=>{Pr();ee=t=>t[Er]||(t[Er]={})});function P(t,e){return Object.prototype.hasOwnProperty.call(t,e)}var ld=p(()=>{});function Ik(t){return Object.keys(t).reduce((e,r)=>{let o=t[r];return{...e,[r]:Array.isArray(o)?[...o]:o}},{})}var G,xE=p(()=>{G=class t{method;protocol;hostname;port;path;query;headers;username;password;fragment;body;constructor(e){
this.method=e.method||"GET",this.hostname=e.hostname||"localhost",this.port=e.port,this.query=e.query||{},this.headers=e.headers||{},this.body=e.body,this.protocol=
e.protocol?e.protocol.slice(-1)!==":"?`${e.protocol}:`:e.protocol:"https:",this.path=e.path?e.path.charAt(0)!=="/"?`/${e.path}`:e.path:"/",this.username=e.username,
this.password=e.password,this.fragment=e.fragment}static clone(e){let r=new t({...e,headers:{...e.headers}});return r.query&&(r.query=Ik(r.query)),r}static isInstance(e){
if(!e)return!1;let r=e;return"method"in r&&"protocol"in r&&"hostname"in r&&"path"in r&&typeof r.query=="object"&&typeof r.headers=="object"}clone(){return t.clone(
this)}}});var Je,SE=p(()=>{Je=class{statusCode;reason;headers;body;constructor(e){this.statusCode=e.statusCode,this.reason=e.reason,this.headers=e.headers||{},this.body=e.
body}static isInstance(e){if(!e)return!1;let r=e;return typeof r.statusCode=="number"&&typeof r.headers=="object"}}});var Tk,Or,RE=p(()=>{Tk=new RegExp("^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$"),Or=(t,e=!1)=>{if(!e)return Tk.test(t);let r=t.split(".");for(let o of r)if(!Or(o))return!1;
return!0}});function ud(t){return/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(t)}var _E=p(()=>{});var q,wE=p(()=>{q=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});function IE(t){let e={};if(t=t.replace(/^\?/,""),t)for(let r of t.split("&")){let[o,n=null]=r.split("=");o=decodeURIComponent(o),n&&(n=decodeURIComponent(n)),o in
e?Array.isArray(e[o])?e[o].push(n):e[o]=[e[o],n]:e[o]=n}return e}var TE=p(()=>{});var fe,dd=p(()=>{TE();fe=t=>{if(typeof t=="string")return fe(new URL(t));let{hostname:e,pathname:r,port:o,protocol:n,search:s}=t,i;return s&&(i=IE(s)),{hostname:e,
port:o?parseInt(o):void 0,protocol:n,path:r,query:i}}});var to,CE=p(()=>{ld();dd();to=t=>{if(typeof t=="object"){if("url"in t){let e=fe(t.url);if(t.headers){e.headers={};for(let r in t.headers)P(t.headers,r)&&(e.headers[r.
toLowerCase()]=t.headers[r].join(", "))}return e}return t}return fe(t)}});var J=p(()=>{EE();ld();xE();SE();RE();_E();wE();dd();CE()});var md,Ck,vE,vk,AE,bE,PE,Ak,OE,NE,bk,la,In,DE,Pk,Ok,kE=p(()=>{md=t=>{if(t!=null){if(typeof t=="string"){let e=parseFloat(t);if(!Number.isNaN(e))return String(e)!==
String(t)&&Ok.warn(Pk(`Expected number but observed string: ${t}`)),e}if(typeof t=="number")return t;throw new TypeError(`Expected number, got ${typeof t}: ${t}`)}},
Ck=Math.ceil(2**127*(2-2**-23)),vE=t=>{let e=md(t);if(e!==void 0&&!Number.isNaN(e)&&e!==1/0&&e!==-1/0&&Math.abs(e)>Ck)throw new TypeError(`Expected 32-bit float\
, got ${t}`);return e},vk=t=>{if(t!=null){if(Number.isInteger(t)&&!Number.isNaN(t))return t;throw new TypeError(`Expected integer, got ${typeof t}: ${t}`)}},AE=
t=>PE(t,16),bE=t=>PE(t,8),PE=(t,e)=>{let r=vk(t);if(r!==void 0&&Ak(r,e)!==r)throw new TypeError(`Expected ${e}-bit integer, got ${t}`);return r},Ak=(t,e)=>{switch(e){case 32:
return Int32Array.of(t)[0];case 16:return Int16Array.of(t)[0];case 8:return Int8Array.of(t)[0]}},OE=t=>md(typeof t=="string"?la(t):t),NE=t=>vE(typeof t=="string"?
la(t):t),bk=/(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g,la=t=>{let e=t.match(bk);if(e===null||e[0].length!==t.length)throw new TypeError(
"Expected real number, got implicit NaN");return parseFloat(t)},In=t=>AE(typeof t=="string"?la(t):t),DE=t=>bE(typeof t=="string"?la(t):t),Pk=t=>String(new TypeError(
t).stack||t).split(`
`).slice(0,5).filter(e=>!e.includes("stackTraceWarning")).join(`
`),Ok={warn:console.warn}});function Uo(t){let e=t.getUTCFullYear(),r=t.getUTCMonth(),o=t.getUTCDay(),n=t.getUTCDate(),s=t.getUTCHours(),i=t.getUTCMinutes(),a=t.getUTCSeconds(),c=n<10?`0${n}`:
`${n}`,l=s<10?`0${s}`:`${s}`,u=i<10?`0${i}`:`${i}`,d=a<10?`0${a}`:`${a}`;return`${Nk[o]}, ${c} ${gd[r]} ${e} ${l}:${u}:${d} GMT`}var Nk,gd,Dk,hd,kk,yd,$k,Lk,Uk,
ys,Ed,hs,Fk,Mk,Hk,fd,Bk,Gk,jk,Nr,zk,Vk,Tn,$E=p(()=>{kE();Nk=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],gd=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep",
"Oct","Nov","Dec"];Dk=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/),hd=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC-3339 date-times must be expressed as strings");let e=Dk.exec(t);if(!e)throw new TypeError("Invalid RFC-3339 date-time value");let[r,o,n,s,i,a,c,l]=e,u=In(Tn(
o)),d=Nr(n,"month",1,12),m=Nr(s,"day",1,31);return hs(u,d,m,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})},kk=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/),
yd=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-3339 date-times must be expressed as strings");let e=kk.exec(t);if(!e)throw new TypeError(
"Invalid RFC-3339 date-time value");let[r,o,n,s,i,a,c,l,u]=e,d=In(Tn(o)),m=Nr(n,"month",1,12),f=Nr(s,"day",1,31),g=hs(d,m,f,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l});
return u.toUpperCase()!="Z"&&g.setTime(g.getTime()-Vk(u)),g},$k=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
Lk=new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
Uk=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/),
ys=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-7231 date-times must be expressed as strings");let e=$k.exec(t);if(e){let[r,o,n,s,i,a,c,
l]=e;return hs(In(Tn(s)),fd(n),Nr(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})}if(e=Lk.exec(t),e){let[r,o,n,s,i,a,c,l]=e;return Hk(hs(Fk(
s),fd(n),Nr(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l}))}if(e=Uk.exec(t),e){let[r,o,n,s,i,a,c,l]=e;return hs(In(Tn(l)),fd(o),Nr(n.trimLeft(),
"day",1,31),{hours:s,minutes:i,seconds:a,fractionalMilliseconds:c})}throw new TypeError("Invalid RFC-7231 date-time value")},Ed=t=>{if(t==null)return;let e;if(typeof t==
"number")e=t;else if(typeof t=="string")e=OE(t);else if(typeof t=="object"&&t.tag===1)e=t.value;else throw new TypeError("Epoch timestamps must be expressed as \
floating point numbers or their string representation");if(Number.isNaN(e)||e===1/0||e===-1/0)throw new TypeError("Epoch timestamps must be valid, non-Infinite,\
 non-NaN numerics");return new Date(Math.round(e*1e3))},hs=(t,e,r,o)=>{let n=e-1;return Gk(t,n,r),new Date(Date.UTC(t,n,r,Nr(o.hours,"hour",0,23),Nr(o.minutes,"\
minute",0,59),Nr(o.seconds,"seconds",0,60),zk(o.fractionalMilliseconds)))},Fk=t=>{let e=new Date().getUTCFullYear(),r=Math.floor(e/100)*100+In(Tn(t));return r<e?
r+100:r},Mk=50*365*24*60*60*1e3,Hk=t=>t.getTime()-new Date().getTime()>Mk?new Date(Date.UTC(t.getUTCFullYear()-100,t.getUTCMonth(),t.getUTCDate(),t.getUTCHours(),
t.getUTCMinutes(),t.getUTCSeconds(),t.getUTCMilliseconds())):t,fd=t=>{let e=gd.indexOf(t);if(e<0)throw new TypeError(`Invalid month: ${t}`);return e+1},Bk=[31,28,
31,30,31,30,31,31,30,31,30,31],Gk=(t,e,r)=>{let o=Bk[e];if(e===1&&jk(t)&&(o=29),r>o)throw new TypeError(`Invalid day for ${gd[e]} in ${t}: ${r}`)},jk=t=>t%4===0&&
(t%100!==0||t%400===0),Nr=(t,e,r,o)=>{let n=DE(Tn(t));if(n<r||n>o)throw new TypeError(`${e} must be between ${r} and ${o}, inclusive`);return n},zk=t=>t==null?0:
NE("0."+t)*1e3,Vk=t=>{let e=t[0],r=1;if(e=="+")r=1;else if(e=="-")r=-1;else throw new TypeError(`Offset direction, ${e}, must be "+" or "-"`);let o=Number(t.substring(
1,3)),n=Number(t.substring(4,6));return r*(o*60+n)*60*1e3},Tn=t=>{let e=0;for(;e<t.length-1&&t.charAt(e)==="0";)e++;return e===0?t:t.slice(e)}});var Ye,LE=p(()=>{Ye=function(e){return Object.assign(new String(e),{deserializeJSON(){return JSON.parse(String(e))},toString(){return String(e)},toJSON(){return String(
e)}})};Ye.from=t=>t&&typeof t=="object"&&(t instanceof Ye||"deserializeJSON"in t)?t:typeof t=="string"||Object.getPrototypeOf(t)===String.prototype?Ye(String(t)):
Ye(JSON.stringify(t));Ye.fromObject=Ye.from});function xd(t){return(t.includes(",")||t.includes('"'))&&(t=`"${t.replace(/\\/g,"\\\\").replace(/"/g,'\\"')}"`),t}var UE=p(()=>{});function Br(t,e,r){let o=Number(t);if(o<e||o>r)throw new Error(`Value ${o} out of range [${e}, ${r}]`)}var Sd,Rd,_d,FE,ME,qk,Wk,Kk,Jk,Yk,Xk,wd,Id,Td,HE=p(()=>{Sd=
"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?",Rd="(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",_d="(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?",FE="(\
\\d?\\d)",ME="(\\d{4})",qk=new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/),Wk=/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/,
Kk=new RegExp(`^${Sd}, ${FE} ${Rd} ${ME} ${_d} GMT$`),Jk=new RegExp(`^${Sd}, ${FE}-${Rd}-(\\d\\d) ${_d} GMT$`),Yk=new RegExp(`^${Sd} ${Rd} ( [1-9]|\\d\\d) ${_d}\
 ${ME}$`),Xk=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"],wd=t=>{if(t==null)return;let e=NaN;if(typeof t=="number")e=t;else if(typeof t==
"string"){if(!/^-?\d*\.?\d+$/.test(t))throw new TypeError("parseEpochTimestamp - numeric string invalid.");e=Number.parseFloat(t)}else typeof t=="object"&&t.tag===
1&&(e=t.value);if(isNaN(e)||Math.abs(e)===1/0)throw new TypeError("Epoch timestamps must be valid finite numbers.");return new Date(Math.round(e*1e3))},Id=t=>{if(t==
null)return;if(typeof t!="string")throw new TypeError("RFC3339 timestamps must be strings");let e=qk.exec(t);if(!e)throw new TypeError(`Invalid RFC3339 timestam\
p format ${t}`);let[,r,o,n,s,i,a,,c,l]=e;Br(o,1,12),Br(n,1,31),Br(s,0,23),Br(i,0,59),Br(a,0,60);let u=new Date(Date.UTC(Number(r),Number(o)-1,Number(n),Number(s),
Number(i),Number(a),Number(c)?Math.round(parseFloat(`0.${c}`)*1e3):0));if(u.setUTCFullYear(Number(r)),l.toUpperCase()!="Z"){let[,d,m,f]=/([+-])(\d\d):(\d\d)/.exec(
l)||[void 0,"+",0,0],g=d==="-"?1:-1;u.setTime(u.getTime()+g*(Number(m)*60*60*1e3+Number(f)*60*1e3))}return u},Td=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC7231 timestamps must be strings.");if(Wk.test(t))return new Date(t);let e,r,o,n,s,i,a,c;if((c=Kk.exec(t))?[,e,r,o,n,s,i,a]=c:(c=Jk.exec(t))?([,e,r,o,n,s,i,a]=
c,o=(Number(o)+1900).toString()):(c=Yk.exec(t))&&([,r,e,n,s,i,a,o]=c),o&&i){let l=Date.UTC(Number(o),Xk.indexOf(r),Number(e),Number(n),Number(s),Number(i),a?Math.
round(parseFloat(`0.${a}`)*1e3):0);Br(e,1,31),Br(n,0,23),Br(s,0,59),Br(i,0,60);let u=new Date(l);return u.setUTCFullYear(Number(o)),u}throw new TypeError(`Inval\
id RFC7231 date-time value ${t}.`)}});function Cd(t,e,r){if(r<=0||!Number.isInteger(r))throw new Error("Invalid number of delimiters ("+r+") for splitEvery.");let o=t.split(e);if(r===1)return o;let n=[],
s="";for(let i=0;i<o.length;i++)s===""?s=o[i]:s+=e+o[i],(i+1)%r===0&&(n.push(s),s="");return s!==""&&n.push(s),n}var BE=p(()=>{});var Es,GE=p(()=>{Es=t=>{let e=t.length,r=[],o=!1,n=!1,s=0;for(let i=0;i<e;++i){let a=t[i];switch(a){case'"':n||(o=!o);break;case",":o||(r.push(t.slice(s,i)),s=i+
1);break;default:}n=a==="\\"&&!n}return r.push(t.slice(s)),r.map(i=>{i=i.trim();let a=i.length;return a<2?i:i[0]==='"'&&i[a-1]==='"'?(i=i.slice(1,a-1),i.replace(
/\\(["\\])/g,"$1")):i.replace(/\\"/g,'"')})}});var jE,Re,zE=p(()=>{jE=/^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/,Re=class t{string;type;constructor(e,r){if(this.string=e,this.type=r,!jE.test(e))throw new Error(
`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${e}"`)}toString(){return this.string}static[Symbol.hasInstance](e){
if(!e||typeof e!="object")return!1;let r=e;return t.prototype.isPrototypeOf(e)||r.type==="bigDecimal"&&jE.test(r.string)}}});function Ad(t){if(t.length%2!==0)throw new Error("Hex encoded strings must have an even number length");let e=new Uint8Array(t.length/2);for(let r=0;r<t.length;r+=
2){let o=t.slice(r,r+2).toLowerCase();if(o in vd)e[r/2]=vd[o];else throw new Error(`Cannot decode unrecognized sequence ${o} as hexadecimal`)}return e}function Xe(t){
let e="";for(let r=0;r<t.byteLength;r++)e+=VE[t[r]];return e}var VE,vd,bd=p(()=>{VE={},vd={};for(let t=0;t<256;t++){let e=t.toString(16).toLowerCase();e.length===
1&&(e=`0${e}`),VE[t]=e,vd[e]=t}});var Cn,Ct,qE=p(()=>{Cn=require("node:fs"),Ct=t=>{if(!t)return 0;if(typeof t=="string")return Buffer.byteLength(t);if(typeof t.byteLength=="number")return t.byteLength;
if(typeof t.size=="number")return t.size;if(typeof t.start=="number"&&typeof t.end=="number")return t.end+1-t.start;if(t instanceof Cn.ReadStream){if(t.path!=null)
return(0,Cn.lstatSync)(t.path).size;if(typeof t.fd=="number")return(0,Cn.fstatSync)(t.fd).size}throw new Error(`Body Length computation failed for ${t}`)}});var vt,WE=p(()=>{ca();vt=t=>t instanceof Uint8Array?t:typeof t=="string"?se(t):ArrayBuffer.isView(t)?new Uint8Array(t.buffer,t.byteOffset,t.byteLength/Uint8Array.
BYTES_PER_ELEMENT):new Uint8Array(t)});function ua(t,e){if(e===void 0){e=0;for(let n of t)e+=n.byteLength}let r=new Uint8Array(e),o=0;for(let n of t)r.set(n,o),o+=n.byteLength;return r}var Pd=p(()=>{});var Ge,xs=p(()=>{Ge=class t extends Error{name="ProviderError";tryNextLink;constructor(e,r=!0){let o,n=!0;typeof r=="boolean"?(o=void 0,n=r):r!=null&&typeof r==
"object"&&(o=r.logger,n=r.tryNextLink??!0),super(e),this.tryNextLink=n,Object.setPrototypeOf(this,t.prototype),o?.debug?.(`@smithy/property-provider ${n?"->":"(\
!)"} ${e}`)}static from(e,r=!0){return Object.assign(new this(e.message,r),e)}}});var R,da=p(()=>{xs();R=class t extends Ge{name="CredentialsProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var At,KE=p(()=>{xs();At=class t extends Ge{name="TokenProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var Fo,Od=p(()=>{xs();Fo=(...t)=>async()=>{if(t.length===0)throw new Ge("No providers in chain");let e;for(let r of t)try{return await r()}catch(o){if(e=o,o?.tryNextLink)
continue;throw o}throw e}});var JE,YE=p(()=>{JE=t=>()=>Promise.resolve(t)});var ma,Nd=p(()=>{ma=(t,e,r)=>{let o,n,s,i=!1,a=async()=>{n||(n=t());try{o=await n,s=!0,i=!1}finally{n=void 0}return o};return e===void 0?async c=>((!s||c?.forceRefresh)&&
(o=await a()),o):async c=>((!s||c?.forceRefresh)&&(o=await a()),i?o:r&&!r(o)?(i=!0,o):(e(o)&&await a(),o))}});var bt,fa=p(()=>{bt=(t,e,r)=>{if(e in t){if(t[e]==="true")return!0;if(t[e]==="false")return!1;throw new Error(`Cannot load ${r} "${e}". Expected "true" or "fals\
e", got ${t[e]}.`)}}});var Qe,ga=p(()=>{(function(t){t.ENV="env",t.CONFIG="shared config entry"})(Qe||(Qe={}))});var XE,QE,Dd,Qk,ro,Ss=p(()=>{XE=require("node:os"),QE=require("node:path"),Dd={},Qk=()=>process&&process.geteuid?`${process.geteuid()}`:"DEFAULT",ro=()=>{let{HOME:t,
USERPROFILE:e,HOMEPATH:r,HOMEDRIVE:o=`C:${QE.sep}`}=process.env;if(t)return t;if(e)return e;if(r)return`${o}${r}`;let n=Qk();return Dd[n]||(Dd[n]=(0,XE.homedir)()),
Dd[n]}});var ha,ZE,Ze,kd=p(()=>{ha="AWS_PROFILE",ZE="default",Ze=t=>t.profile||process.env[ha]||ZE});var ex,tx,Rs,$d=p(()=>{ex=require("node:crypto"),tx=require("node:path");Ss();Rs=t=>{let r=(0,ex.createHash)("sha1").update(t).digest("hex");return(0,tx.join)(ro(),
".aws","sso","cache",`${r}.json`)}});var rx,_s,ws,Ld=p(()=>{rx=require("node:fs/promises");$d();_s={},ws=async t=>{if(_s[t])return _s[t];let e=Rs(t),r=await(0,rx.readFile)(e,"utf8");return JSON.parse(
r)}});var ox,nx=p(()=>{Pr();ox=t=>Object.entries(t).filter(([e])=>{let r=e.indexOf(".");return r===-1?!1:Object.values(br).includes(e.substring(0,r))}).reduce((e,[r,o])=>{
let n=r.indexOf("."),s=r.substring(0,n)===br.PROFILE?r.substring(n+1):r;return e[s]=o,e},{...t.default&&{default:t.default}})});var sx,Zk,ya,Ud=p(()=>{sx=require("node:path");Ss();Zk="AWS_CONFIG_FILE",ya=()=>process.env[Zk]||(0,sx.join)(ro(),".aws","config")});var ix,e$,ax,cx=p(()=>{ix=require("node:path");Ss();e$="AWS_SHARED_CREDENTIALS_FILE",ax=()=>process.env[e$]||(0,ix.join)(ro(),".aws","credentials")});var t$,r$,Is,Fd=p(()=>{Pr();t$=/^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/,r$=["__proto__","profile __proto__"],Is=t=>{let e={},r,o;for(let n of t.split(/\r?\n/)){let s=n.
split(/(^|\s)[;#]/)[0].trim();if(s[0]==="["&&s[s.length-1]==="]"){r=void 0,o=void 0;let a=s.substring(1,s.length-1),c=t$.exec(a);if(c){let[,l,,u]=c;Object.values(
br).includes(l)&&(r=[l,u].join("."))}else r=a;if(r$.includes(a))throw new Error(`Found invalid profile name "${a}"`)}else if(r){let a=s.indexOf("=");if(![0,-1].
includes(a)){let[c,l]=[s.substring(0,a).trim(),s.substring(a+1).trim()];if(l==="")o=c;else{o&&n.trimStart()===n&&(o=void 0),e[r]=e[r]||{};let u=o?[o,c].join("."):
c;e[r][u]=l}}}}return e}});var px,Md,Ts,Cs,Ea=p(()=>{px=require("node:fs/promises"),Md={},Ts={},Cs=(t,e)=>Ts[t]!==void 0?Ts[t]:((!Md[t]||e?.ignoreCache)&&(Md[t]=(0,px.readFile)(t,"utf8")),
Md[t])});var Hd,lx,xa,Bd=p(()=>{Hd=require("node:path");nx();Ud();cx();Ss();Fd();Ea();lx=()=>({}),xa=async(t={})=>{let{filepath:e=ax(),configFilepath:r=ya()}=t,o=ro(),n="\
~/",s=e;e.startsWith(n)&&(s=(0,Hd.join)(o,e.slice(2)));let i=r;r.startsWith(n)&&(i=(0,Hd.join)(o,r.slice(2)));let a=await Promise.all([Cs(i,{ignoreCache:t.ignoreCache}).
then(Is).then(ox).catch(lx),Cs(s,{ignoreCache:t.ignoreCache}).then(Is).catch(lx)]);return{configFile:a[0],credentialsFile:a[1]}}});var ux,dx=p(()=>{Pr();ux=t=>Object.entries(t).filter(([e])=>e.startsWith(br.SSO_SESSION+".")).reduce((e,[r,o])=>({...e,[r.substring(r.indexOf(".")+1)]:o}),{})});var o$,vs,mx=p(()=>{Ud();dx();Fd();Ea();o$=()=>({}),vs=async(t={})=>Cs(t.configFilepath??ya()).then(Is).then(ux).catch(o$)});var fx,gx=p(()=>{fx=(...t)=>{let e={};for(let r of t)for(let[o,n]of Object.entries(r))e[o]!==void 0?Object.assign(e[o],n):e[o]=n;return e}});var xr,hx=p(()=>{Bd();gx();xr=async t=>{let e=await xa(t);return fx(e.configFile,e.credentialsFile)}});var As,yx=p(()=>{Ld();Ea();As={getFileRecord(){return Ts},interceptFile(t,e){Ts[t]=Promise.resolve(e)},getTokenRecord(){return _s},interceptToken(t,e){_s[t]=e}}});function Sa(t){try{let e=new Set(Array.from(t.match(/([A-Z_]){3,}/g)??[]));return e.delete("CONFIG"),e.delete("CONFIG_PREFIX_SEPARATOR"),e.delete("ENV"),[...e].
join(", ")}catch{return t}}var Gd=p(()=>{});var Ex,xx=p(()=>{da();Gd();Ex=(t,e)=>async()=>{try{let r=t(process.env,e);if(r===void 0)throw new Error;return r}catch(r){throw new R(r.message||`Not found in E\
NV: ${Sa(t.toString())}`,{logger:e?.logger})}}});var Sx,Rx=p(()=>{da();kd();Bd();Gd();Sx=(t,{preferredFile:e="config",...r}={})=>async()=>{let o=Ze(r),{configFile:n,credentialsFile:s}=await xa(r),i=s[o]||{},a=n[o]||
{},c=e==="config"?{...i,...a}:{...a,...i};try{let u=t(c,e==="config"?n:s);if(u===void 0)throw new Error;return u}catch(l){throw new R(l.message||`Not found in c\
onfig files w/ profile [${o}]: ${Sa(t.toString())}`,{logger:r.logger})}}});var n$,_x,wx=p(()=>{YE();n$=t=>typeof t=="function",_x=t=>n$(t)?async()=>await t():JE(t)});var _,jd=p(()=>{Od();Nd();xx();Rx();wx();_=({environmentVariableSelector:t,configFileSelector:e,default:r},o={})=>{let{signingName:n,logger:s}=o;return ma(Fo(Ex(
t,{signingName:n,logger:s}),Sx(e,o),_x(r)))}});var Ix,Tx,Pt,Cx=p(()=>{fa();ga();Ix="AWS_USE_DUALSTACK_ENDPOINT",Tx="use_dualstack_endpoint",Pt={environmentVariableSelector:t=>bt(t,Ix,Qe.ENV),configFileSelector:t=>bt(
t,Tx,Qe.CONFIG),default:!1}});var vx,Ax,Ot,bx=p(()=>{fa();ga();vx="AWS_USE_FIPS_ENDPOINT",Ax="use_fips_endpoint",Ot={environmentVariableSelector:t=>bt(t,vx,Qe.ENV),configFileSelector:t=>bt(t,
Ax,Qe.CONFIG),default:!1}});var Ho,oo,vn,Px,Ox,zd=p(()=>{Ho=(t,e)=>{let r=[];if(t&&r.push(t),e)for(let o of e)r.push(o);return r},oo=(t,e)=>`${t||"anonymous"}${e&&e.length>0?` (a.k.a. ${e.
join(",")})`:""}`,vn=()=>{let t=[],e=[],r=!1,o=new Set,n=d=>d.sort((m,f)=>Px[f.step]-Px[m.step]||Ox[f.priority||"normal"]-Ox[m.priority||"normal"]),s=d=>{let m=!1,
f=g=>{let y=Ho(g.name,g.aliases);if(y.includes(d)){m=!0;for(let h of y)o.delete(h);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},i=d=>{let m=!1,f=g=>{
if(g.middleware===d){m=!0;for(let y of Ho(g.name,g.aliases))o.delete(y);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},a=d=>(t.forEach(m=>{d.add(m.middleware,
{...m})}),e.forEach(m=>{d.addRelativeTo(m.middleware,{...m})}),d.identifyOnResolve?.(u.identifyOnResolve()),d),c=d=>{let m=[];return d.before.forEach(f=>{f.before.
length===0&&f.after.length===0?m.push(f):m.push(...c(f))}),m.push(d),d.after.reverse().forEach(f=>{f.before.length===0&&f.after.length===0?m.push(f):m.push(...c(
f))}),m},l=(d=!1)=>{let m=[],f=[],g={};return t.forEach(h=>{let S={...h,before:[],after:[]};for(let x of Ho(S.name,S.aliases))g[x]=S;m.push(S)}),e.forEach(h=>{let S={
...h,before:[],after:[]};for(let x of Ho(S.name,S.aliases))g[x]=S;f.push(S)}),f.forEach(h=>{if(h.toMiddleware){let S=g[h.toMiddleware];if(S===void 0){if(d)return;
throw new Error(`${h.toMiddleware} is not found when adding ${oo(h.name,h.aliases)} middleware ${h.relation} ${h.toMiddleware}`)}h.relation==="after"&&S.after.push(
h),h.relation==="before"&&S.before.push(h)}}),n(m).map(c).reduce((h,S)=>(h.push(...S),h),[])},u={add:(d,m={})=>{let{name:f,override:g,aliases:y}=m,h={step:"init\
ialize",priority:"normal",middleware:d,...m},S=Ho(f,y);if(S.length>0){if(S.some(x=>o.has(x))){if(!g)throw new Error(`Duplicate middleware name '${oo(f,y)}'`);for(let x of S){
let v=t.findIndex(L=>L.name===x||L.aliases?.some(Y=>Y===x));if(v===-1)continue;let b=t[v];if(b.step!==h.step||h.priority!==b.priority)throw new Error(`"${oo(b.name,
b.aliases)}" middleware with ${b.priority} priority in ${b.step} step cannot be overridden by "${oo(f,y)}" middleware with ${h.priority} priority in ${h.step} s\
tep.`);t.splice(v,1)}}for(let x of S)o.add(x)}t.push(h)},addRelativeTo:(d,m)=>{let{name:f,override:g,aliases:y}=m,h={middleware:d,...m},S=Ho(f,y);if(S.length>0){
if(S.some(x=>o.has(x))){if(!g)throw new Error(`Duplicate middleware name '${oo(f,y)}'`);for(let x of S){let v=e.findIndex(L=>L.name===x||L.aliases?.some(Y=>Y===
x));if(v===-1)continue;let b=e[v];if(b.toMiddleware!==h.toMiddleware||b.relation!==h.relation)throw new Error(`"${oo(b.name,b.aliases)}" middleware ${b.relation}\
 "${b.toMiddleware}" middleware cannot be overridden by "${oo(f,y)}" middleware ${h.relation} "${h.toMiddleware}" middleware.`);e.splice(v,1)}}for(let x of S)o.
add(x)}e.push(h)},clone:()=>a(vn()),use:d=>{d.applyToStack(u)},remove:d=>typeof d=="string"?s(d):i(d),removeByTag:d=>{let m=!1,f=g=>{let{tags:y,name:h,aliases:S}=g;
if(y&&y.includes(d)){let x=Ho(h,S);for(let v of x)o.delete(v);return m=!0,!1}return!0};return t=t.filter(f),e=e.filter(f),m},concat:d=>{let m=a(vn());return m.use(
d),m.identifyOnResolve(r||m.identifyOnResolve()||(d.identifyOnResolve?.()??!1)),m},applyToStack:a,identify:()=>l(!0).map(d=>{let m=d.step??d.relation+" "+d.toMiddleware;
return oo(d.name,d.aliases)+" - "+m}),identifyOnResolve(d){return typeof d=="boolean"&&(r=d),r},resolve:(d,m)=>{for(let f of l().map(g=>g.middleware).reverse())
d=f(d,m);return r&&console.log(u.identify()),d}};return u},Px={initialize:5,serialize:4,build:3,finalizeRequest:2,deserialize:1},Ox={high:3,normal:2,low:1}});var Ie,Nx=p(()=>{zd();Ie=class{config;middlewareStack=vn();initConfig;handlers;constructor(e){this.config=e;let{protocol:r,protocolSettings:o}=e;o&&typeof r=="f\
unction"&&(e.protocol=new r(o))}send(e,r,o){let n=typeof r!="function"?r:void 0,s=typeof r=="function"?r:o,i=n===void 0&&this.config.cacheMiddleware===!0,a;if(i){
this.handlers||(this.handlers=new WeakMap);let c=this.handlers;c.has(e.constructor)?a=c.get(e.constructor):(a=e.resolveMiddleware(this.middlewareStack,this.config,
n),c.set(e.constructor,a))}else delete this.handlers,a=e.resolveMiddleware(this.middlewareStack,this.config,n);if(s)a(e).then(c=>s(null,c.output),c=>s(c)).catch(
()=>{});else return a(e).then(c=>c.output)}destroy(){this.config?.requestHandler?.destroy?.(),delete this.handlers}}});var Gr,Vd=p(()=>{Gr=t=>typeof t=="function"?t():t});var Ra,qd=p(()=>{Ra=(t,e,r,o,n)=>({name:e,namespace:t,traits:r,input:o,output:n})});var Dx,Wd,kx=p(()=>{J();qd();Dx=t=>(e,r)=>async o=>{let{response:n}=await e(o),{operationSchema:s}=ee(r),[,i,a,c,l,u]=s??[];try{let d=await t.protocol.deserializeResponse(
Ra(i,a,c,l,u),{...t,...r},n);return{response:n,output:d}}catch(d){if(Object.defineProperty(d,"$response",{value:n,enumerable:!1,writable:!1,configurable:!1}),!("\
$metadata"in d)){let m="Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";try{d.message+=`
  `+m}catch{!r.logger||r.logger?.constructor?.name==="NoOpLogger"?console.warn(m):r.logger?.warn?.(m)}typeof d.$responseBodyText<"u"&&d.$response&&(d.$response.
body=d.$responseBodyText);try{if(Je.isInstance(n)){let{headers:f={},statusCode:g}=n,y=Object.entries(f);d.$metadata={httpStatusCode:g,requestId:Wd(/^x-[\w-]+-request-?id$/,
y),extendedRequestId:Wd(/^x-[\w-]+-id-2$/,y),cfId:Wd(/^x-[\w-]+-cf-id$/,y)}}}catch{}}throw d}},Wd=(t,e)=>(e.find(([r])=>r.match(t))||[void 0,void 0])[1]});var $x,Lx=p(()=>{J();qd();$x=t=>(e,r)=>async o=>{let{operationSchema:n}=ee(r),[,s,i,a,c,l]=n??[],u=r.endpointV2?async()=>to(r.endpointV2):t.endpoint,d=await t.protocol.
serializeRequest(Ra(s,i,a,c,l),o.input,{...t,...r,endpoint:u});return e({...o,request:d})}});function Nt(t){return{applyToStack:e=>{e.add($x(t),Fx),e.add(Dx(t),Ux),t.protocol.setSerdeContext(t)}}}var Ux,Fx,Mx=p(()=>{kx();Lx();Ux={name:"deserializerMiddl\
eware",step:"deserialize",tags:["DESERIALIZER"],override:!0},Fx={name:"serializerMiddleware",step:"serialize",tags:["SERIALIZER"],override:!0}});function no(t){if(typeof t=="object")return t;if(t=t|0,_a[t])return _a[t];let e={},r=0;for(let o of["httpLabel","idempotent","idempotencyToken","sensitive","htt\
pPayload","httpResponseCode","httpQueryParams"])(t>>r++&1)===1&&(e[o]=1);return _a[t]=e}var _a,Kd=p(()=>{_a=[]});function Ps(t,e){if(t instanceof U)return Object.assign(t,{memberName:e,_isMemberSchema:!0});let r=U;return new r(t,e)}var bs,wa,Ia,U,Jd,Hx,Bx=p(()=>{Vd();Kd();
bs={it:Symbol.for("@smithy/nor-struct-it"),ns:Symbol.for("@smithy/ns")},wa=[],Ia={},U=class t{ref;memberName;static symbol=Symbol.for("@smithy/nor");symbol=t.symbol;name;schema;_isMemberSchema;traits;memberTraits;normalizedTraits;constructor(e,r){
this.ref=e,this.memberName=r;let o=[],n=e,s=e;for(this._isMemberSchema=!1;Jd(n);)o.push(n[1]),n=n[0],s=Gr(n),this._isMemberSchema=!0;if(o.length>0){this.memberTraits=
{};for(let i=o.length-1;i>=0;--i){let a=o[i];Object.assign(this.memberTraits,no(a))}}else this.memberTraits=0;if(s instanceof t){let i=this.memberTraits;Object.
assign(this,s),this.memberTraits=Object.assign({},i,s.getMemberTraits(),this.getMemberTraits()),this.normalizedTraits=void 0,this.memberName=r??s.memberName;return}
if(this.schema=Gr(s),Hx(this.schema)?(this.name=`${this.schema[1]}#${this.schema[2]}`,this.traits=this.schema[3]):(this.name=this.memberName??String(s),this.traits=
0),this._isMemberSchema&&!r)throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`)}static[Symbol.hasInstance](e){
let r=this.prototype.isPrototypeOf(e);return!r&&typeof e=="object"&&e!==null?e.symbol===this.symbol:r}static of(e){let r=typeof e=="function"||typeof e=="object"&&
e!==null;if(typeof e=="number"){if(wa[e])return wa[e]}else if(typeof e=="string"){if(Ia[e])return Ia[e]}else if(r&&e[bs.ns])return e[bs.ns];let o=Gr(e);if(o instanceof
t)return o;if(Jd(o)){let[s,i]=o;if(s instanceof t)return Object.assign(s.getMergedTraits(),no(i)),s;throw new Error(`@smithy/core/schema - may not init unwrappe\
d member schema=${JSON.stringify(e,null,2)}.`)}let n=new t(o);return r?e[bs.ns]=n:typeof o=="string"?Ia[o]=n:typeof o=="number"?wa[o]=n:n}getSchema(){let e=this.
schema;return Array.isArray(e)&&e[0]===0?e[4]:e}getName(e=!1){let{name:r}=this;return!e&&r&&r.includes("#")?r.split("#")[1]:r||void 0}getMemberName(){return this.
memberName}isMemberSchema(){return this._isMemberSchema}isListSchema(){let e=this.getSchema();return typeof e=="number"?e>=64&&e<128:e[0]===1}isMapSchema(){let e=this.
getSchema();return typeof e=="number"?e>=128&&e<=255:e[0]===2}isStructSchema(){let e=this.getSchema();if(typeof e!="object")return!1;let r=e[0];return r===3||r===
-3||r===4}isUnionSchema(){let e=this.getSchema();return typeof e!="object"?!1:e[0]===4}isBlobSchema(){let e=this.getSchema();return e===21||e===42}isTimestampSchema(){
let e=this.getSchema();return typeof e=="number"&&e>=4&&e<=7}isUnitSchema(){return this.getSchema()==="unit"}isDocumentSchema(){return this.getSchema()===15}isStringSchema(){
return this.getSchema()===0}isBooleanSchema(){return this.getSchema()===2}isNumericSchema(){return this.getSchema()===1}isBigIntegerSchema(){return this.getSchema()===
17}isBigDecimalSchema(){return this.getSchema()===19}isStreaming(){let{streaming:e}=this.getMergedTraits();return!!e||this.getSchema()===42}isIdempotencyToken(){
return!!this.getMergedTraits().idempotencyToken}getMergedTraits(){return this.normalizedTraits??(this.normalizedTraits={...this.getOwnTraits(),...this.getMemberTraits()})}getMemberTraits(){
return no(this.memberTraits)}getOwnTraits(){return no(this.traits)}getKeySchema(){let[e,r]=[this.isDocumentSchema(),this.isMapSchema()];if(!e&&!r)throw new Error(
`@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`);let o=this.getSchema(),n=e?15:o[4]??0;return Ps([n,0],"key")}getValueSchema(){let e=this.
getSchema(),[r,o,n]=[this.isDocumentSchema(),this.isMapSchema(),this.isListSchema()],s=typeof e=="number"?63&e:e&&typeof e=="object"&&(o||n)?e[3+e[0]]:r?15:void 0;
if(s!=null)return Ps([s,0],o?"value":"member");throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`)}getMemberSchema(e){let r=this.getSchema();
if(this.isStructSchema()&&r[4].includes(e)){let o=r[4].indexOf(e),n=r[5][o];return Ps(Jd(n)?n:[n,0],e)}if(this.isDocumentSchema())return Ps([15,0],e);throw new Error(
`@smithy/core/schema - ${this.getName(!0)} has no member=${e}.`)}getMemberSchemas(){let e={};try{for(let[r,o]of this.structIterator())e[r]=o}catch{}return e}getEventStreamMember(){
if(this.isStructSchema()){for(let[e,r]of this.structIterator())if(r.isStreaming()&&r.isStructSchema())return e}return""}*structIterator(){if(this.isUnitSchema())
return;if(!this.isStructSchema())throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");let e=this.getSchema(),r=e[4].length,o=e[bs.it];if(o&&
r===o.length){yield*o;return}o=Array(r);for(let n=0;n<r;++n){let s=e[4][n],i=Ps([e[5][n],0],s);yield o[n]=[s,i]}e[bs.it]=o}};Jd=t=>Array.isArray(t)&&t.length===
2,Hx=t=>Array.isArray(t)&&t.length>=5});var Q,Gx=p(()=>{Q=class t{namespace;schemas;exceptions;static registries=new Map;constructor(e,r=new Map,o=new Map){this.namespace=e,this.schemas=r,this.exceptions=
o,t.registries.has(e)||t.registries.set(e,this)}static for(e){return t.registries.get(e)??new t(e)}copyFrom(e){let{schemas:r,exceptions:o}=this;for(let[n,s]of e.
schemas)r.has(n)||r.set(n,s);for(let[n,s]of e.exceptions)o.has(n)||o.set(n,s)}register(e,r){let o=this.normalizeShapeId(e);for(let n of[this,t.for(o.split("#")[0])])
n.schemas.has(o)||n.schemas.set(o,r)}getSchema(e){let r=this.normalizeShapeId(e);if(!this.schemas.has(r)){if(!e.includes("#")){let o="#"+e,n=[];for(let[s,i]of this.
schemas.entries())s.endsWith(o)&&n.push(i);if(n.length===1)return n[0]}throw new Error(`@smithy/core/schema - schema not found for ${r}`)}return this.schemas.get(
r)}registerError(e,r){let o=e,n=o[1],s=n+"#"+o[2];r.hasOwnProperty?.("shapeId")||(r.shapeId=s);for(let i of[this,t.for(n)])!i.schemas.has(s)&&!i.exceptions.has(
o)&&(i.schemas.set(s,o),i.exceptions.set(o,r))}getErrorCtor(e){let r=e;return this.exceptions.has(r)?this.exceptions.get(r):t.for(r[1]).exceptions.get(r)}getBaseException(){
for(let e of this.exceptions.keys())if(Array.isArray(e)){let[,r,o]=e,n=r+"#"+o;if(n.startsWith("smithy.ts.sdk.synthetic.")&&n.endsWith("ServiceException"))return e}}find(e){
for(let r of this.schemas.values())if(e(r))return r}clear(){this.schemas.clear(),this.exceptions.clear()}normalizeShapeId(e){return e.includes("#")?e:this.namespace+
"#"+e}}});var X=p(()=>{Vd();Mx();Bx();Kd();Gx()});function An(t,e){if(e==null)return e;let r=U.of(t);if(r.getMergedTraits().sensitive)return Yd;if(r.isListSchema()){let o=r.getValueSchema();if(o.getMergedTraits().
sensitive)return Yd;if(Array.isArray(e))return e.map(n=>An(o,n))}else if(r.isMapSchema()){let o=r.getValueSchema();if(r.getKeySchema().getMergedTraits().sensitive||
o.getMergedTraits().sensitive)return Yd;if(typeof e=="object")return Object.fromEntries(Object.entries(e).map(([n,s])=>[n,An(o,s)]))}else if(r.isStructSchema()&&
typeof e=="object"){let o=e,n={};for(let[s,i]of r.structIterator())o[s]!=null&&(n[s]=An(i,o[s]));return n}return e}var Yd,jx=p(()=>{X();Yd="***SensitiveInformat\
ion***"});var zx,ir,Xd,Qd=p(()=>{Pr();zd();jx();X();zx=Symbol.for("@smithy/op-event-stream"),ir=class{middlewareStack=vn();schema;static classBuilder(){return new Xd}resolveMiddlewareWithContext(e,r,o,{
middlewareFn:n,clientName:s,commandName:i,inputFilterSensitiveLog:a,outputFilterSensitiveLog:c,smithyContext:l,additionalContext:u,CommandCtor:d}){for(let L of n.
bind(this)(d,e,r,o))this.middlewareStack.use(L);let m=e.concat(this.middlewareStack),{logger:f}=r,g=u[Er],y={logger:f,clientName:s,commandName:i,inputFilterSensitiveLog:a,
outputFilterSensitiveLog:c,...u,[Er]:{...g,commandInstance:this,...l,...o?.metricsRecorder===void 0?{}:{metricsRecorder:o.metricsRecorder},...o?.abortSignal===void 0?
{}:{abortSignal:o.abortSignal}}},{requestHandler:h}=r,S=o??{};S.metricsRecorder&&(S={...S},delete S.metricsRecorder);let x,v=this.schema,b=v?.[zx];if(b!==void 0)
x=b;else if(v&&Array.isArray(v)&&v[0]===9){let[,,,,L,Y]=v;x=v[zx]=!!(U.of(L).getEventStreamMember()||U.of(Y).getEventStreamMember())}return x&&(S={isEventStream:x,
...S}),m.resolve(L=>h.handle(L.request,S),y)}},Xd=class{_init=()=>{};_ep={};_middlewareFn=()=>[];_commandName="";_clientName="";_additionalContext={};_smithyContext={};_inputFilterSensitiveLog=void 0;_outputFilterSensitiveLog=void 0;_serializer=null;_deserializer=null;_operationSchema;init(e){
this._init=e}ep(e){return this._ep=e,this}m(e){return this._middlewareFn=e,this}s(e,r,o={}){return this._smithyContext={service:e,operation:r,...o},this}c(e={}){
return this._additionalContext=e,this}n(e,r){return this._clientName=e,this._commandName=r,this}f(e=o=>o,r=o=>o){return this._inputFilterSensitiveLog=e,this._outputFilterSensitiveLog=
r,this}ser(e){return this._serializer=e,this}de(e){return this._deserializer=e,this}sc(e){return this._operationSchema=e,this._smithyContext.operationSchema=e,this}build(){
let e=this,r;return r=class extends ir{input;static getEndpointParameterInstructions(){return e._ep}constructor(...[o]){super(),this.input=o??{},e._init(this),this.
schema=e._operationSchema}resolveMiddleware(o,n,s){let i=e._operationSchema,a=i?.[4]??i?.input,c=i?.[5]??i?.output;return this.resolveMiddlewareWithContext(o,n,
s,{CommandCtor:r,middlewareFn:e._middlewareFn,clientName:e._clientName,commandName:e._commandName,inputFilterSensitiveLog:e._inputFilterSensitiveLog??(i?An.bind(
null,a):l=>l),outputFilterSensitiveLog:e._outputFilterSensitiveLog??(i?An.bind(null,c):l=>l),smithyContext:e._smithyContext,additionalContext:e._additionalContext})}serialize=e.
_serializer;deserialize=e._deserializer}}}});var jr,Vx=p(()=>{jr=(t,e,r)=>{for(let[s,i]of Object.entries(t)){let a=async function(l,u,d){let m=new i(l);if(typeof u=="function")this.send(m,u);else if(typeof d==
"function"){if(typeof u!="object")throw new Error(`Expected http options but got ${typeof u}`);this.send(m,u||{},d)}else return this.send(m,u)},c=(s[0].toLowerCase()+
s.slice(1)).replace(/Command$/,"");e.prototype[c]=a}let{paginators:o={},waiters:n={}}=r??{};for(let[s,i]of Object.entries(o))e.prototype[s]===void 0&&(e.prototype[s]=
function(a={},c,...l){return i({...c,client:this},a,...l)});for(let[s,i]of Object.entries(n))e.prototype[s]===void 0&&(e.prototype[s]=async function(a={},c,...l){
let u=c;return typeof c=="number"&&(u={maxWaitTime:c}),i({...u,client:this},a,...l)})}});var et,Ta,qx=p(()=>{et=class t extends Error{static shapeId="smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";$fault;$response;$retryable;$metadata;constructor(e){
super(e.message),Object.setPrototypeOf(this,Object.getPrototypeOf(this).constructor.prototype),this.name=e.name,this.$fault=e.$fault,this.$metadata=e.$metadata}static isInstance(e){
if(!e)return!1;let r=e;return t.prototype.isPrototypeOf(r)||!!r.$fault&&!!r.$metadata&&(r.$fault==="client"||r.$fault==="server")}static[Symbol.hasInstance](e){
if(!e)return!1;let r=e;if(this===t)return t.isInstance(e);if(t.isInstance(e)){if(this.prototype.isPrototypeOf(e))return!0;let o=Object.prototype.hasOwnProperty.
call(this,"shapeId")?this.shapeId:void 0,n=!1;if(o){let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor,c=a!==t&&Object.prototype.
hasOwnProperty.call(a,"shapeId")?a?.shapeId:void 0;if(c&&(n=!0,c===o))return!0;i=Object.getPrototypeOf(i)}}if(o&&n)return!1;let s=this.name;if(s&&s.length>=6){if(r.
name===s)return!0;let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor?.name;if(a&&a!=="Error"&&a===s)return!0;i=Object.getPrototypeOf(
i)}}}return!1}},Ta=(t,e={})=>{Object.entries(e).filter(([,o])=>o!==void 0).forEach(([o,n])=>{(t[o]==null||t[o]==="")&&(t[o]=n)});let r=t.message||t.Message||"Un\
knownError";return t.message=r,delete t.Message,t}});var Dt,Wx=p(()=>{Dt=t=>{switch(t){case"standard":return{retryMode:"standard",connectionTimeout:3100};case"in-region":return{retryMode:"standard",connectionTimeout:1100};case"\
cross-region":return{retryMode:"standard",connectionTimeout:3100};case"mobile":return{retryMode:"standard",connectionTimeout:3e4};default:return{}}}});var Kx,kt,Jx=p(()=>{Kx=!1,kt=t=>{t&&!Kx&&parseInt(t.substring(1,t.indexOf(".")))<16&&(Kx=!0)}});var Yx,Xx,Qx,Zx=p(()=>{J();Pr();Yx=Object.values(Hr),Xx=t=>{let e=[];for(let r in Hr){if(!P(Hr,r))continue;let o=Hr[r];t[o]!==void 0&&e.push({algorithmId:()=>o,
checksumConstructor:()=>t[o]})}for(let[r,o]of Object.entries(t.checksumAlgorithms??{}))e.push({algorithmId:()=>r,checksumConstructor:()=>o});return{addChecksumAlgorithm(r){
t.checksumAlgorithms=t.checksumAlgorithms??{};let o=r.algorithmId(),n=r.checksumConstructor();Yx.includes(o)?t.checksumAlgorithms[o.toUpperCase()]=n:t.checksumAlgorithms[o]=
n,e.push(r)},checksumAlgorithms(){return e}}},Qx=t=>{let e={};return t.checksumAlgorithms().forEach(r=>{let o=r.algorithmId();Yx.includes(o)&&(e[o]=r.checksumConstructor())}),
e}});var eS,tS,rS=p(()=>{eS=t=>({setRetryStrategy(e){t.retryStrategy=e},retryStrategy(){return t.retryStrategy}}),tS=t=>{let e={};return e.retryStrategy=t.retryStrategy(),
e}});var $t,Lt,oS=p(()=>{Zx();rS();$t=t=>Object.assign(Xx(t),eS(t)),Lt=t=>Object.assign(Qx(t),tS(t))});var Ca,nS=p(()=>{J();Ca=t=>{let e="#text";for(let r in t)P(t,r)&&(t[r][e]!==void 0?t[r]=t[r][e]:typeof t[r]=="object"&&t[r]!==null&&(t[r]=Ca(t[r])));return t}});var _e,sS=p(()=>{_e=class{trace(){}debug(){}info(){}warn(){}error(){}}});function Ut(t,e,r,o){return function(s,i,a,c,l={}){let u=Object.assign({},t,s);return ir.classBuilder().ep(u).m(function(d,m,f,g){let y=i.call(this,d,m,f,g);return y.
unshift(o(f,d.getEndpointParameterInstructions())),y}).s(e,a,l).n(r,a.charAt(0).toUpperCase()+a.slice(1)+"Command").sc(c).build()}}var iS=p(()=>{Qd()});var T=p(()=>{J();J();Nx();Qd();Vx();Wx();Jx();qx();oS();nS();sS();iS()});var aS,Zd,em,cS,pS,lS,uS,dS,mS,tm=p(()=>{aS="AWS_EXECUTION_ENV",Zd="AWS_REGION",em="AWS_DEFAULT_REGION",cS="AWS_EC2_METADATA_DISABLED",pS=["in-region","cross-re\
gion","mobile","standard","legacy"],lS="/latest/meta-data/placement/region",uS="/latest/api/token",dS="x-aws-ec2-metadata-token",mS="x-aws-ec2-metadata-token-tt\
l-seconds"});var rm=Yu((N5,fS)=>{fS.exports=require("node:http")});var gS,s$,ES,va,hS,i$,yS,om=p(()=>{tm();gS=1e3,s$=6e4,ES=0,va=async()=>{if(!process.env[cS]&&!(Date.now()<ES))try{let t=i$(),e=(await yS({...t,path:uS,method:"P\
UT",headers:{[mS]:"21600"}})).toString();return(await yS({...t,path:lS,method:"GET",headers:{[dS]:e}})).toString().trim()||hS()}catch{return hS()}},hS=()=>{ES=Date.
now()+s$},i$=()=>{let t=process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;if(t){let e=new URL(t);return{hostname:e.hostname.replace(/^\[(.+)]$/,"$1"),port:e.port?Number(
e.port):void 0}}return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE==="IPv6"?{hostname:"fd00:ec2::254"}:{hostname:"169.254.169.254"}},yS=async t=>{let{request:e}=await Promise.resolve().then(()=>Ur(rm()));
return new Promise((r,o)=>{let n=e({hostname:t.hostname,port:t.port,path:t.path,method:t.method,headers:t.headers,timeout:gS,signal:AbortSignal.timeout(gS)});n.
on("error",s=>{o(s),n.destroy()}),n.on("timeout",()=>{o(new Error("TimeoutError from instance metadata service")),n.destroy()}),n.on("response",s=>{let{statusCode:i=400}=s;
if(i<200||i>=300){o(Object.assign(new Error("Error response received from instance metadata service"),{statusCode:i})),n.destroy();return}let a=[];s.on("data",c=>a.
push(c)),s.on("end",()=>{r(Buffer.concat(a)),n.destroy()})}),n.end()})}});var xS,SS,be,tt,nm=p(()=>{om();xS="AWS_REGION",SS="region",be={environmentVariableSelector:t=>t[xS],configFileSelector:t=>t[SS],default:async()=>{let t=await va();
if(t)return t;throw new Error("Region is missing")}},tt={preferredFile:"credentials"}});var RS,_S,wS=p(()=>{J();RS=new Set,_S=(t,e=Or)=>{if(!RS.has(t)&&!e(t))if(t==="*")console.warn('@smithy/config-resolver WARN - Please use the caller region inste\
ad of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.');else throw new Error(`Region not accepted: region="${t}\
" is not a valid hostname component.`);else RS.add(t)}});var Aa,sm=p(()=>{Aa=t=>typeof t=="string"&&(t.startsWith("fips-")||t.endsWith("-fips"))});var IS,TS=p(()=>{sm();IS=t=>Aa(t)?["fips-aws-global","aws-fips"].includes(t)?"us-east-1":t.replace(/fips-(dkr-|prod-)?|-fips/,""):t});var Ft,CS=p(()=>{wS();TS();sm();Ft=t=>{let{region:e,useFipsEndpoint:r}=t;if(!e)throw new Error("Region is missing");return Object.assign(t,{region:async()=>{let o=typeof e==
"function"?await e():e,n=IS(o);return _S(n),n},useFipsEndpoint:async()=>{let o=typeof e=="string"?e:await e();return Aa(o)?!0:typeof r!="function"?Promise.resolve(
!!r):r()}})}});var a$,c$,vS,AS=p(()=>{a$="AWS_DEFAULTS_MODE",c$="defaults_mode",vS={environmentVariableSelector:t=>t[a$],configFileSelector:t=>t[c$],default:"legacy"}});var Mt,p$,l$,bS=p(()=>{nm();om();jd();Nd();tm();AS();Mt=({region:t=_(be),defaultsMode:e=_(vS)}={})=>ma(async()=>{let r=typeof e=="function"?await e():e;switch(r?.
toLowerCase()){case"auto":return p$(t);case"in-region":case"cross-region":case"mobile":case"standard":case"legacy":return Promise.resolve(r?.toLocaleLowerCase());case void 0:
return Promise.resolve("legacy");default:throw new Error(`Invalid parameter for "defaultsMode", expect ${pS.join(", ")}, got ${r}`)}}),p$=async t=>{if(t){let e=typeof t==
"function"?await t():t,r=await l$();return r?e===r?"in-region":"cross-region":"standard"}return"standard"},l$=async()=>process.env[aS]&&(process.env[Zd]||process.
env[em])?process.env[Zd]??process.env[em]:va()});var $=p(()=>{xs();da();KE();Od();fa();ga();kd();$d();Ld();mx();hx();yx();jd();Cx();bx();nm();CS();bS()});var PS,OS,NS,DS=p(()=>{PS="AWS_ENDPOINT_URL",OS="endpoint_url",NS=t=>({environmentVariableSelector:e=>{let r=t.split(" ").map(s=>s.toUpperCase()),o=e[[PS,...r].
join("_")];if(o)return o;let n=e[PS];if(n)return n},configFileSelector:(e,r)=>{if(e.services){let n=["services",e.services].join(".");if(!r||!r[n])throw new Error(
`The services section "${e.services}" specified in the profile is not present in the shared configuration file.`);let s=r[n],i=t.split(" ").map(c=>c.toLowerCase()),
a=s[[i.join("_"),OS].join(".")];if(a)return a}let o=e[OS];if(o)return o},default:void 0})});var u$,d$,kS,$S=p(()=>{$();u$="AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",d$="ignore_configured_endpoint_urls",kS={environmentVariableSelector:t=>bt(t,u$,Qe.ENV),configFileSelector:t=>bt(
t,d$,Qe.CONFIG),default:!1}});var Os,LS=p(()=>{$();DS();$S();Os=async t=>{if(!await _(kS)())return _(NS(t??""))()}});var im,m$,f$,g$,US,FS,MS=p(()=>{im=async t=>{let e=t?.Bucket||"";if(typeof t.Bucket=="string"&&(t.Bucket=e.replace(/#/g,encodeURIComponent("#")).replace(/\?/g,encodeURIComponent(
"?"))),FS(e)){if(t.ForcePathStyle===!0)throw new Error("Path-style addressing cannot be used with ARN buckets")}else(!US(e)||e.indexOf(".")!==-1&&!String(t.Endpoint).
startsWith("http:")||e.toLowerCase()!==e||e.length<3)&&(t.ForcePathStyle=!0);return t.DisableMultiRegionAccessPoints&&(t.disableMultiRegionAccessPoints=!0,t.DisableMRAP=
!0),t},m$=/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,f$=/(\d+\.){3}\d+/,g$=/\.\./,US=t=>m$.test(t)&&!f$.test(t)&&!g$.test(t),FS=t=>{let[e,r,o,,,n]=t.split(":"),s=e===
"arn"&&t.split(":").length>=6,i=!!(s&&r&&o&&n);if(s&&!i)throw new Error(`Invalid ARN: ${t} was an invalid ARN.`);return i}});var HS=p(()=>{MS()});var BS,GS=p(()=>{BS=(t,e,r,o=!1)=>{let n=async()=>{let s;return o?s=r.clientContextParams?.[t]??r[t]??r[e]:s=r[t]??r[e],typeof s=="function"?s():s};return t==="\
credentialScope"||e==="CredentialScope"?async()=>{let s=typeof r.credentials=="function"?await r.credentials():r.credentials;return s?.credentialScope??s?.CredentialScope}:
t==="accountId"||e==="AccountId"?async()=>{let s=typeof r.credentials=="function"?await r.credentials():r.credentials;return s?.accountId??s?.AccountId}:t==="en\
dpoint"||e==="endpoint"?async()=>{if(r.isCustomEndpoint===!1)return;let s=await n();if(s&&typeof s=="object"){if("url"in s)return s.url.href;if("hostname"in s){
let{protocol:i,hostname:a,port:c,path:l}=s;return`${i}//${a}${c?":"+c:""}${l}`}}return s}:n}});var am=p(()=>{J()});function ba(t){return async(e,r,o,n)=>{if(!o.isCustomEndpoint&&!o.ignoreConfiguredEndpointUrls){let a;o.serviceConfiguredEndpoint?a=await o.serviceConfiguredEndpoint():
a=await t(o.serviceId),a&&(o.endpoint=()=>Promise.resolve(to(a)),o.isCustomEndpoint=!0,n?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from confi\
g: ${a}`))}let s=await Pa(e,r,o);if(typeof o.endpointProvider!="function")throw new Error("config.endpointProvider is not set.");let i=o.endpointProvider(s,n);if(o.
isCustomEndpoint&&o.endpoint){let a=await o.endpoint();if(a?.headers){i.headers??={};for(let[c,l]of Object.entries(a.headers))i.headers[c]=Array.isArray(l)?l:[l]}}
return i}}var Pa,Oa=p(()=>{HS();GS();am();Pa=async(t,e,r)=>{let o={},n=e?.getEndpointParameterInstructions?.()||{};for(let[s,i]of Object.entries(n))switch(i.type){case"\
staticContextParams":o[s]=i.value;break;case"contextParams":o[s]=t[i.name];break;case"clientContextParams":case"builtInParams":o[s]=await BS(i.name,s,r,i.type!==
"builtInParams")();break;case"operationContextParams":o[s]=i.get(t);break;default:throw new Error("Unrecognized endpoint parameter instruction: "+JSON.stringify(
i))}return Object.keys(n).length===0&&Object.assign(o,r),String(r.serviceId).toLowerCase()==="s3"&&await im(o),o}});function h$(t,e,r){t.__smithy_context?t.__smithy_context.features||(t.__smithy_context.features={}):t.__smithy_context={features:{}},t.__smithy_context.features[e]=
r}function Na(t){let e=ba(t);return({config:r,instructions:o})=>(n,s)=>async i=>{r.isCustomEndpoint&&h$(s,"ENDPOINT_OVERRIDE","N");let a=await e(i.input,{getEndpointParameterInstructions(){
return o}},{...r},s);s.endpointV2=a,s.authSchemes=a.properties?.authSchemes;let c=s.authSchemes?.[0];if(c){s.signing_region=c.signingRegion,s.signing_service=c.
signingName;let u=ee(s)?.selectedHttpAuthScheme?.httpAuthOption;u&&(u.signingProperties=Object.assign(u.signingProperties||{},{signing_region:c.signingRegion,signingRegion:c.
signingRegion,signing_service:c.signingName,signingName:c.signingName,signingRegionSet:c.signingRegionSet},c.properties))}return n({...i})}}var cm=p(()=>{J();Oa()});function jS(t){let e=Na(t);return(r,o)=>({applyToStack:n=>{n.addRelativeTo(e({config:r,instructions:o}),E$)}})}var y$,E$,zS=p(()=>{cm();y$={name:"serializerMidd\
leware",step:"serialize",tags:["SERIALIZER"],override:!0},E$={step:"serialize",tags:["ENDPOINT_PARAMETERS","ENDPOINT_V2","ENDPOINT"],name:"endpointV2Middleware",
override:!0,relation:"before",toMiddleware:y$.name}});function VS(t){return e=>{let r=e.tls??!0,{endpoint:o,useDualstackEndpoint:n,useFipsEndpoint:s}=e,i=o!=null?async()=>to(await q(o)()):void 0,c=Object.assign(e,{
endpoint:i,tls:r,isCustomEndpoint:!!o,useDualstackEndpoint:q(n??!1),useFipsEndpoint:q(s??!1),ignoreConfiguredEndpointUrls:!!e.ignoreConfiguredEndpointUrls}),l;return c.
serviceConfiguredEndpoint=async()=>(e.serviceId&&!l&&(l=t(e.serviceId)),l),c}}var qS=p(()=>{J();am()});var rt,WS=p(()=>{rt=class t{nodes;root;conditions;results;constructor(e,r,o,n){this.nodes=e,this.root=r,this.conditions=o,this.results=n}static from(e,r,o,n){return new t(
e,r,o,n)}}});var ot,KS=p(()=>{ot=class{capacity;data=new Map;parameters=[];constructor({size:e,params:r}){this.capacity=e??50,r&&(this.parameters=r)}get(e,r){let o=this.hash(
e);if(o===!1)return r();if(!this.data.has(o)){if(this.data.size>this.capacity+10){let n=this.data.keys(),s=0;for(;;){let{value:i,done:a}=n.next();if(this.data.delete(
i),a||++s>10)break}}this.data.set(o,r())}return this.data.get(o)}size(){return this.data.size}hash(e){let r="",{parameters:o}=this;if(o.length===0)return!1;for(let n of o){
let s=e[n],i=s==null?"\0":String(s);if(i.includes("|;"))return!1;r+=i+"|;"}return r}}});var ue,JS=p(()=>{ue=class extends Error{constructor(e){super(e),this.name="EndpointError"}}});var zr=p(()=>{JS()});var pm,YS=p(()=>{pm="endpoints"});function bn(t){return typeof t!="object"||t==null?t:"ref"in t?`$${bn(t.ref)}`:"fn"in t?`${t.fn}(${(t.argv||[]).map(bn).join(", ")})`:JSON.stringify(t,null,2)}var XS=p(
()=>{});var QS=p(()=>{YS();XS()});var Pe,lm=p(()=>{Pe={}});var um,ZS=p(()=>{um=(t,e)=>t===e});function dm(...t){for(let e of t)if(e!=null)return e}var eR=p(()=>{});var tR,rR=p(()=>{zr();tR=t=>{let e=t.split("."),r=[];for(let o of e){let n=o.indexOf("[");if(n!==-1){if(o.indexOf("]")!==o.length-1)throw new ue(`Path: '${t}' d\
oes not end with ']'`);let s=o.slice(n+1,-1);if(Number.isNaN(parseInt(s)))throw new ue(`Invalid array index: '${s}' in path: '${t}'`);n!==0&&r.push(o.slice(0,n)),
r.push(s)}else r.push(o)}return r}});var Ns,oR=p(()=>{zr();rR();Ns=(t,e)=>tR(e).reduce((r,o)=>{if(typeof r!="object")throw new ue(`Index '${o}' in '${e}' not found in '${JSON.stringify(t)}'`);if(Array.
isArray(r)){let n=parseInt(o);return r[n<0?r.length+n:n]}return r[o]},t)});var mm,nR=p(()=>{mm=t=>t!=null});function fm(t,e,r){return t?e:r}var sR=p(()=>{});var gm,iR=p(()=>{gm=t=>!t});var x$,Pn,hm=p(()=>{x$=new RegExp("^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$"),Pn=t=>x$.test(t)||t.startsWith(
"[")&&t.endsWith("]")});var ym,Em,aR=p(()=>{Pr();hm();ym={[Lo.HTTP]:80,[Lo.HTTPS]:443},Em=t=>{let e=(()=>{try{if(t instanceof URL)return t;if(typeof t=="object"&&"hostname"in t){let{hostname:m,
port:f,protocol:g="",path:y="",query:h={}}=t,S=new URL(`${g}//${m}${f?`:${f}`:""}${y}`);return S.search=Object.entries(h).map(([x,v])=>`${x}=${v}`).join("&"),S}
return new URL(t)}catch{return null}})();if(!e)return console.error(`Unable to parse ${JSON.stringify(t)} as a whatwg URL.`),null;let r=e.href,{host:o,hostname:n,
pathname:s,protocol:i,search:a}=e;if(a)return null;let c=i.slice(0,-1);if(!Object.values(Lo).includes(c))return null;let l=Pn(n),u=r.includes(`${o}:${ym[c]}`)||
typeof t=="string"&&t.includes(`${o}:${ym[c]}`),d=`${o}${u?`:${ym[c]}`:""}`;return{scheme:c,authority:d,path:s,normalizedPath:s.endsWith("/")?s:`${s}/`,isIp:l}}});function xm(t,e,r){if(r===1)return[t];if(t==="")return[""];let o=t.split(e);return r===0?o:o.slice(0,r-1).concat(o.slice(1).join(e))}var cR=p(()=>{});var Sm,pR=p(()=>{Sm=(t,e)=>t===e});var Rm,lR=p(()=>{Rm=(t,e,r,o)=>t==null||e>=r||t.length<r||/[^\u0000-\u007f]/.test(t)?null:o?t.substring(t.length-r,t.length-e):t.substring(e,r)});var _m,uR=p(()=>{_m=t=>encodeURIComponent(t).replace(/[!*'()]/g,e=>`%${e.charCodeAt(0).toString(16).toUpperCase()}`)});var wm=p(()=>{ZS();eR();oR();nR();J();sR();iR();aR();cR();pR();lR();uR()});var dR,mR=p(()=>{wm();dR={booleanEquals:um,coalesce:dm,getAttr:Ns,isSet:mm,isValidHostLabel:Or,ite:fm,not:gm,parseURL:Em,split:xm,stringEquals:Sm,substring:Rm,uriEncode:_m}});var Da,Im=p(()=>{wm();Da=(t,e)=>{let r=[],{referenceRecord:o,endpointParams:n}=e,s=0;for(;s<t.length;){let i=t.indexOf("{",s);if(i===-1){r.push(t.slice(s));break}
r.push(t.slice(s,i));let a=t.indexOf("}",i);if(a===-1){r.push(t.slice(i));break}t[i+1]==="{"&&t[a+1]==="}"&&(r.push(t.slice(i+1,a)),s=a+2);let c=t.substring(i+1,
a);if(c.includes("#")){let[l,u]=c.split("#");r.push(Ns(o[l]??n[l],u))}else r.push(o[c]??n[c]);s=a+1}return r.join("")}});var fR,gR=p(()=>{fR=({ref:t},e)=>e.referenceRecord[t]??e.endpointParams[t]});var Bo,ka,hR,Ds=p(()=>{zr();lm();mR();Im();gR();Bo=(t,e,r)=>{if(typeof t=="string")return Da(t,r);if(t.fn)return hR.callFunction(t,r);if(t.ref)return fR(t,r);throw new ue(
`'${e}': ${String(t)} is not a string, function or reference.`)},ka=({fn:t,argv:e},r)=>{let o=Array(e.length);for(let i=0;i<o.length;++i){let a=e[i];typeof a=="\
boolean"||typeof a=="number"?o[i]=a:o[i]=hR.evaluateExpression(a,"arg",r)}let n=t.indexOf(".");if(n!==-1){let a=Pe[t.slice(0,n)]?.[t.slice(n+1)];if(typeof a=="f\
unction")return a(...o)}let s=dR[t];if(typeof s=="function")return s(...o);throw new Error(`function ${t} not loaded in endpointFunctions.`)},hR={evaluateExpression:Bo,
callFunction:ka}});var yR=p(()=>{Ds()});var ER,xR=p(()=>{QS();zr();yR();ER=(t,e)=>{let{assign:r}=t;if(r&&r in e.referenceRecord)throw new ue(`'${r}' is already defined in Reference Record.`);let o=ka(
t,e);e.logger?.debug?.(`${pm} evaluateCondition: ${bn(t)} = ${bn(o)}`);let n=o===""?!0:!!o;return r!=null?{result:n,toAssign:{name:r,value:o}}:{result:n}}});var SR,RR=p(()=>{zr();Ds();SR=(t,e)=>Object.entries(t??{}).reduce((r,[o,n])=>(r[o]=n.map(s=>{let i=Bo(s,"Header value entry",e);if(typeof i!="string")throw new ue(
`Header '${o}' value '${i}' is not a string`);return i}),r),{})});var Tm,_R,wR,IR=p(()=>{zr();Im();Tm=(t,e)=>Object.entries(t).reduce((r,[o,n])=>(r[o]=wR.getEndpointProperty(n,e),r),{}),_R=(t,e)=>{if(Array.isArray(t))return t.
map(r=>_R(r,e));switch(typeof t){case"string":return Da(t,e);case"object":if(t===null)throw new ue(`Unexpected endpoint property: ${t}`);return wR.getEndpointProperties(
t,e);case"boolean":return t;default:throw new ue(`Unexpected endpoint property type: ${typeof t}`)}},wR={getEndpointProperty:_R,getEndpointProperties:Tm}});var TR,CR=p(()=>{zr();Ds();TR=(t,e)=>{let r=Bo(t,"Endpoint URL",e);if(typeof r=="string")try{return new URL(r)}catch(o){throw console.error(`Failed to construct\
 URL with ${r}`,o),o}throw new ue(`Endpoint URL must be a string, got ${typeof r}`)}});var Cm,Ht,vR=p(()=>{zr();xR();Ds();RR();IR();CR();Cm=1e8,Ht=(t,e)=>{let{nodes:r,root:o,results:n,conditions:s}=t,i=o,a={},c={referenceRecord:a,endpointParams:e.
endpointParams,logger:e.logger};for(;i!==1&&i!==-1&&i<Cm;){let l=3*(Math.abs(i)-1),[u,d,m]=[r[l],r[l+1],r[l+2]],[f,g,y]=s[u],h=ER({fn:f,assign:y,argv:g},c);if(h.
toAssign){let{name:S,value:x}=h.toAssign;a[S]=x}i=i>=0===h.result?d:m}if(i>=Cm){let l=n[i-Cm];if(l[0]===-1){let[,f]=l;throw new ue(Bo(f,"Error",c))}let[u,d,m]=l;
return{url:TR(u,c),properties:Tm(d,c),headers:SR(m??{},c)}}throw new ue("No matching endpoint.")}});var _J,ar,wJ,cr,W=p(()=>{LS();Oa();cm();zS();qS();WS();KS();vR();hm();J();lm();Oa();_J=ba(Os),ar=VS(Os),wJ=Na(Os),cr=jS(Os)});var ks,$a,La=p(()=>{ks=t=>typeof ReadableStream=="function"&&(t?.constructor?.name===ReadableStream.name||t instanceof ReadableStream),$a=t=>typeof Blob=="funct\
ion"&&(t?.constructor?.name===Blob.name||t instanceof Blob)});var AR,bR=p(()=>{AR=t=>new TextEncoder().encode(t)});var PR,kJ,OR,Ua,vm,NR,DR=p(()=>{PR="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",kJ=Object.entries(PR).reduce((t,[e,r])=>(t[r]=Number(e),t),
{}),OR=PR.split(""),Ua=6,vm=8,NR=63});function kR(t){let e;typeof t=="string"?e=AR(t):e=t;let r=typeof e=="object"&&typeof e.length=="number",o=typeof e=="object"&&typeof e.byteOffset=="number"&&typeof e.
byteLength=="number";if(!r&&!o)throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");let n="";for(let s=0;s<e.length;s+=
3){let i=0,a=0;for(let l=s,u=Math.min(s+3,e.length);l<u;l++)i|=e[l]<<(u-l-1)*vm,a+=vm;let c=Math.ceil(a/Ua);i<<=c*Ua-a;for(let l=1;l<=c;l++){let u=(c-l)*Ua;n+=OR[(i&
NR<<u)>>u]}n+="==".slice(0,4-c)}return n}var $R=p(()=>{bR();DR()});var LR,UR=p(()=>{LR=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@smi\
thy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return new TextDecoder("utf-8").decode(t)}});async function Am(t){return t.arrayBuffer().then(e=>new Uint8Array(e))}async function bm(t){let e=[],r=t.getReader(),o=0;for(;;){let{done:n,value:s}=await r.read();
if(s&&(e.push(s),o+=s.length),n)break}return ua(e,o)}var FR,Pm=p(()=>{Pd();La();FR=async t=>$a(t)?Am(t):bm(t)});var MR,BR,HR,GR=p(()=>{$R();bd();UR();Pm();La();MR="The stream has already been transformed.",BR=t=>{if(!HR(t)&&!ks(t)){let n=t?.__proto__?.constructor?.name||t;
throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${n}`)}let e=!1,r=async()=>{if(e)throw new Error(MR);return e=!0,await FR(
t)},o=n=>{if(typeof n.stream!="function")throw new Error(`Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.
If you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body`);return n.stream()};return Object.
assign(t,{transformToByteArray:r,transformToString:async n=>{let s=await r();if(n==="base64")return kR(s);if(n==="hex")return Xe(s);if(n===void 0||n==="utf8"||n===
"utf-8")return LR(s);if(typeof TextDecoder=="function")return new TextDecoder(n).decode(s);throw new Error("TextDecoder is not available, please make sure polyf\
ill is provided.")},transformToWebStream:()=>{if(e)throw new Error(MR);if(e=!0,HR(t))return o(t);if(ks(t))return t;throw new Error(`Cannot transform payload to \
web stream, got ${t}`)}})},HR=t=>typeof Blob=="function"&&t instanceof Blob});var jR,je,Om,Nm=p(()=>{jR=require("node:stream");Pd();Pm();La();je=t=>$a(t)?Am(t):ks(t)?bm(t):new Promise((e,r)=>{let o=new Om,n=t;n.pipe(o),n.on("error",s=>{o.
end(),r(s)}),o.on("error",r),o.on("finish",function(){let s=ua(this.bufferedBytes);e(s)})}),Om=class extends jR.Writable{bufferedBytes=[];_write(e,r,o){this.bufferedBytes.
push(e),o()}}});var Fa,zR,$s,VR=p(()=>{Fa=require("node:stream");wn();GR();Nm();zR="The stream has already been transformed.",$s=t=>{if(!(t instanceof Fa.Readable))try{return BR(
t)}catch{let n=t?.__proto__?.constructor?.name||t;throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${n}`)}let e=!1,r=async()=>{
if(e)throw new Error(zR);return e=!0,await je(t)};return Object.assign(t,{transformToByteArray:r,transformToString:async o=>{let n=await r();return o===void 0||
Buffer.isEncoding(o)?_n(n.buffer,n.byteOffset,n.byteLength).toString(o):new TextDecoder(o).decode(n)},transformToWebStream:()=>{if(e)throw new Error(zR);if(t.readableFlowing!==
null)throw new Error("The stream has been consumed by other callbacks.");if(typeof Fa.Readable.toWeb!="function")throw new Error("Readable.toWeb() is not suppor\
ted. Please ensure a polyfill is available.");return e=!0,Fa.Readable.toWeb(t)}})}});function Vr(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var qR=p(()=>{});var WR,On,S$,Dm,Nn,k=p(()=>{WR=require("node:crypto");iE();aE();pE();ca();lE();dE();$E();LE();UE();HE();BE();GE();zE();bd();qE();WE();pd();VR();Nm();J();qR();On=
class extends cE(Z,se,me,Se){},S$=WR.getRandomValues,Dm=uE(S$),Nn=Dm});var ze,Dn=p(()=>{k();ze=async(t=new Uint8Array,e)=>{if(t instanceof Uint8Array)return On.mutate(t);if(!t)return On.mutate(new Uint8Array);let r=e.streamCollector(
t);return On.mutate(await r)}});function Go(t){return/^[\w.~-]+$/.test(t)?t:encodeURIComponent(t).replace(/[!'()*]/g,function(e){return"%"+e.charCodeAt(0).toString(16).toUpperCase()})}var km=p(
()=>{});var JR,Oe,R$,_$,w$,I$,Ma,KR,jo=p(()=>{X();k();JR=Symbol.for("@smithy/schema-x"),Oe=class t extends U{static identity=Symbol.for("@smithy/HttpBindingNormalizedSc\
hema");identity=t.identity;bindings;constructor(e){super(e)}static of(e){let r=U.of(e);if(r.identity===t.identity)return r;let o=r.isMemberSchema()?r:r.getSchema(),
n=typeof o=="object"&&o!==null?o:r;return n[JR]??=new t(r)}getHttpBindingLocation(e){return e.httpPayload?36:e.httpLabel?33:e.httpHeader?38:typeof e.httpPrefixHeaders==
"string"?39:e.httpQuery?34:e.httpQueryParams?35:e.httpResponseCode?37:32}getHttpBindingValue(e,r,o=!1){let n=this.getSchema(),s=typeof n=="number"?n&255:this.isListSchema()?
64:255,i=e&7,a=r.mediaType?r.mediaType==="application/json"||r.mediaType.endsWith("+json")?2:1:0,c=r.streaming||s===42?this.isStructSchema()?2:1:0,l=s>=4&&s<=7?
i>=6?2:i>0&&i<4?1:0:0,u=s|a<<8|(r.idempotencyToken?1:0)<<10|c<<11|(r.sparse?1:0)<<13|l<<14|(r.hostLabel?1:0)<<17|(e===36&&typeof n!="object"?1:0)<<18,d=s&192,m=i&
2&&(d===64||!o&&i&1)?this.getHttpBindingCollectionValue(e,r):void 0,f=(m?.[1]??0)&255;return u|=(i>=6&&(f===4||f===6)?1:0)<<16,[this,u,m]}getHttpBindingCollectionValue(e,r=this.
getMergedTraits()){let o=t.of(this.getValueSchema());return o.getHttpBindingValue(e,{...o.getMergedTraits(),...r},!0)}getHttpBindings(){let e=this.getSchema();return typeof e!=
"object"||e===null?I$:this.bindings??=R$(this)}},R$=t=>{let e=[],r=[],o=[],n=[],s=[],i={},a={},c=[],l={headers:a,prefixHeaders:c},u={request:{memberBindings:s,byName:i},
response:{bodyMemberNames:e,bindings:l}},{request:d,response:m}=u;for(let[f,g]of t.structIterator()){let y=Oe.of(g),h=y.getMergedTraits(),S=y.getHttpBindingLocation(
h),x=h.httpHeader?.toLowerCase()??h.httpPrefixHeaders?.toLowerCase()??h.httpQuery,v=y.getHttpBindingValue(S,h),b=[f,v,S,x];f==="__proto__"&&Vr(i),i[f]=b,v[1]>>10&
1&&(d.hasIdempotency=!0),s.push(b);let L=S&7;if(L===0&&(o.push(f),n.push(g)),(L&4)===0)e.push(f),r.push(g);else if((L&6)===4)if(L&1)l.statusCode=b;else{l.payload=
b;let Y=v[1]&255;d.contentTypeInstruction=h.mediaType??(Y===0?"text/plain":Y===21||Y===42?"application/octet-stream":null)}else L&1?(d.hasPrefixHeaders=!0,c.push(
b)):(x==="__proto__"&&Vr(a),a[x]=b)}return d.contentTypeInstruction===void 0&&o.length&&(d.contentTypeInstruction=null),d.syntheticBodySchema=KR(t,o,n),m.syntheticBodySchema=
KR(t,e,r),u},_$=t=>{let e=[],r=0;for(let o of t.matchAll(/\{([^{}+]+)(\+)?\}/g))o.index>r&&e.push([t.slice(r,o.index),0]),e.push([o[1],o[2]?2:1]),r=o.index+o[0].
length;return e.length&&r<t.length&&e.push([t.slice(r),0]),e.length?e:void 0},w$=t=>{let{http:e,endpoint:r}=no(t.traits??{}),[o,n]=e?.[1].split("?")??[];return[
e?.[0],o,n?[...new URLSearchParams(n)]:[],o?_$(o):void 0,r?.[0]]},I$={request:{memberBindings:[],byName:{}},response:{bodyMemberNames:[],bindings:{headers:{},prefixHeaders:[]}}},
Ma=t=>t[JR]??=w$(t),KR=(t,e,r)=>{if(!e.length)return;let o=t.getSchema(),n=[3,o[1],o[2],t.getMergedTraits(),e,r],s=o[6],i=s&&e.reduce((a,c)=>a+(o[4].indexOf(c)<
s?1:0),0);return i&&(n[6]=i),n}});var Dr,Ls=p(()=>{Dr=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var YR=Yu(()=>{throw new Error("@smithy/core/event-streams is not bundled: no ECR or STS operation streams events")});var kn,$m=p(()=>{J();X();Ls();jo();kn=class extends Dr{options;compositeErrorRegistry;constructor(e){super(),this.options=e,this.compositeErrorRegistry=new Q(e.
defaultNamespace);for(let r of e.errorTypeRegistries??[])this.compositeErrorRegistry.copyFrom(r)}getRequestType(){return G}getResponseType(){return Je}setSerdeContext(e){
this.serdeContext=e,this.serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e),this.getPayloadCodec()&&this.getPayloadCodec().setSerdeContext(e)}updateServiceEndpoint(e,r){
if("url"in r){e.protocol=r.url.protocol,e.hostname=r.url.hostname,e.port=r.url.port?Number(r.url.port):void 0,e.path=r.url.pathname,e.fragment=r.url.hash||void 0,
e.username=r.url.username||void 0,e.password=r.url.password||void 0,e.query||(e.query={});for(let[o,n]of r.url.searchParams.entries())e.query[o]=n;if(r.headers)
for(let o in r.headers)P(r.headers,o)&&(e.headers[o]=r.headers[o].join(", "));return e}else{if(e.protocol=r.protocol,e.hostname=r.hostname,e.port=r.port?Number(
r.port):void 0,e.path=r.path,e.query={...r.query},r.headers)for(let o in r.headers)P(r.headers,o)&&(e.headers[o]=r.headers[o]);return e}}setHostPrefix(e,r,o,n=Ma(
r)){if(this.serdeContext?.disableHostPrefix)return;let s=n[4];if(typeof s!="string")return;let i=s;for(let[a,[,c]]of Oe.of(r.input).getHttpBindings().request.memberBindings){
if(!(c>>17&1))continue;let l=o[a];if(typeof l!="string")throw new Error(`@smithy/core/schema - ${a} in input must be a string as hostLabel.`);i=i.replace(`{${a}\
}`,l)}if(e.hostname=i+e.hostname,!ud(e.hostname))throw new Error(`[${e.hostname}] is not a valid hostname.`)}deserializeMetadata(e){return{httpStatusCode:e.statusCode,
requestId:e.headers["x-amzn-requestid"]??e.headers["x-amzn-request-id"]??e.headers["x-amz-request-id"],extendedRequestId:e.headers["x-amz-id-2"],cfId:e.headers["\
x-amz-cf-id"]}}resolveError(e,r,o){let n=[-3,"","Error",0,[],[],0],s;for(let i of o)for(let a of r)try{a==="*"?s=i.getSchema(e):s=i.getSchema(a+"#"+e);let c=i.getErrorCtor(
s);if(c)return[s,c,"modeled"];{let l=i.getBaseException();if(l){let u=i.getErrorCtor(l);if(u)return[s,u,"synthetic"]}}}catch{}for(let i of o){let a=i.getBaseException();
if(a){let c=i.getErrorCtor(a);if(c)return[a,c,"synthetic"]}}return[n,Error,"native"]}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o}){
return(await this.loadEventStreamCapability()).serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o})}async deserializeEventStream({response:e,responseSchema:r,
initialResponseContainer:o}){return(await this.loadEventStreamCapability()).deserializeEventStream({response:e,responseSchema:r,initialResponseContainer:o})}async loadEventStreamCapability(){
let{EventStreamSerde:e,eventStreamSerdeProvider:r}=await Promise.resolve().then(()=>Ur(YR())),o=this.resolveEventStreamMarshaller(r);return new e({marshaller:o,
serializer:this.serializer,deserializer:this.deserializer,serdeContext:this.serdeContext,defaultContentType:this.getDefaultContentType(),compositeErrorRegistry:this.
compositeErrorRegistry})}getDefaultContentType(){throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missi\
ng.`)}async deserializeHttpMessage(e,r,o,n,s){return[]}getEventStreamMarshaller(){let e=this.serdeContext;if(!e.eventStreamMarshaller)throw new Error("@smithy/c\
ore - HttpProtocol: eventStreamMarshaller missing in serdeContext.");return e.eventStreamMarshaller}resolveEventStreamMarshaller(e){let r=this.serdeContext;return r.
eventStreamMarshaller?r.eventStreamMarshaller:e(this.serdeContext)}}});var Us,XR=p(()=>{J();k();jo();$m();Dn();km();Us=class extends kn{async serializeRequest(e,r,o){let n=r&&typeof r=="object"?r:{},s={},i={},a=await o.endpoint(),c=Oe.
of(e?.input),l=c.getHttpBindings().request,u=Ma(e),d=new G({query:s,headers:i});if(a){this.updateServiceEndpoint(d,a),this.setHostPrefix(d,e,n,u);let[f,g,y]=u;if(f){
d.method=f,d.path=d.path==="/"?g:d.path+g;for(let[h,S]of y)s[h]=S}}d.query=s;let m=this.serializeHttpBindings(n,d,l,u);return m&&(d.body=await this.serializeEventStream(
{eventStream:m,requestSchema:c})),d}serializeHttpBindings(e,r,o,n){let s=this.serializer,i=typeof s.writeCodec=="function"?s:void 0,a=r.query,c=r.headers,l=o.syntheticBodySchema,
u=!1,d,m,f,g=Object.getOwnPropertyNames(e),y=Object.getPrototypeOf(e),h=(y===Object.prototype||y===null)&&!o.hasIdempotency&&!o.hasPrefixHeaders&&g.length*2<o.memberBindings.
length,S=h?g.length:o.memberBindings.length;for(let b=0;b<S;++b){let L=h?P(o.byName,g[b])?o.byName[g[b]]:void 0:o.memberBindings[b];if(!L)continue;let Y=L[1],Ce=L[0],
nr=Y[0],Cr=Y[1],ce=Y[2],ve=L[2],ct=L[3],Ke=e[Ce];if(!(Ke==null&&!(Cr>>10&1)))if(ve===36){let z=Cr>>11&3;z?z===2?m=Ke||void 0:d=Ke:(i?i.writeCodec(nr,Ke):s.write(
nr,Ke),d=s.flush())}else if(ve===33||ve===38){let z=this.serializeHttpValue(Y,Ke,ve,i);ve===33?(f??=Object.create(null))[Ce]=z:c[ct]=z}else if(ve===39)for(let z in Ke){
if(!P(Ke,z))continue;let fr=ct+z;c[fr.toLowerCase()]=this.serializeHttpValue(ce,Ke[z],38,i,i?ce[0]:[ce[0],{httpHeader:fr}])}else(ve&62)===34?this.serializeQuery(
Y,Ke,ct,a,i):u=!0}let x=n[1],v=n[3];return x&&v&&r.path.endsWith(x)&&(r.path=r.path.slice(0,-x.length)+this.serializePath(v,f,o)),u&&l&&(i?i.writeCodec(l,e):s.write(
l,e),d=s.flush()),r.body=d,m}serializeQuery(e,r,o,n,s){let[i,a,c]=e,l=s?void 0:i.getMergedTraits();if(o===void 0){for(let u in r)!P(r,u)||u in n||(s||Object.assign(
c[0].getMergedTraits(),{...l,httpQuery:u,httpQueryParams:void 0}),this.serializeQuery(c,r[u],u,n,s));return}if((a&192)===64){let u=[];for(let d of r){let m=this.
serializeHttpValue(c,d,34,s,s?c[0]:[c[0],l]);(a>>13&1||m!==void 0)&&u.push(m)}n[o]=u}else n[o]=this.serializeHttpValue(e,r,34,s,s?i:[i,l])}serializeHttpValue(e,r,o,n,s=e[0]){
let i=e[1],a=i&255;return n&&!(i&1792)&&(a<=2||a===17||a===19)?String(r):(n?n.writeHttpBinding(e,r,o):this.serializer.write(s,r),this.serializer.flush())}serializePath(e,r,o){
let n="";for(let[s,i]of e){if(i===0){n+=s;continue}let a=r?.[s];if(a===void 0){if(P(o.byName,s)&&o.byName[s][2]===33)throw new Error(`No value provided for inpu\
t HTTP label: ${s}.`);n+=`{${s}${i===2?"+":""}}`}else n+=i===2?a.split("/").map(Go).join("/"):Go(a)}return n}async deserializeResponse(e,r,o){let n=this.deserializer,
s=typeof n.readCodec=="function"?n:void 0,i=Oe.of(e.output),a=i.getHttpBindings().response,c={};if(o.statusCode>=300){let u=await ze(o.body,r);throw u.byteLength>
0&&Object.assign(c,await n.read(15,u)),await this.handleError(e,r,o,c,this.deserializeMetadata(o)),new Error("@smithy/core/protocols - HTTP Protocol error handl\
er failed to throw.")}let l=await this.deserializeHttpMessage(i,r,o,c);if(l.length){let u=await ze(o.body,r);if(u.byteLength>0){let d=await(s?s.readCodec(a.syntheticBodySchema,
u):n.read(a.syntheticBodySchema,u));for(let m of l)d[m]!=null&&(c[m]=d[m])}}else a.bindings.payload||await ze(o.body,r);return c.$metadata=this.deserializeMetadata(
o),c}async deserializeHttpMessage(e,r,o,n,s){let i=n instanceof Set?s:n,a=this.deserializer,c=typeof a.readCodec=="function"?a:void 0,l=Oe.of(e),{bodyMemberNames:u,
bindings:{payload:d,statusCode:m,headers:f,prefixHeaders:g}}=l.getHttpBindings().response,y=o.headers;if(d){let[h,S]=d,[x,v]=S,b=v>>11&3;if(b)b===2?i[h]=await this.
deserializeEventStream({response:o,responseSchema:l}):i[h]=$s(o.body);else if(o.body){let L=await ze(o.body,r);L.byteLength>0&&(i[h]=await(c?c.readPayload(S,L):
a.read(x,L)))}}for(let h in y){if(!P(y,h))continue;let S=h.toLowerCase(),x=y[h];S!==h&&(delete y[h],y[S]=x);let v=P(f,S)?f[S]:void 0;if(!v)continue;let[b,[L,Y,Ce],
,nr]=v;if(Ce){let Cr=Y>>16&1?Cd(x,",",2):Es(x),ce=[];for(let ve of Cr)ce.push(c?c.readHttpBinding(Ce,ve.trim(),38):await a.read([Ce[0],{httpHeader:nr}],ve.trim()));
i[b]=ce}else i[b]=c?c.readHttpBinding(v[1],x,38):await a.read(L,x)}for(let[h,[,,S],,x]of g){i[h]={};for(let v in y){if(!P(y,v)||!v.startsWith(x))continue;let b=y[v];
i[h][v.slice(x.length)]=c?c.readHttpBinding(S,b,38):await a.read([S[0],{httpHeader:v}],b)}}return m&&(i[m[0]]=o.statusCode),u}}});var zo,QR=p(()=>{J();X();J();$m();Dn();zo=class extends kn{async serializeRequest(e,r,o){let n=this.serializer,s={},i={},a=await o.endpoint(),c=U.of(e?.input),l=c.
getSchema(),u,d=r&&typeof r=="object"?r:{},m=new G({protocol:"",hostname:"",port:void 0,path:"/",fragment:void 0,query:s,headers:i,body:void 0});if(a&&(this.updateServiceEndpoint(
m,a),this.setHostPrefix(m,e,d)),d){let f=c.getEventStreamMember();if(f){if(d[f]){let g={};for(let[y]of c.structIterator())y!==f&&d[y]!=null&&(g[y]=d[y]);u=await this.
serializeEventStream({eventStream:d[f],requestSchema:c,initialRequest:g})}}else n.write(l,d),u=n.flush()}return m.headers=Object.assign(m.headers,i),m.query=s,m.
body=u,m.method="POST",m}async deserializeResponse(e,r,o){let n=this.deserializer,s=U.of(e.output),i={};if(this.isErrorResponse(o.statusCode)){let c=await ze(o.
body,r);throw c.byteLength>0&&Object.assign(i,await n.read(15,c)),await this.handleError(e,r,o,i,this.deserializeMetadata(o)),new Error("@smithy/core/protocols \
- RPC Protocol error handler failed to throw.")}for(let c in o.headers){if(!P(o.headers,c))continue;let l=o.headers[c];delete o.headers[c],o.headers[c.toLowerCase()]=
l}let a=s.getEventStreamMember();if(a)i[a]=await this.deserializeEventStream({response:o,responseSchema:s,initialResponseContainer:i});else{let c=await ze(o.body,
r);c.byteLength>0&&Object.assign(i,await n.read(s,c))}return i.$metadata=this.deserializeMetadata(o),i}isErrorResponse(e){return e>=300}}});var Vo,Lm=p(()=>{k();jo();Ls();Vo=class extends Dr{settings;constructor(e){super(),this.settings=e}read(e,r){let o=Oe.of(e),n=o.getMergedTraits(),s=o.getHttpBindingLocation(
n);return this.readHttpBinding(o.getHttpBindingValue(s,n),r,s)}readHttpBinding([e,r,o],n,s){let i=r&255;if((i&192)===64)return o??=e.getHttpBindingCollectionValue(
s),Es(n).map(a=>this.readHttpBinding(o,a,s));switch(i){case 21:case 42:return(this.serdeContext?.base64Decoder??Se)(n);case 4:case 5:case 6:case 7:{let a=this.settings.
httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:a?a+4:this.settings.timestampFormat.default){case 5:return Id(n);case 6:return Td(n);case 7:
return wd(n);default:return console.warn("Missing timestamp format, parsing value with Date constructor:",n),new Date(n)}}case 0:{let a=r>>8&3;if(!a)return n;let c=n;
return(s&6)===6&&(c=(this.serdeContext?.utf8Encoder??Z)((this.serdeContext?.base64Decoder??Se)(c))),a===2?Ye.from(c):c}case 1:return Number(n);case 2:return n.toLowerCase()===
"true";case 17:return BigInt(n);case 19:return new Re(n,"bigDecimal");default:return n}}}});var Fs,ZR=p(()=>{k();jo();Ls();Lm();Fs=class extends Dr{codecDeserializer;stringDeserializer;constructor(e,r){super(),this.codecDeserializer=e,this.stringDeserializer=
new Vo(r)}setSerdeContext(e){this.stringDeserializer.setSerdeContext(e),this.codecDeserializer.setSerdeContext(e),this.serdeContext=e}read(e,r){let o=Oe.of(e),n=o.
getMergedTraits();if(n.httpHeader||n.httpResponseCode){let s=o.getHttpBindingValue(38,n);return this.readHttpBinding(s,r,38)}return n.httpPayload?this.readPayload(
o.getHttpBindingValue(36,n),r):this.readCodec(o,r)}readHttpBinding(e,r,o){let n=typeof r=="string"?r:(this.serdeContext?.utf8Encoder??Z)(r);return this.stringDeserializer.
readHttpBinding(e,n,o)}readPayload([e,r],o){let n=r&255;return n===21||n===42?typeof o=="string"?(this.serdeContext?.utf8Decoder??se)(o):o:n===0?typeof o=="stri\
ng"?o:(this.serdeContext?.utf8Encoder??Z)(o):this.readCodec(e,o)}readCodec(e,r){return this.codecDeserializer.read(e,r)}}});var Ha,e_=p(()=>{k();jo();Ls();Ha=class extends Dr{settings;stringBuffer="";constructor(e){super(),this.settings=e}write(e,r){let o=Oe.of(e),n=o.getMergedTraits(),
s=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(s,n),r,s)}writeHttpBinding([e,r,o],n,s){let i=r&255;switch(typeof n){case"object":if(n===
null){this.stringBuffer="null";return}if(i>=4&&i<=7){if(!(n instanceof Date))throw new Error(`@smithy/core/protocols - received non-Date value ${n} when schema \
expected Date in ${e.getName(!0)}`);let l=this.settings.httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:l?l+4:this.settings.timestampFormat.
default){case 5:this.stringBuffer=n.toISOString().replace(".000Z","Z");break;case 6:this.stringBuffer=Uo(n);break;case 7:this.stringBuffer=String(n.getTime()/1e3);
break;default:console.warn("Missing timestamp format, using epoch seconds",n),this.stringBuffer=String(n.getTime()/1e3)}return}if((i===21||i===42)&&"byteLength"in
n){this.stringBuffer=(this.serdeContext?.base64Encoder??me)(n);return}if((i&192)===64&&Array.isArray(n)){o??=e.getHttpBindingCollectionValue(s);let l=o[1]&255,u=l>=
4&&l<=7,d="";for(let m of n){this.writeHttpBinding(o,m,s);let f=this.flush();d&&(d+=", "),d+=u?f:xd(f)}this.stringBuffer=d;return}this.stringBuffer=JSON.stringify(
n,null,2);break;case"string":let a=r>>8&3,c=n;if(a===2&&(c=Ye.from(c)),a&&(s&6)===6){this.stringBuffer=(this.serdeContext?.base64Encoder??me)(c.toString());return}
this.stringBuffer=n;break;default:this.stringBuffer=r>>10&1?Nn():String(n)}}flush(){let e=this.stringBuffer;return this.stringBuffer="",e}}});var Ms,t_=p(()=>{jo();e_();Ms=class{codecSerializer;stringSerializer;buffer;constructor(e,r,o=new Ha(r)){this.codecSerializer=e,this.stringSerializer=o}setSerdeContext(e){
this.codecSerializer.setSerdeContext(e),this.stringSerializer.setSerdeContext(e)}write(e,r){let o=Oe.of(e),n=o.getMergedTraits();if(n.httpHeader||n.httpLabel||n.
httpQuery){let s=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(s,n),r,s);return}this.writeCodec(o,r)}writeHttpBinding(e,r,o){this.stringSerializer.
writeHttpBinding(e,r,o),this.buffer=this.stringSerializer.flush()}writeCodec(e,r){this.codecSerializer.write(e,r)}flush(){if(this.buffer!==void 0){let e=this.buffer;
return this.buffer=void 0,e}return this.codecSerializer.flush()}}});function qo(t,e){if(e.timestampFormat.useTrait){let a=t.getSchema();if(a===5||a===6||a===7)return a}let{httpLabel:r,httpPrefixHeaders:o,httpHeader:n,httpQuery:s}=t.
getMergedTraits();return(e.httpBindings?typeof o=="string"||n?6:s||r?5:void 0:void 0)??e.timestampFormat.default}var Ba=p(()=>{});var Bt,Gt,r_=p(()=>{Bt=t=>(t.logger&&t.logger.constructor?.name!=="NoOpLogger"&&t.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"),t.logger),t.defaultSocketTimeout&&
t.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"),t.defaultSocketTimeout),{setHttpHandler(e){t.requestHandler=e},httpHandler(){
return t.requestHandler},updateHttpClientConfig(e,r){t.requestHandler?.updateHttpClientConfig(e,r)},httpHandlerConfigs(){return t.requestHandler.httpHandlerConfigs()}}),
Gt=t=>({requestHandler:t.httpHandler()})});function n_(t){return e=>async r=>{let o=r.request;if(G.isInstance(o)){let{body:n,headers:s}=o;if(n&&Object.keys(s).map(i=>i.toLowerCase()).indexOf(o_)===-1)try{
let i=t(n);i!=null&&(o.headers={...o.headers,[o_]:String(i)})}catch{}}return e({...r,request:o})}}var o_,s_,jt,i_=p(()=>{J();o_="content-length";s_={step:"build",
tags:["SET_CONTENT_LENGTH","CONTENT_LENGTH"],name:"contentLengthMiddleware",override:!0},jt=t=>({applyToStack:e=>{e.add(n_(t.bodyLengthChecker),s_)}})});var Sr,T$,Um=p(()=>{Sr=t=>encodeURIComponent(t).replace(/[!'()*]/g,T$),T$=t=>`%${t.charCodeAt(0).toString(16).toUpperCase()}`});function Fm(t){let e=[];for(let r of Object.keys(t).sort()){let o=t[r];if(r=Sr(r),Array.isArray(o))for(let n=0,s=o.length;n<s;n++)e.push(`${r}=${Sr(o[n])}`);else{
let n=r;(o||typeof o=="string")&&(n+=`=${Sr(o)}`),e.push(n)}}return e.join("&")}var a_=p(()=>{Um()});var so,Ga=p(()=>{so=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var ja,c_=p(()=>{ja=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function za(){if(Hs===void 0)try{if(typeof Buffer!="function")Hs=!1;else{let t=JSON.parse(Buffer.from([123,125]));Hs=t!==null&&typeof t=="object"}}catch{Hs=!1}return Hs}
var Hs,Mm=p(()=>{});function Va(t,e,r){if(r?.source){let o=r.source;if(typeof e=="number")return e<=Number.MAX_SAFE_INTEGER&&e>=Number.MIN_SAFE_INTEGER?v$(o,e)?e:new Re(o,"bigDecim\
al"):C$(o)?new Re(o,"bigDecimal"):/[eE]/.test(o)?A$(o):BigInt(o)}return e}function C$(t){let e=t.indexOf(".");if(e===-1)return!1;let r=t.search(/[eE]/);if(r===-1)
return!0;let o=r-e-1;return parseInt(t.slice(r+1),10)<o}function v$(t,e){if(t===String(e)||Object.is(e,-0))return!0;if(/[eE]/.test(t))return Hm(t)===Hm(String(e));
let r=t.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,""),o=String(e);return r===o?!0:/[eE]/.test(o)?r===Hm(o):!1}function Hm(t){let e=t.startsWith("-"),r=e?t.slice(
1):t,o=r.search(/[eE]/),n;if(o===-1)n=r;else{let s=parseInt(r.slice(o+1),10),i=r.slice(0,o),a=i.indexOf("."),c,l;a===-1?(c=i,l=i.length):(c=i.slice(0,a)+i.slice(
a+1),l=a),c=c.replace(/0+$/,"")||"0";let u=l+s;c==="0"?n="0":u<=0?n="0."+"0".repeat(-u)+c:u>=c.length?n=c+"0".repeat(u-c.length):n=c.slice(0,u)+"."+c.slice(u)}return n.
includes(".")&&(n=n.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,"")),(e?"-":"")+n}function A$(t){let e=t.search(/[eE]/),r=parseInt(t.slice(e+1),10),o=t.startsWith(
"-"),n=t.slice(o?1:0,e),s=n.indexOf("."),i,a;if(s===-1)i=n,a=r;else{i=n.slice(0,s)+n.slice(s+1);let l=n.length-s-1;a=r-l}i=i.replace(/0+$/,"")||"0";let c=BigInt(
i)*10n**BigInt(a+(n.replace(".","").length-i.length));return o?-c:c}var Bm=p(()=>{k()});function Wa(t){let e=U.of(t),r=e.getSchema();if(Array.isArray(r)&&e.isStructSchema()){if(Gm in r)return r[Gm];let o=qa(e,new Set);return r[Gm]=o,o}return qa(e,new Set)}
function qa(t,e){let r=t.getSchema();if(e.has(r))return!1;if(e.add(r),t.isBigIntegerSchema()||t.isBigDecimalSchema())return!0;if(t.isStructSchema()){for(let[,o]of t.
structIterator())if(qa(o,e))return!0}else if(t.isListSchema()||t.isMapSchema()){if(qa(t.getValueSchema(),e))return!0}else if(t.isDocumentSchema())return!0;return!1}
var Gm,jm=p(()=>{X();Gm=Symbol.for("@aws-sdk/reviver")});var p_,l_=p(()=>{Dn();k();p_=(t,e)=>ze(t,e).then(r=>(e?.utf8Encoder??Z)(r))});async function Vm(t,e,r){let o;if(za()&&typeof t?.[Symbol.asyncIterator]=="function"){let s=await ze(t,e);typeof Buffer=="function"&&(Buffer.isBuffer(s)?o=s:o=Buffer.
from(s.buffer,s.byteOffset,s.byteLength))}if(o||(o=await p_(t,e)),o.length===0)return{};let n=r&&Wa(r)?Va:void 0;try{return JSON.parse(o,n)}catch(s){throw s?.name===
"SyntaxError"&&Object.defineProperty(s,"$responseBodyText",{value:typeof o=="string"?o:o.toString("utf8")}),s}}var u_,zm,qm,Wm,d_,Km=p(()=>{Dn();l_();Mm();Bm();
jm();u_=(t,e)=>Object.keys(t).find(r=>r.toLowerCase()===e.toLowerCase()),zm=t=>{let e=t;return typeof e=="number"&&(e=e.toString()),e.indexOf(",")>=0&&(e=e.split(
",")[0]),e.indexOf(":")>=0&&(e=e.split(":")[0]),e.indexOf("#")>=0&&(e=e.split("#")[1]),e},qm=(t,e)=>d_(t,e,["header","code","type"]),Wm=(t,e,r=!1)=>d_(t,e,r?["c\
ode","header","type"]:["type","code","header"]),d_=({headers:t},e,r)=>{for(;r.length>0;)switch(r.shift()){case"header":let n=u_(t??{},"x-amzn-errortype");if(n!==
void 0)return zm(t[n]);break;case"code":let s=u_(e??{},"code");if(s&&e[s]!==void 0)return zm(e[s]);break;case"type":if(e?.__type!==void 0)return zm(e.__type);break}}});var Ka,m_=p(()=>{Ba();X();k();Ga();c_();Mm();Bm();jm();Km();J();Ka=class extends so{settings;constructor(e){super(),this.settings=e}async read(e,r){let o=Wa(e)?
Va:void 0,n;if(typeof r=="string"){if(r.length===0)return{};n=JSON.parse(r,o)}else if(r instanceof Uint8Array&&za()){if(r.byteLength===0)return{};let s=Buffer.isBuffer(
r)?r:Buffer.from(r.buffer,r.byteOffset,r.byteLength);n=JSON.parse(s,o)}else n=await Vm(r,this.serdeContext,e);return this._read(e,n)}readObject(e,r){return this.
_read(e,r)}_read(e,r){let o=r!==null&&typeof r=="object",n=U.of(e);if(o){if(n.isStructSchema())return this._readStruct(n,r);if(Array.isArray(r)&&n.isListSchema()){
let i=n.getValueSchema();if(this.needsTransform(i))for(let a=0;a<r.length;++a)r[a]=this._read(i,r[a]);return r}if(n.isMapSchema()){let i=n.getValueSchema(),a=r;
if(this.needsTransform(i))for(let c in a)P(a,c)&&(c==="__proto__"&&Vr(a),a[c]=this._read(i,a[c]));return a}}if(n.isBlobSchema()&&typeof r=="string")return Se(r);
let s=n.getMergedTraits().mediaType;if(n.isStringSchema()&&typeof r=="string"&&s)return s==="application/json"||s.endsWith("+json")?Ye.from(r):r;if(n.isTimestampSchema()&&
r!=null)switch(qo(n,this.settings)){case 5:return yd(r);case 6:return ys(r);case 7:return Ed(r);default:return console.warn("Missing timestamp format, parsing v\
alue with Date constructor:",r),new Date(r)}if(n.isBigIntegerSchema()&&(typeof r=="number"||typeof r=="string"))return BigInt(r);if(n.isBigDecimalSchema()&&r!=null){
if(r instanceof Re)return r;let i=r;return i.type==="bigDecimal"&&"string"in i?new Re(i.string,i.type):new Re(String(r),"bigDecimal")}if(n.isNumericSchema()&&typeof r==
"string"){switch(r){case"Infinity":return 1/0;case"-Infinity":return-1/0;case"NaN":return NaN}return r}if(n.isDocumentSchema()&&o)if(Array.isArray(r))for(let i=0;i<
r.length;++i){let a=r[i];a instanceof Re||(r[i]=this._read(n,a))}else{let i=r;for(let a in i){if(!P(i,a))continue;a==="__proto__"&&Vr(i);let c=i[a];c instanceof
Re||(i[a]=this._read(n,c))}}return r}_readStruct(e,r){let o=e.isUnionSchema(),n={},s,i=typeof r.__type=="string",{jsonName:a}=this.settings;a&&i&&(s={});let c;o&&
(c=new ja(r,n));for(let[l,u]of e.structIterator()){let d=l;a&&(d=u.getMergedTraits().jsonName??d,i&&(s[d]=l)),o&&c.mark(d),r[d]!=null&&(n[l]=this._read(u,r[d]))}
if(o)c.writeUnknown();else if(i)for(let l in r){if(!P(r,l))continue;let u=r[l],d=a?s[l]??l:l;d in n||(n[d]=u)}return n}needsTransform(e){return!!(e.isBlobSchema()||
e.isTimestampSchema()||e.isBigIntegerSchema()||e.isBigDecimalSchema()||e.isNumericSchema()||e.isDocumentSchema()||e.isStructSchema()||e.isListSchema()||e.isMapSchema()||
e.isStringSchema()&&e.getMergedTraits().mediaType)}}});var Ja,f_,g_=p(()=>{k();Ja=class t extends Uint8Array{string=null;static allocUnsafe(e){if(typeof Buffer=="function"){let r=Buffer.allocUnsafe(e);return new t(r.
buffer,r.byteOffset,r.byteLength)}return new t(e)}toString(){return this.s()}valueOf(){return this.s()}includes(e,r){return typeof e=="string"?this.s().includes(
e,r):Uint8Array.prototype.includes.call(this,e,r)}indexOf(e,r){return typeof e=="string"?this.s().indexOf(e,r):Uint8Array.prototype.indexOf.call(this,e,r)}lastIndexOf(e,r){
if(typeof e=="string")return this.s().lastIndexOf(e,r);let o=Uint8Array.prototype.lastIndexOf;return r!==void 0?o.call(this,e,r):o.call(this,e)}startsWith(e,r){
return this.s().startsWith(e,r)}endsWith(e,r){return this.s().endsWith(e,r)}match(e){return this.s().match(e)}replace(e,r){return this.s().replace(e,r)}search(e){
return this.s().search(e)}split(e,r){return this.s().split(e,r)}substring(e,r){return this.s().substring(e,r)}trim(){return this.s().trim()}trimStart(){return this.
s().trimStart()}trimEnd(){return this.s().trimEnd()}charAt(e){return this.s().charAt(e)}charCodeAt(e){return this.s().charCodeAt(e)}padStart(e,r){return this.s().
padStart(e,r)}padEnd(e,r){return this.s().padEnd(e,r)}repeat(e){return this.s().repeat(e)}toUpperCase(){return this.s().toUpperCase()}toLowerCase(){return this.
s().toLowerCase()}s(){if(this.string==null){let e=Date.now();e>f_+6e4&&(console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string meth\
od on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error."),f_=e),this.string=Z(this)}return this.
string}},f_=0});function Jm(t){return Ja.allocUnsafe(t)}var Ya,h_,y_,b$,P$,$n,Xa,Qa,E_,O$,N$,D$,kr,x_,Za,S_=p(()=>{Ba();X();k();Ga();J();g_();Ya=new TextEncoder,h_=123,y_=125,b$=
91,P$=93,$n=34,Xa=58,Qa=44,E_=92,O$=new Uint8Array([116,114,117,101]),N$=new Uint8Array([102,97,108,115,101]),D$=new Uint8Array([110,117,108,108]),kr=new Array(
128).fill(null);kr[8]="b";kr[9]="t";kr[10]="n";kr[12]="f";kr[13]="r";kr[34]='"';kr[92]="\\";for(let t=0;t<32;t++)kr[t]===null&&(kr[t]="u00"+t.toString(16).padStart(
2,"0"));x_=2048;Za=class t extends so{settings;json;i=0;rootSchema;rawValue;passthrough=!1;constructor(e){super(),this.settings=e,this.json=Jm(x_)}write(e,r){this.
i=0,this.rawValue=r,this.rootSchema=U.of(e),this.passthrough=this.rootSchema.isBlobSchema()||this.rootSchema.isStringSchema(),this.passthrough||this.writeValue(
this.rootSchema,r,void 0)}writeDiscriminatedDocument(e,r){this.i=0,this.rootSchema=U.of(e);let o=this.rootSchema;if(o.isStructSchema()&&r!=null&&typeof r=="obje\
ct"){this.writeValue(o,r,void 0);let n=`"__type":"${o.getName(!0)??"Unknown"}",`,s=n.length;this.ensure(s),this.json.copyWithin(1+s,1,this.i),Ya.encodeInto(n,this.
json.subarray(1)),this.i+=s}else this.writeValue(o,r,void 0)}flush(){this.rootSchema=void 0;let e=this.i;this.i=0;let r=this.rawValue;if(this.rawValue=void 0,e===
0)return r;let o=this.json.subarray(0,e);return this.json=Jm(x_),o}ensure(e){let{i:r,json:o}=this;if(r+e>o.length){let n=o.length*2;for(;n<r+e;)n*=2;let s=Jm(n);
s.set(this.json),this.json=s}}writeAscii(e){let r=e.length;this.ensure(r);let{i:o,json:n}=this;for(let s=0;s<r;++s)n[o]=e.charCodeAt(s),o+=1;this.i=o}writeAsciiQuoted(e){
let r=e.length;this.ensure(r+4);let{json:o,i:n}=this;o[n++]=$n;for(let s=0;s<r;++s)o[n++]=e.charCodeAt(s);o[n++]=$n,this.i=n}writeJsonString(e){let r=e.length;this.
ensure(r*3+2),this.json[this.i++]=$n;for(let o=0;o<r;++o){let n=e.charCodeAt(o);if(n>34&&n<92)this.json[this.i++]=n;else if(n<128){let s=kr[n];if(s!==null){this.
ensure(s.length+1+(r-o-1)*3+1),this.json[this.i++]=E_;for(let i=0;i<s.length;i++)this.json[this.i++]=s.charCodeAt(i)}else this.json[this.i++]=n}else if(n>=55296&&
n<=56319){let s=o+1<r?e.charCodeAt(o+1):0;if(s>=56320&&s<=57343){this.ensure(4);let{written:i}=Ya.encodeInto(e.substring(o,o+2),this.json.subarray(this.i));this.
i+=i,++o}else this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n)}else if(n>=56320&&n<=57343)this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n);else{let{i:s,
json:i}=this;n<2048?(i[s++]=192|n>>6,i[s++]=128|n&63):(i[s++]=224|n>>12,i[s++]=128|n>>6&63,i[s++]=128|n&63),this.i=s}}this.json[this.i++]=$n}writeUnicodeEscape(e){
let{json:r,i:o}=this;r[o++]=E_,r[o++]=117;let n=e.toString(16).padStart(4,"0");for(let s=0;s<4;++s)r[o++]=n.charCodeAt(s);this.i=o}static B64=(()=>{let e="ABCDE\
FGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",r=new Uint8Array(64);for(let o=0;o<64;++o)r[o]=e.charCodeAt(o);return r})();writeBase64(e){let r=Math.
ceil(e.length/3)*4;this.ensure(r+2);let o=this.json,n=t.B64,s=this.i;o[s++]=$n;let i=e.length,a=i%3,c=i-a;for(let l=0;l<c;l+=3){let u=e[l],d=e[l+1],m=e[l+2];o[s++]=
n[u>>2],o[s++]=n[(u&3)<<4|d>>4],o[s++]=n[(d&15)<<2|m>>6],o[s++]=n[m&63]}if(a===2){let l=e[c],u=e[c+1];o[s++]=n[l>>2],o[s++]=n[(l&3)<<4|u>>4],o[s++]=n[(u&15)<<2],
o[s++]=61}else if(a===1){let l=e[c];o[s++]=n[l>>2],o[s++]=n[(l&3)<<4],o[s++]=61,o[s++]=61}o[s++]=$n,this.i=s}writeValue(e,r,o){if(r==null){if(o?.isStructSchema()){
if(r===void 0&&U.of(e).isIdempotencyToken()){this.writeAsciiQuoted(Nn());return}return}this.ensure(4),this.json.set(D$,this.i),this.i+=4;return}let n=U.of(e),s=typeof r==
"object";if(n.isStringSchema()){let i=n.getMergedTraits().mediaType;if(i&&(i==="application/json"||i.endsWith("+json"))){this.writeJsonString(Ye.from(r).toString());
return}}if(this.settings.bigNumberAsString&&r!=null&&(n.isBigIntegerSchema()||n.isBigDecimalSchema())){let i=r instanceof Re?r.string:String(r);this.writeAsciiQuoted(
i);return}if(s){if(n.isStructSchema()){this.writeStruct(n,r);return}if(Array.isArray(r)&&(n.isListSchema()||n.isDocumentSchema())){this.writeList(n,r,n.isDocumentSchema());
return}if(n.isMapSchema()){this.writeMap(n,r,!1);return}if(r instanceof Uint8Array&&(n.isBlobSchema()||n.isDocumentSchema())){this.writeBase64(r);return}if(r instanceof
Date&&(n.isTimestampSchema()||n.isDocumentSchema())){this.writeTimestamp(n,r);return}if(r instanceof Re){this.writeAscii(r.string);return}if(n.isDocumentSchema()){
Array.isArray(r)?this.writeList(n,r,!0):this.writeMap(n,r,!0);return}let i=JSON.stringify(r);this.writeAscii(i);return}if(typeof r=="string"){if(n.isBlobSchema()){
let i=(this.serdeContext?.base64Encoder??me)(r);this.writeAsciiQuoted(i);return}this.writeJsonString(r);return}if(typeof r=="number"){if(Math.abs(r)===1/0||Number.
isNaN(r)){this.writeAsciiQuoted(String(r));return}let i=String(r);this.writeAscii(i);return}if(typeof r=="boolean"){this.ensure(5);let{i,json:a}=this;r?(a.set(O$,
i),i+=4):(a.set(N$,i),i+=5),this.i=i;return}if(typeof r=="bigint"){this.writeAscii(r.toString());return}this.writeAscii(String(r))}writeStruct(e,r){this.ensure(
2),this.json[this.i++]=h_;let o=!1,n=typeof r.__type=="string",s;n&&(s=new Set);for(let[i,a]of e.structIterator()){let c=r[i];if(c==null&&!a.isIdempotencyToken())
continue;o&&(this.ensure(1),this.json[this.i++]=Qa),o=!0;let l=this.settings.jsonName?a.getMergedTraits().jsonName??i:i;s&&(s.add(i),s.add(l)),this.writeAsciiQuoted(
l),this.json[this.i++]=Xa,this.writeValue(a,c,e)}if(!o&&e.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i;this.writeAsciiQuoted(a),this.ensure(
1),this.json[this.i++]=Xa,this.writeValue(15,c,e)}}else if(n)for(let i in r){if(s.has(i))continue;s.add(i);let a=r[i];o&&(this.ensure(1),this.json[this.i++]=Qa),
o=!0,this.writeAsciiQuoted(i),this.ensure(1),this.json[this.i++]=Xa,this.writeValue(15,a,void 0)}this.ensure(1),this.json[this.i++]=y_}writeList(e,r,o){let n=!!e.
getMergedTraits().sparse,s=e.getValueSchema();if(!o&&(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let a=!1;for(let l=0;l<r.length;++l){let u=r[l];
if(Number.isNaN(u)||u===1/0||u===-1/0||u==null&&!n){a=!0;break}}let c;if(!a)c=JSON.stringify(r);else{let l=[];for(let u=0;u<r.length;++u){let d=r[u];d==null&&!n||
(Number.isNaN(d)||d===1/0||d===-1/0?l.push(String(d)):l.push(d))}c=JSON.stringify(l)}this.ensure(c.length*3),this.i+=Ya.encodeInto(c,this.json.subarray(this.i)).
written;return}this.ensure(2),this.json[this.i++]=b$;let i=!1;for(let a=0;a<r.length;++a){let c=r[a];(o?c===void 0:c==null&&!n)||(i&&(this.ensure(1),this.json[this.
i++]=Qa),this.writeValue(s,c,void 0),i=!0)}this.ensure(1),this.json[this.i++]=P$}writeMap(e,r,o){let n=!!e.getMergedTraits().sparse,s=e.getValueSchema();if(!o&&
(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let a;for(let l in r){if(!P(r,l))continue;let u=r[l];Number.isNaN(u)||u===1/0||u===-1/0?((a??={})[l]=
u,r[l]=String(u)):u===null&&!n&&((a??={})[l]=null,r[l]=void 0)}let c=JSON.stringify(r);a&&Object.assign(r,a),this.ensure(c.length*3),this.i+=Ya.encodeInto(c,this.
json.subarray(this.i)).written;return}this.ensure(2),this.json[this.i++]=h_;let i=!0;for(let a in r){if(!P(r,a))continue;let c=r[a];(o?c===void 0:c==null&&!n)||
(i||(this.ensure(1),this.json[this.i++]=Qa),i=!1,this.writeJsonString(a),this.ensure(1),this.json[this.i++]=Xa,this.writeValue(s,c,void 0))}this.ensure(1),this.
json[this.i++]=y_}writeTimestamp(e,r){switch(qo(e,this.settings)){case 5:{let n=r.toISOString().replace(".000Z","Z");this.writeAsciiQuoted(n);return}case 6:{this.
writeAsciiQuoted(Uo(r));return}case 7:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}default:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}}}}});var Wo,R_=p(()=>{Ga();m_();S_();Wo=class extends so{settings;constructor(e){super(),this.settings=e}createSerializer(){let e=new Za(this.settings);return e.setSerdeContext(
this.serdeContext),e}createDeserializer(){let e=new Ka(this.settings);return e.setSerdeContext(this.serdeContext),e}}});var F=p(()=>{Dn();km();XR();QR();Lm();ZR();t_();Ba();J();J();r_();i_();Um();a_();J();Km();R_()});var __,w_,zt,I_=p(()=>{F();__=t=>e=>async r=>{if(!G.isInstance(r.request))return e(r);let{request:o}=r,{handlerProtocol:n=""}=t.requestHandler.metadata||{};if(n.
indexOf("h2")>=0&&!o.headers[":authority"])delete o.headers.host,o.headers[":authority"]=o.hostname+(o.port?":"+o.port:"");else if(!o.headers.host){let s=o.hostname;
o.port!=null&&(s+=`:${o.port}`),o.headers.host=s}return e(r)},w_={name:"hostHeaderMiddleware",step:"build",priority:"low",tags:["HOST"],override:!0},zt=t=>({applyToStack:e=>{
e.add(__(t),w_)}})});var T_,C_,Vt,v_=p(()=>{T();T_=()=>(t,e)=>async r=>{try{let o=await t(r),{logger:n}=e,s=n instanceof _e;if(n&&!s){let{clientName:i,commandName:a,dynamoDbDocumentClientOptions:c={}}=e,
{overrideInputFilterSensitiveLog:l,overrideOutputFilterSensitiveLog:u}=c,d=l??e.inputFilterSensitiveLog,m=u??e.outputFilterSensitiveLog,{$metadata:f,...g}=o.output;
n.info?.({clientName:i,commandName:a,input:d(r.input),output:m(g),metadata:f})}return o}catch(o){let{clientName:n,commandName:s,logger:i,dynamoDbDocumentClientOptions:a={}}=e,
{overrideInputFilterSensitiveLog:c}=a,l=c??e.inputFilterSensitiveLog;throw i?.error?.({clientName:n,commandName:s,input:l(r.input),error:o,metadata:o.$metadata}),
o}},C_={name:"loggerMiddleware",tags:["LOGGER"],step:"initialize",override:!0},Vt=t=>({applyToStack:e=>{e.add(T_(),C_)}})});var A_,b_=p(()=>{A_={step:"build",tags:["RECURSION_DETECTION","TRACE_CONTEXT_PROPAGATION"],name:"recursionDetectionMiddleware",override:!0,priority:"low"}});var O_=Yu((kQ,P_)=>{P_.exports=require("node:async_hooks")});var io,Ym,ec,Xm,Qm,Bs,N_=p(()=>{io={REQUEST_ID:Symbol.for("_AWS_LAMBDA_REQUEST_ID"),X_RAY_TRACE_ID:Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),TENANT_ID:Symbol.for(
"_AWS_LAMBDA_TENANT_ID"),TRACEPARENT:Symbol.for("_AWS_LAMBDA_TRACEPARENT"),TRACESTATE:Symbol.for("_AWS_LAMBDA_TRACESTATE"),BAGGAGE:Symbol.for("_AWS_LAMBDA_BAGGA\
GE")},Ym=["true","1"].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA??"");Ym||(globalThis.awslambda=globalThis.awslambda||{});ec=class{static PROTECTED_KEYS=io;isProtectedKey(e){
return Object.values(io).includes(e)}getRequestId(){return this.get(io.REQUEST_ID)??"-"}getXRayTraceId(){return this.get(io.X_RAY_TRACE_ID)}getTenantId(){return this.
get(io.TENANT_ID)}getTraceparent(){return this.get(io.TRACEPARENT)}getTracestate(){return this.get(io.TRACESTATE)}getBaggage(){return this.get(io.BAGGAGE)}},Xm=
class extends ec{currentContext;getContext(){return this.currentContext}hasContext(){return this.currentContext!==void 0}get(e){return this.currentContext?.[e]}set(e,r){
if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);this.currentContext=this.currentContext||{},this.currentContext[e]=
r}run(e,r){return this.currentContext=e,r()}},Qm=class t extends ec{als;static async create(){let e=new t,r=await Promise.resolve().then(()=>Ur(O_()));return e.
als=new r.AsyncLocalStorage,e}getContext(){return this.als.getStore()}hasContext(){return this.als.getStore()!==void 0}get(e){return this.als.getStore()?.[e]}set(e,r){
if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);let o=this.als.getStore();if(!o)throw new Error("No cont\
ext available");o[e]=r}run(e,r){return this.als.run(e,r)}};(function(t){let e=null;async function r(o){return e||(e=(async()=>{let s=o===!0||"AWS_LAMBDA_MAX_CON\
CURRENCY"in process.env?await Qm.create():new Xm;return!Ym&&globalThis.awslambda?.InvokeStore?globalThis.awslambda.InvokeStore:(!Ym&&globalThis.awslambda&&(globalThis.
awslambda.InvokeStore=s),s)})()),e}t.getInstanceAsync=r,t._testing=process.env.AWS_LAMBDA_BENCHMARK_MODE==="1"?{reset:()=>{e=null,globalThis.awslambda?.InvokeStore&&
delete globalThis.awslambda.InvokeStore,globalThis.awslambda={InvokeStore:void 0}}}:void 0})(Bs||(Bs={}))});function L$(t){for(let e of Object.keys(t)){let r=e.toLowerCase();e!==r&&(r===ef||r===D_||r===k_)&&(t[r]=t[e],delete t[e])}}var k$,$$,Zm,ef,D_,k_,$_,L_=p(()=>{N_();
F();k$="AWS_LAMBDA_FUNCTION_NAME",$$="_X_AMZN_TRACE_ID",Zm="X-Amzn-Trace-Id",ef="traceparent",D_="tracestate",k_="baggage",$_=()=>t=>async e=>{let{request:r}=e;
if(!G.isInstance(r))return t(e);let o;{let n=Object.keys(r.headers??{}).find(s=>s.toLowerCase()===Zm.toLowerCase())??Zm;if(!r.headers.hasOwnProperty(n)){let s=process.
env[k$],i=process.env[$$];o??=await Bs.getInstanceAsync();let c=o?.getXRayTraceId()??i,l=u=>typeof u=="string"&&u.length>0;l(s)&&l(c)&&(r.headers[Zm]=c)}}if(L$(
r.headers),!r.headers[ef]){let s=(o??=await Bs.getInstanceAsync())?.getTraceparent?.();if(s){r.headers[ef]=s;let i=o?.getTracestate?.();i&&(r.headers[D_]=i);let a=o?.
getBaggage?.();a&&(r.headers[k_]=a)}}return t(e)}});var qt,U_=p(()=>{b_();L_();qt=t=>({applyToStack:e=>{e.add($_(),A_)}})});var F_,M_=p(()=>{F_=(t,e)=>{if(!e||e.length===0)return t;let r=[];for(let o of e)for(let n of t)n.schemeId.split("#")[1]===o&&r.push(n);for(let o of t)r.find(({
schemeId:n})=>n===o.schemeId)||r.push(o);return r}});function U$(t){let e=new Map;for(let r of t)e.set(r.schemeId,r);return e}var tf,H_=p(()=>{J();M_();tf=(t,e)=>(r,o)=>async n=>{let s=t.httpAuthSchemeProvider(await e.
httpAuthSchemeParametersProvider(t,o,n.input)),i=t.authSchemePreference?await t.authSchemePreference():[],a=F_(s,i),c=U$(t.httpAuthSchemes),l=ee(o),u=[];for(let d of a){
let m=c.get(d.schemeId);if(!m){u.push(`HttpAuthScheme \`${d.schemeId}\` was not enabled for this service.`);continue}let f=m.identityProvider(await e.identityProviderConfigProvider(
t));if(!f){u.push(`HttpAuthScheme \`${d.schemeId}\` did not have an IdentityProvider configured.`);continue}let{identityProperties:g={},signingProperties:y={}}=d.
propertiesExtractor?.(t,o)||{};d.identityProperties=Object.assign(d.identityProperties||{},g),d.signingProperties=Object.assign(d.signingProperties||{},y),l.selectedHttpAuthScheme=
{httpAuthOption:d,identity:await f(d.identityProperties),signer:m.signer};break}if(!l.selectedHttpAuthScheme)throw new Error(u.join(`
`));return r(n)}});var rf,lt,B_=p(()=>{H_();rf={step:"serialize",tags:["HTTP_AUTH_SCHEME"],name:"httpAuthSchemeMiddleware",override:!0,relation:"before",toMiddleware:"endpointV2Mi\
ddleware"},lt=(t,{httpAuthSchemeParametersProvider:e,identityProviderConfigProvider:r})=>({applyToStack:o=>{o.addRelativeTo(tf(t,{httpAuthSchemeParametersProvider:e,
identityProviderConfigProvider:r}),rf)}})});var G_=p(()=>{B_()});var F$,M$,of,j_=p(()=>{F();J();F$=t=>e=>{throw e},M$=(t,e)=>{},of=t=>(e,r)=>async o=>{if(!G.isInstance(o.request))return e(o);let s=ee(r).selectedHttpAuthScheme;
if(!s)throw new Error("No HttpAuthScheme was selected: unable to sign request");let{httpAuthOption:{signingProperties:i={}},identity:a,signer:c}=s,l=await e({...o,
request:await c.sign(o.request,a,i)}).catch((c.errorHandler||F$)(i));return(c.successHandler||M$)(l.response,i),l}});var nf,ut,z_=p(()=>{j_();nf={step:"finalizeRequest",tags:["HTTP_SIGNING"],name:"httpSigningMiddleware",aliases:["apiKeyMiddleware","tokenMiddleware","awsAuthMid\
dleware"],override:!0,relation:"after",toMiddleware:"retryMiddleware"},ut=t=>({applyToStack:e=>{e.addRelativeTo(of(t),nf)}})});var V_=p(()=>{z_()});var Rr,q_=p(()=>{Rr=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});var Ve,W_=p(()=>{J();Ve=class{authSchemes=new Map;constructor(e){for(let r in e){if(!P(e,r))continue;let o=e[r];o!==void 0&&this.authSchemes.set(r,o)}}getIdentityProvider(e){
return this.authSchemes.get(e)}}});var nt,K_=p(()=>{nt=class{async sign(e,r,o){return e}}});var J_=p(()=>{K_()});var sf,tc,Gs,rc,Y_=p(()=>{sf=t=>function(r){return Gs(r)&&r.expiration.getTime()-Date.now()<t},tc=sf(3e5),Gs=t=>t.expiration!==void 0,rc=(t,e,r)=>{if(t===void 0)
return;let o=typeof t!="function"?async()=>Promise.resolve(t):t,n,s,i,a=!1,c=async l=>{s||(s=o(l));try{n=await s,i=!0,a=!1}finally{s=void 0}return n};return e===
void 0?async l=>((!i||l?.forceRefresh)&&(n=await c(l)),n):async l=>((!i||l?.forceRefresh)&&(n=await c(l)),a?n:r(n)?(e(n)&&await c(l),n):(a=!0,n))}});var X_=p(()=>{W_();J_();Y_()});var st=p(()=>{G_();V_();q_();X_()});function j$(t){return t===void 0?!0:typeof t=="string"&&t.length<=50}function Wt(t){let e=Rr(t.userAgentAppId??oc),{customUserAgent:r}=t;return Object.assign(t,
{customUserAgent:typeof r=="string"?[[r]]:r,userAgentAppId:async()=>{let o=await e();if(!j$(o)){let n=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?console:
t.logger;typeof o!="string"?n?.warn("userAgentAppId must be a string or undefined."):o.length>50&&n?.warn("The provided userAgentAppId exceeds the maximum lengt\
h of 50 characters.")}return o}})}var oc,af=p(()=>{st();oc=void 0});var Q_,Z_=p(()=>{Q_={partitions:[{id:"aws",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aws",implicitGlobalRegion:"us-east-1",name:"aws",supportsDualStack:!0,
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
1.1"}});var z$,V$,ew,tw,cf=p(()=>{Z_();z$=Q_,V$="",ew=t=>{let{partitions:e}=z$;for(let o of e){let{regions:n,outputs:s}=o;for(let[i,a]of Object.entries(n))if(i===t)return{
...s,...a}}for(let o of e){let{regionRegex:n,outputs:s}=o;if(new RegExp(n).test(t))return{...s}}let r=e.find(o=>o.id==="aws");if(!r)throw new Error("Provided re\
gion was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.");return{...r.outputs}},tw=()=>V$});var rw,pf,ow=p(()=>{rw=require("node:stream"),pf=t=>t?.body instanceof rw.Readable||typeof ReadableStream<"u"&&t?.body instanceof ReadableStream});var nw,sw,iw,aw,cw,pw=p(()=>{nw=["BandwidthLimitExceeded","EC2ThrottledException","LimitExceededException","PriorRequestNotComplete","ProvisionedThroughputExcee\
dedException","RequestLimitExceeded","RequestThrottled","RequestThrottledException","SlowDown","ThrottledException","Throttling","ThrottlingException","TooManyR\
equestsException","TransactionInProgressException"],sw=["TimeoutError","RequestTimeout","RequestTimeoutException"],iw=[500,502,503,504],aw=["ECONNRESET","ECONNR\
EFUSED","EPIPE","ETIMEDOUT"],cw=["EHOSTUNREACH","ENETUNREACH","ENOTFOUND","EAI_AGAIN"]});function J$(t){return t.code==="ERR_HTTP2_STREAM_ERROR"&&t.message.includes("NGHTTP2_REFUSED_STREAM")}var q$,W$,K$,nc,sc,lw,lf=p(()=>{pw();q$=t=>t?.$retryable!==
void 0,W$=t=>t.$metadata?.clockSkewCorrected,K$=t=>{let e=new Set(["Failed to fetch","NetworkError when attempting to fetch resource","The Internet connection a\
ppears to be offline","Load failed","Network request failed"]);return t&&t instanceof TypeError?e.has(t.message):!1},nc=t=>t.$metadata?.httpStatusCode===429||nw.
includes(t.name)||t.$retryable?.throttling==!0,sc=(t,e=0)=>t?.name!=="AbortError"&&(q$(t)||W$(t)||t.name==="InvalidSignatureException"&&t.message?.includes("Sig\
nature expired")||sw.includes(t.name)||aw.includes(t?.code||"")||cw.includes(t?.code||"")||iw.includes(t.$metadata?.httpStatusCode||0)||K$(t)||J$(t)||t.cause!==
void 0&&e<=10&&sc(t.cause,e+1)),lw=t=>{if(t.$metadata?.httpStatusCode!==void 0){let e=t.$metadata.httpStatusCode;return 500<=e&&e<=599&&!sc(t)}return!1}});var ic,Y$,uw,dw=p(()=>{ic=(t,e)=>{if(!e)return t;let r=()=>{},o=new Promise((n,s)=>{let i=()=>s(Y$(e));e.aborted?i():typeof e.addEventListener=="function"?(e.addEventListener(
"abort",i,{once:!0}),r=()=>e.removeEventListener("abort",i)):e.onabort=i});return Promise.race([t,o]).finally(r)},Y$=t=>{let e=t.reason;return e instanceof Error?
Object.assign(new Error("Request aborted"),{name:"AbortError",cause:e}):Object.assign(new Error(e?String(e):"Request aborted"),{name:"AbortError"})},uw=t=>typeof t==
"object"&&t!==null&&"name"in t&&t.name==="AbortError"});var mw,fw,gw=p(()=>{mw="amz-sdk-invocation-id",fw="amz-sdk-request"});function hw(t,e){if(Je.isInstance(t))for(let r in t.headers){if(!P(t.headers,r))continue;let o=r.toLowerCase();if(o==="retry-after"){let n=t.headers[r],s=NaN;if(n.
endsWith("GMT"))try{s=(ys(n).getTime()-Date.now())/1e3}catch(i){e?.trace?.("Failed to parse retry-after header"),e?.trace?.(i)}else n.match(/ GMT, ((\d+)|(\d+\.\d+))$/)?
s=Number(n.match(/ GMT, ([\d.]+)$/)?.[1]):n.match(/^((\d+)|(\d+\.\d+))$/)?s=Number(n):Date.parse(n)>=Date.now()&&(s=(Date.parse(n)-Date.now())/1e3);return isNaN(
s)?void 0:new Date(Date.now()+s*1e3)}else if(o==="x-amz-retry-after"){let n=t.headers[r],s=Number(n);if(isNaN(s)){e?.trace?.(`Failed to parse x-amz-retry-after=${n}`);
return}return new Date(Date.now()+s)}}}var yw=p(()=>{J();F();k()});var Ew,xw=p(()=>{Ew=t=>t instanceof Error?t:t instanceof Object?Object.assign(new Error,t):typeof t=="string"?new Error(t):new Error(`AWS SDK error wrapper for ${t}`)});function uf(t){return e=>(r,o)=>async n=>{let s=await e.retryStrategy(),i=await e.maxAttempts(),a=o[Er]?.abortSignal;if(X$(s)){s=s;let c=(o.partition_id??"")+(o.
__retryLongPoll?":longpoll":""),l=await ic(s.acquireInitialRetryToken(c),a),u=new Error,d=0,m=0,{request:f}=n,g=G.isInstance(f);for(g&&(f.headers[mw]=Dm());;)try{
g&&(f.headers[fw]=`attempt=${d+1}; max=${i}`);let{response:y,output:h}=await r(n);return s.recordSuccess(l),h.$metadata.attempts=d+1,h.$metadata.totalRetryDelay=
m,{response:y,output:h}}catch(y){let h=Q$(y,e.logger);if(u=Ew(y),g&&t(f))throw(o.logger instanceof _e?console:o.logger)?.warn("An error was encountered in a non\
-retryable streaming request."),u;try{if(a?.aborted)throw u;l=await ic(s.refreshRetryTokenForRetry(l,h),a)}catch(x){throw x!==u&&a?.aborted&&uw(x)?x:(u.$metadata||
(u.$metadata={}),u.$metadata.attempts=d+1,u.$metadata.totalRetryDelay=m,u)}d=l.getRetryCount();let S=l.getRetryDelay();m+=(l?.$retryLog?.acquisitionDelay??0)+S,
S>0&&await ic(new Promise(x=>setTimeout(x,S)),a)}}else return s=s,s?.mode&&(o.userAgent=[...o.userAgent||[],["cfg/retry-mode",s.mode]]),s.retry(r,n)}}function Sw(t){
let e=uf(t);return r=>({applyToStack:o=>{o.add(e(r),eL)}})}var X$,Q$,Z$,eL,Rw=p(()=>{T();F();k();Pr();lf();dw();gw();yw();xw();X$=t=>typeof t.acquireInitialRetryToken<
"u"&&typeof t.refreshRetryTokenForRetry<"u"&&typeof t.recordSuccess<"u",Q$=(t,e)=>{let r={error:t,errorType:Z$(t)},o=hw(t.$response,e);return o&&(r.retryAfterHint=
o),r},Z$=t=>nc(t)?"THROTTLING":sc(t)?"TRANSIENT":lw(t)?"SERVER_ERROR":"CLIENT_ERROR",eL={name:"retryMiddleware",tags:["RETRY"],step:"finalizeRequest",priority:"\
high",override:!0}});var ac,_w=p(()=>{lf();ac=class t{static setTimeoutFn=(e,r)=>setTimeout(e,r);beta;minCapacity;minFillRate;scaleConstant;smooth;enabled=!1;availableTokens=0;lastMaxRate=0;measuredTxRate=0;requestCount=0;fillRate;lastThrottleTime;lastTimestamp=0;lastTxRateBucket;maxCapacity;timeWindow=0;constructor(e){
this.beta=e?.beta??.7,this.minCapacity=e?.minCapacity??1,this.minFillRate=e?.minFillRate??.5,this.scaleConstant=e?.scaleConstant??.4,this.smooth=e?.smooth??.8,this.
lastThrottleTime=this.getCurrentTimeInSeconds(),this.lastTxRateBucket=Math.floor(this.getCurrentTimeInSeconds()),this.fillRate=this.minFillRate,this.maxCapacity=
this.minCapacity}async getSendToken(){return this.acquireTokenBucket(1)}updateClientSendingRate(e){let r;this.updateMeasuredRate();let o=e;if(o?.errorType==="TH\
ROTTLING"||nc(o?.error??e)){let i=this.enabled?Math.min(this.measuredTxRate,this.fillRate):this.measuredTxRate;this.lastMaxRate=i,this.calculateTimeWindow(),this.
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
return parseFloat(e.toFixed(8))}}});var Kt,cc=p(()=>{Kt=class{static v2026=!0;static delay(){return 50}static throttlingDelay(){return 1e3}static cost(){return 14}static throttlingCost(){return 5}static modifiedCostType(){
return"THROTTLING"}}});var pc,ww=p(()=>{cc();pc=class{x=Kt.delay();computeNextBackoffDelay(e){let n=Math.random()*Math.min(this.x*2**e,2e4);return Math.floor(n)}setDelayBase(e){this.x=
e}}});var js,Iw=p(()=>{js=class{delay;count;cost;longPoll;$retryLog={acquisitionDelay:0};constructor(e,r,o,n){this.delay=e,this.count=r,this.cost=o,this.longPoll=n}getRetryCount(){
return this.count}getRetryDelay(){return Math.min(2e4,this.delay)}getRetryCost(){return this.cost}isLongPoll(){return this.longPoll}}});var Jt,ao,it,zs=p(()=>{(function(t){t.STANDARD="standard",t.ADAPTIVE="adaptive"})(Jt||(Jt={}));ao=3,it=Jt.STANDARD});var lc,Ko,df=p(()=>{ww();Iw();zs();cc();lc={incompatible:1,attempts:2,capacity:3},Ko=class{mode=Jt.STANDARD;retryBackoffStrategy;capacity=500;maxAttemptsProvider;baseDelay;constructor(e){
typeof e=="number"?this.maxAttemptsProvider=async()=>e:typeof e=="function"?this.maxAttemptsProvider=e:e&&typeof e=="object"&&(this.maxAttemptsProvider=async()=>e.
maxAttempts,this.baseDelay=e.baseDelay,this.retryBackoffStrategy=e.backoff),this.maxAttemptsProvider??=async()=>ao,this.baseDelay??=Kt.delay(),this.retryBackoffStrategy??=
new pc}async acquireInitialRetryToken(e){return new js(Kt.delay(),0,void 0,e.includes(":longpoll"))}async refreshRetryTokenForRetry(e,r){let o=await this.getMaxAttempts(),
n=this.retryCode(e,r,o),s=n===0,i=e.isLongPoll?.();if(s||i){let a=r.errorType;this.retryBackoffStrategy.setDelayBase(a==="THROTTLING"?Kt.throttlingDelay():this.
baseDelay);let c=this.retryBackoffStrategy.computeNextBackoffDelay(e.getRetryCount()),l=c;if(r.retryAfterHint instanceof Date&&(l=Math.max(c,Math.min(r.retryAfterHint.
getTime()-Date.now(),c+5e3))),s){let u=this.getCapacityCost(a);this.capacity-=u;let d=new js(0,e.getRetryCount()+1,u,e.isLongPoll?.()??!1);return await new Promise(
m=>setTimeout(m,l)),d.$retryLog.acquisitionDelay=l,d}else{let u=n===lc.capacity&&i?l:0;u>0&&await new Promise(d=>setTimeout(d,u))}}throw new Error("No retry tok\
en available")}recordSuccess(e){this.capacity=Math.min(500,this.capacity+(e.getRetryCost()??1))}getCapacity(){return this.capacity}async maxAttempts(){return this.
maxAttemptsProvider()}async getMaxAttempts(){try{return await this.maxAttemptsProvider()}catch{return console.warn(`Max attempts provider could not resolve. Usi\
ng default of ${ao}`),ao}}retryCode(e,r,o){let n=e.getRetryCount()+1,s=this.isRetryableError(r.errorType)?0:lc.incompatible,i=n<o?0:lc.attempts,a=this.capacity>=
this.getCapacityCost(r.errorType)?0:lc.capacity;return s||i||a}getCapacityCost(e){return e===Kt.modifiedCostType()?Kt.throttlingCost():Kt.cost()}isRetryableError(e){
return e==="THROTTLING"||e==="TRANSIENT"}}});var uc,Tw=p(()=>{_w();df();zs();uc=class{mode=Jt.ADAPTIVE;rateLimiter;standardRetryStrategy;constructor(e,r){let{rateLimiter:o}=r??{};this.rateLimiter=o??new ac,
this.standardRetryStrategy=r?new Ko({maxAttempts:typeof e=="number"?e:3,...r}):new Ko(e)}async acquireInitialRetryToken(e){let r=await this.standardRetryStrategy.
acquireInitialRetryToken(e);return await this.rateLimiter.getSendToken(),r}async refreshRetryTokenForRetry(e,r){this.rateLimiter.updateClientSendingRate(r);let o=await this.
standardRetryStrategy.refreshRetryTokenForRetry(e,r);return await this.rateLimiter.getSendToken(),o}recordSuccess(e){this.rateLimiter.updateClientSendingRate({}),
this.standardRetryStrategy.recordSuccess(e)}async maxAttemptsProvider(){return this.standardRetryStrategy.maxAttempts()}}});var mf,ff,Yt,Xt,Cw,vw,Qt,Aw=p(()=>{T();Tw();df();zs();cc();mf="AWS_MAX_ATTEMPTS",ff="max_attempts",Yt={environmentVariableSelector:t=>{let e=t[mf];if(!e)return;
let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Environment variable ${mf} mast be a number, got "${e}"`);return r},configFileSelector:t=>{let e=t[ff];if(!e)
return;let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Shared config file entry ${ff} mast be a number, got "${e}"`);return r},default:ao},Xt=(t,e)=>{let{
retryStrategy:r,retryMode:o}=t,{defaultMaxAttempts:n=ao,defaultBaseDelay:s=Kt.delay()}=e??{},i=q(t.maxAttempts??n),a=r?Promise.resolve(r):void 0,c=async()=>{let l=await i();
return await q(o)()===Jt.ADAPTIVE?new uc(i,{maxAttempts:l,baseDelay:s}):new Ko({maxAttempts:l,baseDelay:s})};return Object.assign(t,{maxAttempts:i,retryStrategy:()=>a??=
c()})},Cw="AWS_RETRY_MODE",vw="retry_mode",Qt={environmentVariableSelector:t=>t[Cw],configFileSelector:t=>t[vw],default:it}});var xee,pr,dt=p(()=>{ow();Rw();zs();Aw();xee=uf(pf),pr=Sw(pf)});async function bw(t,e,r){if(r.request?.headers?.["smithy-protocol"]==="rpc-v2-cbor"&&Ar(t,"PROTOCOL_RPC_V2_CBOR","M"),typeof e.retryStrategy=="function"){let s=await e.
retryStrategy();if(typeof s.mode=="string")switch(s.mode){case Jt.ADAPTIVE:Ar(t,"RETRY_MODE_ADAPTIVE","F");break;case Jt.STANDARD:Ar(t,"RETRY_MODE_STANDARD","E");
break}}if(typeof e.accountIdEndpointMode=="function"){let s=t.endpointV2;switch(String(s?.url?.hostname).match(oL)&&Ar(t,"ACCOUNT_ID_ENDPOINT","O"),await e.accountIdEndpointMode?.()){case"\
disabled":Ar(t,"ACCOUNT_ID_MODE_DISABLED","Q");break;case"preferred":Ar(t,"ACCOUNT_ID_MODE_PREFERRED","P");break;case"required":Ar(t,"ACCOUNT_ID_MODE_REQUIRED",
"R");break}}let n=t.__smithy_context?.selectedHttpAuthScheme?.identity;if(n?.$source){let s=n;s.accountId&&Ar(t,"RESOLVED_ACCOUNT_ID","T");for(let[i,a]of Object.
entries(s.$source??{}))Ar(t,i,a)}}var oL,Pw=p(()=>{dt();nE();oL=/\d{12}\.ddb/});var gf,dc,Ow,Nw,Dw=p(()=>{gf="user-agent",dc="x-amz-user-agent",Ow=/[^!$%&'*+\-.^_`|~\w]/g,Nw=/[^!$%&'*+\-.^_`|~\w#]/g});function kw(t){let e="";for(let r in t){let o=t[r];if(e.length+o.length+1<=1024){e.length?e+=","+o:e+=o;continue}break}return e}var $w=p(()=>{});var Fw,mc,Mw,Zt,Hw=p(()=>{F();cf();Pw();Dw();$w();Fw=t=>(e,r)=>async o=>{let{request:n}=o;if(!G.isInstance(n))return e(o);let{headers:s}=n,i=r?.userAgent?.map(mc)||
[],a=(await t.defaultUserAgentProvider()).map(mc);await bw(r,t,o);let c=r;a.push(`m/${kw(Object.assign({},r.__smithy_context?.features,c.__aws_sdk_context?.features))}`);
let l=t?.customUserAgent?.map(mc)||[],u=await t.userAgentAppId();u&&a.push(mc(["app",`${u}`]));let d=tw(),m=(d?[d]:[]).concat([...a,...i,...l]).join(" "),f=[...a.
filter(g=>g.startsWith("aws-sdk-")),...l].join(" ");return t.runtime!=="browser"?(f&&(s[dc]=s[dc]?`${s[gf]} ${f}`:f),s[gf]=m):s[dc]=m,e({...o,request:n})},mc=t=>{
let e=t[0].split("/").map(i=>i.replace(Ow,"-")).join("/"),r=t[1]?.replace(Nw,"-"),o=e.indexOf("/"),n=e.substring(0,o),s=e.substring(o+1);return n==="api"&&(s=s.
toLowerCase()),[n,s,r].filter(i=>i&&i.length>0).reduce((i,a,c)=>{switch(c){case 0:return a;case 1:return`${i}/${a}`;default:return`${i}#${a}`}},"")},Mw={name:"g\
etUserAgentMiddleware",step:"build",priority:"low",tags:["SET_USER_AGENT","USER_AGENT"],override:!0},Zt=t=>({applyToStack:e=>{e.add(Fw(t),Mw)}})});var fc,Bw,Gw=p(()=>{fc=require("node:process"),Bw=()=>{let t=["deno","bun","llrt"];for(let e of t)if(fc.versions[e])return[`md/${e}`,fc.versions[e]];return["md/\
nodejs",fc.versions.node]}});var yf,jw=p(()=>{yf={isCrtAvailable:!1}});var zw,Vw=p(()=>{jw();zw=()=>yf.isCrtAvailable?["md/crt-avail"]:null});var gc,Ef,er,qw=p(()=>{gc=require("node:os"),Ef=require("node:process");Gw();Vw();er=({serviceId:t,clientVersion:e})=>{let r=Bw();return async o=>{let n=[["aws-\
sdk-js",e],["ua","2.1"],[`os/${(0,gc.platform)()}`,(0,gc.release)()],["lang/js"],r],s=zw();s&&n.push(s),t&&n.push([`api/${t}`,e]),Ef.env.AWS_EXECUTION_ENV&&n.push(
[`exec-env/${Ef.env.AWS_EXECUTION_ENV}`]);let i=await o?.userAgentAppId?.();return i?[...n,[`app/${i}`]]:[...n]}}});var Ww,Kw,nL,tr,Jw=p(()=>{af();Ww="AWS_SDK_UA_APP_ID",Kw="sdk_ua_app_id",nL="sdk-ua-app-id",tr={environmentVariableSelector:t=>t[Ww],configFileSelector:t=>t[Kw]??
t[nL],default:oc}});var Yw=p(()=>{W()});var xf,Xw=p(()=>{W();Yw();xf=(t,e=!1)=>{if(e){for(let r of t.split("."))if(!xf(r))return!1;return!0}return!(!Or(t)||t.length<3||t.length>63||t!==t.toLowerCase()||
Pn(t))}});var Qw,Zw=p(()=>{Qw=t=>{let e=t.split(":");if(e.length<6)return null;let[r,o,n,s,i,...a]=e;if(r!=="arn"||o===""||n===""||a.join(":")==="")return null;let c=a.map(
l=>l.split("/")).flat();return{partition:o,service:n,region:s,accountId:i,resourceId:c}}});var mt,eI=p(()=>{W();Xw();Zw();cf();mt={isVirtualHostableS3Bucket:xf,parseArn:Qw,partition:ew};Pe.aws=mt});function Sf(t={}){return _({...be,async default(){return tI.silence||console.warn("@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credenti\
al-providers README and set a region explicitly."),"us-east-1"}},{...tt,...t})}var tI,rI=p(()=>{$();tI={silence:!1}});var rr,or,oI=p(()=>{rr=t=>({setRegion(e){t.region=e},region(){return t.region}}),or=t=>({region:t.region()})});var M=p(()=>{rE();oE();sE();I_();v_();U_();af();Hw();qw();Jw();eI();rI();oI()});var hc,yc,nI=p(()=>{F();hc=t=>Je.isInstance(t)?t.headers?.date??t.headers?.Date:void 0,yc=t=>Je.isInstance(t)?t.headers?.age??t.headers?.Age:void 0});var Vs,sI=p(()=>{Vs=t=>new Date(Date.now()+t)});var Ec,iI=p(()=>{Ec=(t,e,r,o)=>{if(o!==void 0)return e;let n=Date.parse(t);if(Number.isNaN(n))return e;let s=Date.now();return r!==void 0&&s-r>9e5?e:n-s}});var Rf=p(()=>{nI();sI();iI()});var qs,sL,Ws,ge,_f=p(()=>{F();Pr();Rf();qs=(t,e)=>{if(!e)throw new Error(`Property \`${t}\` is not resolved for AWS SDK SigV4Auth`);return e},sL=t=>t.context?.[Er]?.
eventStream?.output===!0,Ws=async t=>{let e=qs("context",t.context),r=qs("config",t.config),o=e.endpointV2?.properties?.authSchemes?.[0],s=await qs("signer",r.signer)(
o),i=t?.signingRegion,a=t?.signingRegionSet,c=t?.signingName;return{config:r,signer:s,signingRegion:i,signingRegionSet:a,signingName:c}},ge=class{async sign(e,r,o){
if(!G.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");let n=await Ws(o),{config:s,signer:i}=n,{signingRegion:a,
signingName:c}=n,l=o.context;if(l?.authSchemes?.length??!1){let[f,g]=l.authSchemes;f?.name==="sigv4a"&&g?.name==="sigv4"&&(a=g?.signingRegion??a,c=g?.signingName??
c)}let u=await s.disableClockSkewCorrection?.()===!0;o._disableClockSkewCorrection=u;let d=u||sL(o);return o._skipClockSkewSampling=d,d||(o._preRequestSystemClockOffset=
s.systemClockOffset,o._requestSentAt=Date.now()),await i.sign(e,{signingDate:u?new Date:Vs(s.systemClockOffset),signingRegion:a,signingService:c})}errorHandler(e){
return r=>{let o=r;if(!e._skipClockSkewSampling&&!e._disableClockSkewCorrection){let n=o.ServerTime??hc(o.$response);if(n){let s=qs("config",e.config),i=e._preRequestSystemClockOffset,
a=e._requestSentAt,c=yc(o.$response),l=Ec(n,s.systemClockOffset,a,c);s.systemClockOffset=l,Math.abs(l)>=24e4&&(l!==i||i!==void 0&&i!==l)&&o.$metadata&&(o.$metadata.
clockSkewCorrected=!0)}}throw r}}successHandler(e,r){if(r._skipClockSkewSampling||r._disableClockSkewCorrection)return;let o=hc(e);if(o){let n=qs("config",r.config),
s=r._requestSentAt,i=yc(e);n.systemClockOffset=Ec(o,n.systemClockOffset,s,i)}}}});var co,aI=p(()=>{F();Rf();_f();co=class extends ge{async sign(e,r,o){if(!G.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and ca\
nnot be signed");let{config:n,signer:s,signingRegion:i,signingRegionSet:a,signingName:c}=await Ws(o),u=(await n.sigv4aSigningRegionSet?.()??a??[i]).join(","),d=await n.
disableClockSkewCorrection?.()===!0;return o._disableClockSkewCorrection=d,d||(o._preRequestSystemClockOffset=n.systemClockOffset,o._requestSentAt=Date.now()),await s.
sign(e,{signingDate:d?new Date:Vs(n.systemClockOffset),signingRegion:u,signingService:c})}}});var wf,cI=p(()=>{wf=t=>typeof t=="string"&&t.length>0?t.split(",").map(e=>e.trim()):[]});var pI,lI=p(()=>{pI=t=>`AWS_BEARER_TOKEN_${t.replace(/[\s-]/g,"_").toUpperCase()}`});var uI,dI,ft,mI=p(()=>{cI();lI();uI="AWS_AUTH_SCHEME_PREFERENCE",dI="auth_scheme_preference",ft={environmentVariableSelector:(t,e)=>{if(e?.signingName&&pI(e.signingName)in
t)return["httpBearerAuth"];if(uI in t)return wf(t[uI])},configFileSelector:t=>{if(dI in t)return wf(t[dI])},default:[]}});var xc,Sc,fI=p(()=>{st();$();xc=t=>(t.sigv4aSigningRegionSet=Rr(t.sigv4aSigningRegionSet),t),Sc={environmentVariableSelector(t){if(t.AWS_SIGV4A_SIGNING_REGION_SET)
return t.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map(e=>e.trim());throw new Ge("AWS_SIGV4A_SIGNING_REGION_SET not set in env.",{tryNextLink:!0})},configFileSelector(t){
if(t.sigv4a_signing_region_set)return(t.sigv4a_signing_region_set??"").split(",").map(e=>e.trim());throw new Ge("sigv4a_signing_region_set not set in profile.",
{tryNextLink:!0})},default:void 0}});function hI(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var Rc,gI,iL,If,yI=p(()=>{k();k();Rc=class{format(e){let r=[];for(let s in e){
if(!P(e,s))continue;let i=se(s);r.push(Uint8Array.from([i.byteLength]),i,this.formatHeaderValue(e[s]))}let o=new Uint8Array(r.reduce((s,i)=>s+i.byteLength,0)),n=0;
for(let s of r)o.set(s,n),n+=s.byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.
from([2,e.value]);case"short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(
new ArrayBuffer(5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let n=new Uint8Array(9);return n[0]=5,n.set(e.value.bytes,
1),n;case"binary":let s=new DataView(new ArrayBuffer(3+e.value.byteLength));s.setUint8(0,6),s.setUint16(1,e.value.byteLength,!1);let i=new Uint8Array(s.buffer);
return i.set(e.value,3),i;case"string":let a=se(e.value),c=new DataView(new ArrayBuffer(3+a.byteLength));c.setUint8(0,7),c.setUint16(1,a.byteLength,!1);let l=new Uint8Array(
c.buffer);return l.set(a,3),l;case"timestamp":let u=new Uint8Array(9);return u[0]=8,u.set(If.fromNumber(e.value.valueOf()).bytes,1),u;case"uuid":if(!iL.test(e.value))
throw new Error(`Invalid UUID received: ${e.value}`);let d=new Uint8Array(17);return d[0]=9,d.set(Ad(e.value.replace(/-/g,"")),1),d}}};(function(t){t[t.boolTrue=
0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=6]="byteArray",t[t.
string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(gI||(gI={}));iL=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,If=class t{bytes;constructor(e){
if(this.bytes=e,e.byteLength!==8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(
`${e} is too large (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,n=Math.abs(Math.round(e));o>-1&&n>0;o--,n/=256)r[o]=
n;return e<0&&hI(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&hI(e),parseInt(Xe(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var EI,xI,Tf,SI,RI,Cf,vf,Af,bf,aL,_I,wI,Ks,II,TI,CI,vI,_c,AI,bI,PI,Pf,OI,Jo=p(()=>{EI="X-Amz-Algorithm",xI="X-Amz-Credential",Tf="X-Amz-Date",SI="X-Amz-SignedHe\
aders",RI="X-Amz-Expires",Cf="X-Amz-Signature",vf="X-Amz-Security-Token",Af="authorization",bf=Tf.toLowerCase(),aL="date",_I=[Af,bf,aL],wI=Cf.toLowerCase(),Ks="\
x-amz-content-sha256",II=vf.toLowerCase(),TI={authorization:!0,"cache-control":!0,connection:!0,expect:!0,from:!0,"keep-alive":!0,"max-forwards":!0,pragma:!0,referer:!0,
te:!0,trailer:!0,"transfer-encoding":!0,upgrade:!0,"user-agent":!0,"x-amzn-trace-id":!0},CI=/^proxy-/,vI=/^sec-/,_c="AWS4-HMAC-SHA256",AI="AWS4-HMAC-SHA256-PAYL\
OAD",bI="UNSIGNED-PAYLOAD",PI=50,Pf="aws4_request",OI=3600*24*7});var NI,DI=p(()=>{k();F();Jo();NI=({query:t={}})=>{let e=[],r={};for(let o in t){if(!P(t,o)||o.toLowerCase()===wI)continue;let n=Sr(o);e.push(n);let s=t[o];typeof s==
"string"?r[n]=`${n}=${Sr(s)}`:Array.isArray(s)&&(r[n]=s.slice(0).reduce((i,a)=>i.concat([`${n}=${Sr(a)}`]),[]).sort().join("&"))}return e.sort().map(o=>r[o]).filter(
o=>o).join("&")}});var kI,cL,$I=p(()=>{kI=t=>cL(t).toISOString().replace(/\.\d{3}Z$/,"Z"),cL=t=>typeof t=="number"?new Date(t*1e3):typeof t=="string"?Number(t)?new Date(Number(t)*
1e3):new Date(t):t});var wc,LI=p(()=>{T();F();k();DI();$I();wc=class{service;regionProvider;credentialProvider;sha256;uriEscapePath;applyChecksum;constructor({applyChecksum:e,credentials:r,
region:o,service:n,sha256:s,uriEscapePath:i=!0}){this.service=n,this.sha256=s,this.uriEscapePath=i,this.applyChecksum=typeof e=="boolean"?e:!0,this.regionProvider=
q(o),this.credentialProvider=q(r)}createCanonicalRequest(e,r,o){let n=Object.keys(r).sort();return`${e.method}
${this.getCanonicalPath(e)}
${NI(e)}
${n.map(s=>`${s}:${r[s]}`).join(`
`)}

${n.join(";")}
${o}`}async createStringToSign(e,r,o,n){let s=new this.sha256;s.update(vt(o));let i=await s.digest();return`${n}
${e}
${r}
${Xe(i)}`}getCanonicalPath({path:e}){if(this.uriEscapePath){let r=[];for(let s of e.split("/"))s?.length!==0&&s!=="."&&(s===".."?r.pop():r.push(s));let o=`${e?.
startsWith("/")?"/":""}${r.join("/")}${r.length>0&&e?.endsWith("/")?"/":""}`;return Sr(o).replace(/%2F/g,"/")}return e}validateResolvedCredentials(e){if(typeof e!=
"object"||typeof e.accessKeyId!="string"||typeof e.secretAccessKey!="string")throw new Error("Resolved credential object is not valid")}formatDate(e){let r=kI(e).
replace(/[-:]/g,"");return{longDate:r,shortDate:r.slice(0,8)}}getCanonicalHeaderList(e){return Object.keys(e).sort().join(";")}}});var Ic,Of,Tc,FI,UI,MI=p(()=>{k();Jo();Ic={},Of=[],Tc=(t,e,r)=>`${t}/${e}/${r}/${Pf}`,FI=async(t,e,r,o,n)=>{let s=await UI(t,e.secretAccessKey,e.accessKeyId),i=`${r}\
:${o}:${n}:${Xe(s)}:${e.sessionToken}`;if(i in Ic)return Ic[i];for(Of.push(i);Of.length>PI;)delete Ic[Of.shift()];let a=`AWS4${e.secretAccessKey}`;for(let c of[
r,o,n,Pf])a=await UI(t,a,c);return Ic[i]=a},UI=(t,e,r)=>{let o=new t(e);return o.update(vt(r)),o.digest()}});var Nf,HI=p(()=>{k();Jo();Nf=({headers:t},e,r)=>{let o={};for(let n of Object.keys(t).sort()){if(t[n]==null)continue;let s=n.toLowerCase();(P(TI,s)||e?.has(s)||
CI.test(s)||vI.test(s))&&(!r||r&&!r.has(s))||(s==="__proto__"&&Vr(o),o[s]=t[n].replace(/[\r\n]/g," ").replace(/[ \t]+/g," ").replace(/^ | $/g,""))}return o}});var Cc,BI=p(()=>{k();k();Jo();Cc=async({headers:t,body:e},r)=>{for(let o in t)if(P(t,o)&&o.toLowerCase()===Ks)return t[o];if(e==null)return"e3b0c44298fc1c149afb\
f4c8996fb92427ae41e4649b934ca495991b7852b855";if(typeof e=="string"||ArrayBuffer.isView(e)||gs(e)){let o=new r;return o.update(vt(e)),Xe(await o.digest())}return bI}});var GI,jI=p(()=>{k();GI=(t,e)=>{t=t.toLowerCase();for(let r in e)if(P(e,r)&&t===r.toLowerCase())return!0;return!1}});var zI,VI=p(()=>{k();F();zI=(t,e={})=>{let{headers:r,query:o={}}=G.clone(t);for(let n in r){if(!P(r,n))continue;let s=n.toLowerCase();(s.slice(0,6)==="x-amz-"&&
!e.unhoistableHeaders?.has(s)||e.hoistableHeaders?.has(s))&&(o[n]=r[n],delete r[n])}return{...t,headers:r,query:o}}});var Df,qI=p(()=>{k();F();Jo();Df=t=>{t=G.clone(t);for(let e in t.headers)P(t.headers,e)&&_I.indexOf(e.toLowerCase())>-1&&delete t.headers[e];return t}});var po,WI=p(()=>{k();yI();LI();Jo();MI();HI();BI();jI();VI();qI();po=class extends wc{headerFormatter=new Rc;constructor({applyChecksum:e,credentials:r,region:o,
service:n,sha256:s,uriEscapePath:i=!0}){super({applyChecksum:e,credentials:r,region:o,service:n,sha256:s,uriEscapePath:i})}async presign(e,r={}){let{signingDate:o=new Date,
expiresIn:n=3600,unsignableHeaders:s,unhoistableHeaders:i,signableHeaders:a,hoistableHeaders:c,signingRegion:l,signingService:u}=r,d=await this.credentialProvider();
this.validateResolvedCredentials(d);let m=l??await this.regionProvider(),{longDate:f,shortDate:g}=this.formatDate(o);if(n>OI)return Promise.reject("Signature ve\
rsion 4 presigned URLs must have an expiration date less than one week in the future");let y=Tc(g,m,u??this.service),h=zI(Df(e),{unhoistableHeaders:i,hoistableHeaders:c});
d.sessionToken&&(h.query[vf]=d.sessionToken),h.query[EI]=_c,h.query[xI]=`${d.accessKeyId}/${y}`,h.query[Tf]=f,h.query[RI]=n.toString(10);let S=Nf(h,s,a);return h.
query[SI]=this.getCanonicalHeaderList(S),h.query[Cf]=await this.getSignature(f,y,this.getSigningKey(d,m,g,u),this.createCanonicalRequest(h,S,await Cc(e,this.sha256))),
h}async sign(e,r){return typeof e=="string"?this.signString(e,r):e.headers&&e.payload?this.signEvent(e,r):e.message?this.signMessage(e,r):this.signRequest(e,r)}async signEvent({
headers:e,payload:r},{signingDate:o=new Date,priorSignature:n,signingRegion:s,signingService:i,eventStreamCredentials:a}){let c=s??await this.regionProvider(),{
shortDate:l,longDate:u}=this.formatDate(o),d=Tc(l,c,i??this.service),m=await Cc({headers:{},body:r},this.sha256),f=new this.sha256;f.update(e);let g=Xe(await f.
digest()),y=[AI,u,d,n,g,m].join(`
`);return this.signString(y,{signingDate:o,signingRegion:c,signingService:i,eventStreamCredentials:a})}async signMessage(e,{signingDate:r=new Date,signingRegion:o,
signingService:n,eventStreamCredentials:s}){return this.signEvent({headers:this.headerFormatter.format(e.message.headers),payload:e.message.body},{signingDate:r,
signingRegion:o,signingService:n,priorSignature:e.priorSignature,eventStreamCredentials:s}).then(a=>({message:e.message,signature:a}))}async signString(e,{signingDate:r=new Date,
signingRegion:o,signingService:n,eventStreamCredentials:s}={}){let i=s??await this.credentialProvider();this.validateResolvedCredentials(i);let a=o??await this.
regionProvider(),{shortDate:c}=this.formatDate(r),l=new this.sha256(await this.getSigningKey(i,a,c,n));return l.update(vt(e)),Xe(await l.digest())}async signRequest(e,{
signingDate:r=new Date,signableHeaders:o,unsignableHeaders:n,signingRegion:s,signingService:i}={}){let a=await this.credentialProvider();this.validateResolvedCredentials(
a);let c=s??await this.regionProvider(),l=Df(e),{longDate:u,shortDate:d}=this.formatDate(r),m=Tc(d,c,i??this.service);l.headers[bf]=u,a.sessionToken&&(l.headers[II]=
a.sessionToken);let f=await Cc(l,this.sha256);!GI(Ks,l.headers)&&this.applyChecksum&&(l.headers[Ks]=f);let g=Nf(l,n,o),y=await this.getSignature(u,m,this.getSigningKey(
a,c,d,i),this.createCanonicalRequest(l,g,f));return l.headers[Af]=`${_c} Credential=${a.accessKeyId}/${m}, SignedHeaders=${this.getCanonicalHeaderList(g)}, Sign\
ature=${y}`,l}async getSignature(e,r,o,n){let s=await this.createStringToSign(e,r,n,_c),i=new this.sha256(await o);return i.update(vt(s)),Xe(await i.digest())}getSigningKey(e,r,o,n){
return FI(this.sha256,e,o,r,n||this.service)}}});var vc,KI=p(()=>{vc={SignatureV4a:null}});var Ac=p(()=>{WI();KI()});function pL(t,{credentials:e,credentialDefaultProvider:r}){let o;return e?e?.memoized?o=e:o=rc(e,tc,Gs):r?o=Rr(r(Object.assign({},t,{parentClientConfig:t}))):o=
async()=>{throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.")},o.memoized=!0,
o}function lL(t,e){if(e.configBound)return e;let r=async o=>e({...o,callerClientConfig:t});return r.memoized=e.memoized,r.configBound=!0,r}var kf,JI=p(()=>{M();
st();Ac();kf=t=>e=>{let r=e.credentials,o=!!e.credentials,n;Object.defineProperty(e,"credentials",{set(u){u&&u!==r&&u!==n&&(o=!0),r=u;let d=pL(e,{credentials:r,
credentialDefaultProvider:e.credentialDefaultProvider}),m=lL(e,d);if(o&&!m.attributed){let f=typeof r=="object"&&r!==null;n=async g=>{let h=await m(g);return f&&
(!h.$source||Object.keys(h.$source).length===0)?H(h,"CREDENTIALS_CODE","e"):h},n.memoized=m.memoized,n.configBound=m.configBound,n.attributed=!0}else n=m},get(){
return n},enumerable:!0,configurable:!0}),e.credentials=r;let{signingEscapePath:s=!0,systemClockOffset:i=e.systemClockOffset||0,sha256:a}=e,c;return e.signer?c=
Rr(e.signer):e.regionInfoProvider?c=()=>Rr(e.region)().then(async u=>[await e.regionInfoProvider(u,{useFipsEndpoint:await e.useFipsEndpoint(),useDualstackEndpoint:await e.
useDualstackEndpoint()})||{},u]).then(([u,d])=>{let{signingRegion:m,signingService:f}=u;e.signingRegion=e.signingRegion||m||d,e.signingName=e.signingName||f||e.
serviceId;let g={...e,credentials:e.credentials,region:e.signingRegion,service:e.signingName,sha256:a,uriEscapePath:s},y=e.signerConstructor||po;return new y(g)}):
c=async u=>{u=Object.assign({},{name:"sigv4",signingName:e.signingName||e.defaultSigningName,signingRegion:await Rr(e.region)(),properties:{}},u);let d=u.signingRegion,
m=u.signingName;e.signingRegion=e.signingRegion||d,e.signingName=e.signingName||m||e.serviceId;let f={...e,credentials:e.credentials,region:e.signingRegion,service:e.
signingName,sha256:a,uriEscapePath:s},g=e.signerConstructor||po;return new g(f)},Object.assign(e,{systemClockOffset:i,signingEscapePath:s,signer:c,disableClockSkewCorrection:Rr(
e.disableClockSkewCorrection??t)})}});var $f=p(()=>{_f();aI();mI();fI();JI()});var dL,mL,YI,XI=p(()=>{$();dL="AWS_DISABLE_CLOCK_SKEW_CORRECTION",mL="disable_clock_skew_correction",YI={environmentVariableSelector:t=>bt(t,dL,Qe.ENV),configFileSelector:t=>bt(
t,mL,Qe.CONFIG),default:!1}});var QI,ZI=p(()=>{$();XI();QI=_(YI)});var lr,we=p(()=>{$f();$f();ZI();lr=kf(QI)});var Js,Ys,Lf,Uf,Ff,Mf,bc,i0=p(()=>{M();$();Js="AWS_ACCESS_KEY_ID",Ys="AWS_SECRET_ACCESS_KEY",Lf="AWS_SESSION_TOKEN",Uf="AWS_CREDENTIAL_EXPIRATION",Ff="AWS_CREDE\
NTIAL_SCOPE",Mf="AWS_ACCOUNT_ID",bc=t=>async()=>{t?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");let e=process.env[Js],r=process.env[Ys],o=process.
env[Lf],n=process.env[Uf],s=process.env[Ff],i=process.env[Mf];if(e&&r){let a={accessKeyId:e,secretAccessKey:r,...o&&{sessionToken:o},...n&&{expiration:new Date(
n)},...s&&{credentialScope:s},...i&&{accountId:i}};return H(a,"CREDENTIALS_ENV_VARS","g"),a}throw new R("Unable to find environment variable credentials.",{logger:t?.
logger})}});var a0={};sr(a0,{ENV_ACCOUNT_ID:()=>Mf,ENV_CREDENTIAL_SCOPE:()=>Ff,ENV_EXPIRATION:()=>Uf,ENV_KEY:()=>Js,ENV_SECRET:()=>Ys,ENV_SESSION:()=>Lf,fromEnv:()=>bc});var Hf=p(
()=>{i0()});var Pc,Oc,Bf=p(()=>{Pc=t=>!!t&&typeof t=="object"&&typeof t.AccessKeyId=="string"&&typeof t.SecretAccessKey=="string"&&typeof t.Token=="string"&&typeof t.Expiration==
"string",Oc=t=>({accessKeyId:t.AccessKeyId,secretAccessKey:t.SecretAccessKey,sessionToken:t.Token,expiration:new Date(t.Expiration),...t.AccountId&&{accountId:t.
AccountId}})});var c0,p0,Un,Nc=p(()=>{c0=1e3,p0=0,Un=({maxRetries:t=0,timeout:e=1e3})=>({maxRetries:t,timeout:e})});var Gf,l0=p(()=>{Gf=Ur(require("node:http"))});function lo(t){return new Promise((e,r)=>{let o=Gf.default.request({method:"GET",...t,hostname:t.hostname?.replace(/^\[(.+)\]$/,"$1")});o.on("error",n=>{r(Object.
assign(new Ge("Unable to connect to instance metadata service"),n)),o.destroy()}),o.on("timeout",()=>{r(new Ge("TimeoutError from instance metadata service")),o.
destroy()}),o.on("response",n=>{let{statusCode:s=400}=n;(s<200||300<=s)&&(r(Object.assign(new Ge("Error response received from instance metadata service"),{statusCode:s})),
o.destroy());let i=[];n.on("data",a=>{i.push(a)}),n.on("end",()=>{e(Buffer.concat(i)),o.destroy()})}),o.end()})}var Dc=p(()=>{$();l0()});var Xs,jf=p(()=>{Xs=(t,e)=>{let r=t();for(let o=0;o<e;o++)r=r.catch(t);return r}});var Fn,Qs,kc,u0,hL,yL,EL,xL,SL,d0=p(()=>{$();Bf();Nc();Dc();jf();Fn="AWS_CONTAINER_CREDENTIALS_FULL_URI",Qs="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",kc="AWS_CON\
TAINER_AUTHORIZATION_TOKEN",u0=(t={})=>{let{timeout:e,maxRetries:r}=Un(t);return()=>Xs(async()=>{let o=await SL({logger:t.logger}),n=JSON.parse(await hL(e,o));if(!Pc(
n))throw new R("Invalid response received from instance metadata service.",{logger:t.logger});return Oc(n)},r)},hL=async(t,e)=>(process.env[kc]&&(e.headers={...e.
headers,Authorization:process.env[kc]}),(await lo({...e,timeout:t})).toString()),yL="169.254.170.2",EL=new Set(["localhost","127.0.0.1"]),xL=new Set(["http:","h\
ttps:"]),SL=async({logger:t})=>{if(process.env[Qs])return{hostname:yL,path:process.env[Qs]};if(process.env[Fn]){let e;try{e=new URL(process.env[Fn])}catch{throw new R(
`${process.env[Fn]} is not a valid container metadata service URL`,{tryNextLink:!1,logger:t})}if(!e.hostname||!EL.has(e.hostname))throw new R(`${e.hostname} is \
not a valid container metadata service hostname`,{tryNextLink:!1,logger:t});if(!e.protocol||!xL.has(e.protocol))throw new R(`${e.protocol} is not a valid contai\
ner metadata service protocol`,{tryNextLink:!1,logger:t});return{protocol:e.protocol,hostname:e.hostname,path:e.pathname+e.search,port:e.port?parseInt(e.port,10):
void 0}}throw new R(`The container metadata credential provider cannot be used unless the ${Qs} or ${Fn} environment variable is set`,{tryNextLink:!1,logger:t})}});var $c,m0=p(()=>{$();$c=class t extends R{tryNextLink;name="InstanceMetadataV1FallbackError";constructor(e,r=!0){super(e,r),this.tryNextLink=r,Object.setPrototypeOf(
this,t.prototype)}}});var Yo,zf=p(()=>{(function(t){t.IPv4="http://169.254.169.254",t.IPv6="http://[fd00:ec2::254]"})(Yo||(Yo={}))});var RL,_L,f0,g0=p(()=>{RL="AWS_EC2_METADATA_SERVICE_ENDPOINT",_L="ec2_metadata_service_endpoint",f0={environmentVariableSelector:t=>t[RL],configFileSelector:t=>t[_L],
default:void 0}});var uo,Vf=p(()=>{(function(t){t.IPv4="IPv4",t.IPv6="IPv6"})(uo||(uo={}))});var wL,IL,h0,y0=p(()=>{Vf();wL="AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",IL="ec2_metadata_service_endpoint_mode",h0={environmentVariableSelector:t=>t[wL],configFileSelector:t=>t[IL],
default:uo.IPv4}});var Lc,TL,CL,qf=p(()=>{$();F();zf();g0();Vf();y0();Lc=async()=>fe(await TL()||await CL()),TL=async()=>_(f0)(),CL=async()=>{let t=await _(h0)();switch(t){case uo.
IPv4:return Yo.IPv4;case uo.IPv6:return Yo.IPv6;default:throw new Error(`Unsupported endpoint mode: ${t}. Select from ${Object.values(uo)}`)}}});var vL,Wf,E0=p(()=>{vL="https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html",Wf=(t,e)=>{let r=300+Math.floor(Math.random()*300),o=new Date(
Date.now()+r*1e3);e.warn(`Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be atte\
mpted after ${new Date(o)}.
For more information, please visit: `+vL);let n=t.originalExpiration??t.expiration;return{...t,...n?{originalExpiration:n}:{},expiration:o}}});var x0,S0=p(()=>{E0();x0=(t,e={})=>{let r=e?.logger||console,o;return async()=>{let n;try{n=await t(),n.expiration&&n.expiration.getTime()<Date.now()&&(n=Wf(n,r))}catch(s){
if(o)r.warn("Credential renew failed: ",s),n=Wf(o,r);else throw s}return o=n,n}}});var w0,AL,Kf,R0,_0,I0,bL,PL,OL,NL,T0=p(()=>{$();m0();Bf();Nc();Dc();jf();qf();S0();w0="/latest/meta-data/iam/security-credentials/",AL="/latest/api/token",Kf="A\
WS_EC2_METADATA_V1_DISABLED",R0="ec2_metadata_v1_disabled",_0="x-aws-ec2-metadata-token",I0=(t={})=>x0(bL(t),{logger:t.logger}),bL=(t={})=>{let e=!1,{logger:r,profile:o}=t,
{timeout:n,maxRetries:s}=Un(t),i=async(a,c)=>{if(e||c.headers?.[_0]==null){let d=!1,m=!1,f=await _({environmentVariableSelector:g=>{let y=g[Kf];if(m=!!y&&y!=="f\
alse",y===void 0)throw new R(`${Kf} not set in env, checking config file next.`,{logger:t.logger});return m},configFileSelector:g=>{let y=g[R0];return d=!!y&&y!==
"false",d},default:!1},{profile:o})();if(t.ec2MetadataV1Disabled||f){let g=[];throw t.ec2MetadataV1Disabled&&g.push("credential provider initialization (runtime\
 option ec2MetadataV1Disabled)"),d&&g.push(`config file profile (${R0})`),m&&g.push(`process environment variable (${Kf})`),new $c(`AWS EC2 Metadata v1 fallback\
 has been blocked by AWS SDK configuration in the following: [${g.join(", ")}].`)}}let u=(await Xs(async()=>{let d;try{d=await OL(c)}catch(m){throw m.statusCode===
401&&(e=!1),m}return d},a)).trim();return Xs(async()=>{let d;try{d=await NL(u,c,t)}catch(m){throw m.statusCode===401&&(e=!1),m}return d},a)};return async()=>{let a=await Lc();
if(e)return r?.debug("AWS SDK Instance Metadata","using v1 fallback (no token fetch)"),i(s,{...a,timeout:n});{let c;try{c=(await PL({...a,timeout:n})).toString()}catch(l){
if(l?.statusCode===400)throw Object.assign(l,{message:"EC2 Metadata token request returned error"});return(l.message==="TimeoutError"||[403,404,405].includes(l.
statusCode))&&(e=!0),r?.debug("AWS SDK Instance Metadata","using v1 fallback (initial)"),i(s,{...a,timeout:n})}return i(s,{...a,headers:{[_0]:c},timeout:n})}}},
PL=async t=>lo({...t,path:AL,method:"PUT",headers:{"x-aws-ec2-metadata-token-ttl-seconds":"21600"}}),OL=async t=>(await lo({...t,path:w0})).toString(),NL=async(t,e,r)=>{
let o=JSON.parse((await lo({...e,path:w0+t})).toString());if(!Pc(o))throw new R("Invalid response received from instance metadata service.",{logger:r.logger});return Oc(
o)}});var Uc={};sr(Uc,{DEFAULT_MAX_RETRIES:()=>p0,DEFAULT_TIMEOUT:()=>c0,ENV_CMDS_AUTH_TOKEN:()=>kc,ENV_CMDS_FULL_URI:()=>Fn,ENV_CMDS_RELATIVE_URI:()=>Qs,Endpoint:()=>Yo,
fromContainerMetadata:()=>u0,fromInstanceMetadata:()=>I0,getInstanceMetadataEndpoint:()=>Lc,httpRequest:()=>lo,providerConfigFromInit:()=>Un});var Fc=p(()=>{d0();
T0();Nc();Dc();qf();zf()});function Jf(t){let e=t&&typeof t=="object"&&"reason"in t?t.reason:void 0;if(e){if(e instanceof Error){let n=new Error("Request aborted");return n.name="AbortErr\
or",n.cause=e,n}let o=new Error(String(e));return o.name="AbortError",o}let r=new Error("Request aborted");return r.name="AbortError",r}var C0=p(()=>{});var v0,A0=p(()=>{v0=["ECONNRESET","EPIPE","ETIMEDOUT"]});var b0,P0=p(()=>{k();b0=t=>{let e={};for(let r in t){if(!P(t,r))continue;let o=t[r];e[r]=Array.isArray(o)?o.join(","):o}return e}});var Mn,O0=p(()=>{Mn=Ur(require("node:https"))});var ie,Xo=p(()=>{ie={setTimeout:(t,e)=>setTimeout(t,e),clearTimeout:t=>clearTimeout(t)}});var N0,D0,k0=p(()=>{Xo();N0=1e3,D0=(t,e,r=0)=>{if(!r)return-1;let o=n=>{let s=ie.setTimeout(()=>{t.destroy(),e(Object.assign(new Error(`@smithy/node-http-handle\
r - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`),{name:"TimeoutError"}))},r-n),i=a=>{a?.connecting?
a.on("connect",()=>{ie.clearTimeout(s)}):ie.clearTimeout(s)};t.socket?i(t.socket):t.on("socket",i)};return r<2e3?(o(0),0):ie.setTimeout(o.bind(null,N0),N0)}});var $0,L0=p(()=>{Xo();$0=(t,e,r=0,o,n)=>r?ie.setTimeout(()=>{let s=`@smithy/node-http-handler - [${o?"ERROR":"WARN"}] a request has exceeded the configured ${r}\
 ms requestTimeout.`;if(o){let i=Object.assign(new Error(s),{name:"TimeoutError",code:"ETIMEDOUT"});t.destroy(i),e(i)}else s+=" Init client requestHandler with \
throwOnRequestTimeout=true to turn this into an error.",n?.warn?.(s)},r):-1});var DL,U0,F0=p(()=>{Xo();DL=3e3,U0=(t,{keepAlive:e,keepAliveMsecs:r},o=DL)=>{if(e!==!0)return-1;let n=()=>{t.socket?t.socket.setKeepAlive(e,r||0):t.on("socket",
s=>{s.setKeepAlive(e,r||0)})};return o===0?(n(),0):ie.setTimeout(n,o)}});var Mc,M0=p(()=>{Mc=t=>{let e=t?.defaultSocketTimeout;return typeof e=="number"&&Number.isFinite(e)&&e>0?e:void 0}});var kL,Yf,H0=p(()=>{Xo();kL=3e3,Yf=(t,e,r=0,o=!1)=>{if(!Number.isFinite(r)||r<=0)return;let n;t.once("response",c=>n=c);let s=()=>{if(n?.complete){t.socket?.destroy();
return}let c=Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${o?"service default socket timeout":
"configured by client requestHandler"}).`),{name:"TimeoutError"});n?.destroy(c),t.destroy(),e(c)},i=()=>{let{socket:c}=t;c?c.connecting?c.once("connect",i):(c.setTimeout(
r,s),t.on("close",()=>c.removeListener("timeout",s))):t.once("socket",i)};if(r<6e3){i();return}let a=ie.setTimeout(i,kL);t.once("close",()=>ie.clearTimeout(a))}});async function j0(t,e,r=B0,o=!1){let n=e.headers,s=n?n.Expect||n.expect:void 0,i=-1,a=!0;!o&&s==="100-continue"&&(a=await Promise.race([new Promise(c=>{i=Number(
ie.setTimeout(()=>c(!0),Math.max(B0,r)))}),new Promise(c=>{t.on("continue",()=>{ie.clearTimeout(i),c(!0)}),t.on("response",()=>{ie.clearTimeout(i),c(!1)}),t.on(
"error",()=>{ie.clearTimeout(i),c(!1)})})])),a&&$L(t,e.body)}function $L(t,e){if(e instanceof G0.Readable){e.pipe(t);return}if(e){let r=Buffer.isBuffer(e);if(r||
typeof e=="string"){r&&e.byteLength===0?t.end():t.end(e);return}let n=e;if(typeof n=="object"&&n.buffer&&typeof n.byteOffset=="number"&&typeof n.byteLength=="nu\
mber"){t.end(Buffer.from(n.buffer,n.byteOffset,n.byteLength));return}t.end(Buffer.from(e));return}t.end()}var G0,B0,z0=p(()=>{G0=require("node:stream");Xo();B0=
6e3});var Hc,V0,Ne,q0=p(()=>{k();F();C0();A0();P0();O0();k0();L0();F0();M0();H0();Xo();z0();Ne=class t{config;configProvider;socketWarningTimestamp=0;externalAgent=!1;metadata={
handlerProtocol:"http/1.1"};static create(e){return typeof e?.handle=="function"?e:new t(e)}static checkSocketUsage(e,r,o=console){let{sockets:n,requests:s,maxSockets:i}=e;
if(typeof i!="number"||i===1/0||Date.now()-15e3<r)return r;if(n&&s)for(let c in n){if(!P(n,c))continue;let l=n[c]?.length??0,u=s[c]?.length??0;if(l>=i&&u>=2*i)return o?.
warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${l} and ${u} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),Date.now()}return r}constructor(e){this.configProvider=new Promise((r,o)=>{
typeof e=="function"?e().then(n=>{r(this.resolveDefaultConfig(n))}).catch(o):r(this.resolveDefaultConfig(e))})}destroy(){this.config?.httpAgent?.destroy(),this.
config?.httpsAgent?.destroy()}async handle(e,{abortSignal:r,requestTimeout:o}={}){this.config||(this.config=await this.configProvider);let n=this.config,s=n.logger,
i=e.protocol==="https:";return!i&&!this.config.httpAgent&&(this.config.httpAgent=await this.config.httpAgentProvider()),new Promise((a,c)=>{let l,u=-1,d=-1,m=-1,
f=-1,g=()=>{ie.clearTimeout(u),ie.clearTimeout(d),ie.clearTimeout(m),ie.clearTimeout(f)},y=async z=>{await l,g(),a(z)},h=async z=>{await l,g(),c(z)};if(r?.aborted){
let z=Jf(r);h(z);return}let S=e.headers,x=S?(S.Expect??S.expect)==="100-continue":!1,v=i?n.httpsAgent:n.httpAgent;x&&!this.externalAgent&&(v=new(i?Mn.default.Agent:
Hc)({keepAlive:!1,maxSockets:1/0})),u=ie.setTimeout(()=>{this.socketWarningTimestamp=t.checkSocketUsage(v,this.socketWarningTimestamp,s)},n.socketAcquisitionWarningTimeout??
(n.requestTimeout??2e3)+(n.connectionTimeout??1e3));let b=e.query?Fm(e.query):"",L;if(e.username!=null||e.password!=null){let z=e.username??"",fr=e.password??"";
L=`${z}:${fr}`}let Y=e.path;b&&(Y+=`?${b}`),e.fragment&&(Y+=`#${e.fragment}`);let Ce=e.hostname??"";Ce[0]==="["&&Ce.endsWith("]")?Ce=e.hostname.slice(1,-1):Ce=e.
hostname;let nr={headers:e.headers,host:Ce,method:e.method,path:Y,port:e.port,agent:v,auth:L},ce=(i?Mn.default.request:V0)(nr,z=>{let fr=new Je({statusCode:z.statusCode||
-1,reason:z.statusMessage,headers:b0(z.headers),body:z});y({response:fr})});if(ce.on("error",z=>{v0.includes(z.code)?h(Object.assign(z,{name:"TimeoutError"})):h(
z)}),r){let z=()=>{ce.destroy();let fr=Jf(r);h(fr)};if(typeof r.addEventListener=="function"){let fr=r;fr.addEventListener("abort",z,{once:!0}),ce.once("close",
()=>fr.removeEventListener("abort",z))}else r.onabort=z}let ve=o??n.requestTimeout;d=D0(ce,h,n.connectionTimeout),m=$0(ce,h,ve,n.throwOnRequestTimeout,s??console);
let ct=n.socketTimeout===void 0?Mc(n):void 0;ct?Yf(ce,h,ct,!0):Yf(ce,h,n.socketTimeout);let Ke=nr.agent;typeof Ke=="object"&&"keepAlive"in Ke&&(f=U0(ce,{keepAlive:Ke.
keepAlive,keepAliveMsecs:Ke.keepAliveMsecs})),l=j0(ce,e,ve,this.externalAgent).catch(z=>(g(),c(z)))})}updateHttpClientConfig(e,r){this.config=void 0,this.configProvider=
this.configProvider.then(o=>{switch(e){case Symbol.for("logger"):e="logger",r=o.logger??r;break;case Symbol.for("@smithy/defaultSocketTimeout"):e="defaultSocket\
Timeout",r=Mc(o)??r;break}return{...o,[e]:r}})}httpHandlerConfigs(){return this.config??{}}resolveDefaultConfig(e){let{requestTimeout:r,connectionTimeout:o,socketTimeout:n,
socketAcquisitionWarningTimeout:s,httpAgent:i,httpsAgent:a,throwOnRequestTimeout:c,logger:l}=e||{},u=!0,d=50,m;return{connectionTimeout:o,requestTimeout:r,socketTimeout:n,
defaultSocketTimeout:Mc(e),socketAcquisitionWarningTimeout:s,throwOnRequestTimeout:c,httpAgentProvider:()=>m??=(async()=>{let f=await Promise.resolve().then(()=>Ur(rm())),
{Agent:g,request:y}=f.default??f;return V0=y,Hc=g,i instanceof Hc||typeof i?.destroy=="function"?(this.externalAgent=!0,i):new Hc({keepAlive:u,maxSockets:d,...i})})(),
httpsAgent:a instanceof Mn.default.Agent||typeof a?.destroy=="function"?(this.externalAgent=!0,a):new Mn.default.Agent({keepAlive:u,maxSockets:d,...a}),logger:l}}}});var mo=p(()=>{q0();k()});var LL,UL,FL,W0,K0=p(()=>{$();LL="169.254.170.2",UL="169.254.170.23",FL="[fd00:ec2::23]",W0=(t,e)=>{if(t.protocol!=="https:"&&!(t.hostname===LL||t.hostname===UL||
t.hostname===FL)){if(t.hostname.includes("[")){if(t.hostname==="[::1]"||t.hostname==="[0000:0000:0000:0000:0000:0000:0000:0001]")return}else{if(t.hostname==="lo\
calhost")return;let r=t.hostname.split("."),o=n=>{let s=parseInt(n,10);return 0<=s&&s<=255};if(r[0]==="127"&&o(r[1])&&o(r[2])&&o(r[3])&&r.length===4)return}throw new R(
`URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`,{logger:e})}}});function J0(t){return new G({protocol:t.protocol,hostname:t.hostname,port:Number(t.port),path:t.pathname,query:Array.from(t.searchParams.entries()).reduce((e,[r,
o])=>(e[r]=o,e),{}),fragment:t.hash})}async function Y0(t,e){let o=await $s(t.body).transformToString();if(t.statusCode===200){let n=JSON.parse(o);if(typeof n.AccessKeyId!=
"string"||typeof n.SecretAccessKey!="string"||typeof n.Token!="string"||typeof n.Expiration!="string")throw new R("HTTP credential provider response not of the \
required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }",{logger:e});return{accessKeyId:n.
AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.Token,expiration:hd(n.Expiration)}}if(t.statusCode>=400&&t.statusCode<500){let n={};try{n=JSON.parse(
o)}catch{}throw Object.assign(new R(`Server responded with status: ${t.statusCode}`,{logger:e}),{Code:n.Code,Message:n.Message})}throw new R(`Server responded w\
ith status: ${t.statusCode}`,{logger:e})}var X0=p(()=>{$();F();k();k()});var Q0,Z0=p(()=>{Q0=(t,e,r)=>async()=>{for(let o=0;o<e;++o)try{return await t()}catch{await new Promise(s=>setTimeout(s,r))}return await t()}});var tT,ML,HL,BL,GL,jL,rT,eT,oT=p(()=>{M();$();mo();tT=Ur(require("node:fs/promises"));K0();X0();Z0();ML="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",HL="http://169.\
254.170.2",BL="AWS_CONTAINER_CREDENTIALS_FULL_URI",GL="AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",jL="AWS_CONTAINER_AUTHORIZATION_TOKEN",rT=(t={})=>{t.logger?.debug(
"@aws-sdk/credential-provider-http - fromHttp");let e,r=t.awsContainerCredentialsRelativeUri??process.env[ML],o=t.awsContainerCredentialsFullUri??process.env[BL],
n=t.awsContainerAuthorizationToken??process.env[jL],s=t.awsContainerAuthorizationTokenFile??process.env[GL],i=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?.
warn?console.warn:t.logger.warn.bind(t.logger);if(r&&o&&(i("@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsConta\
inerCredentialsFullUri."),i("awsContainerCredentialsRelativeUri will take precedence.")),n&&s&&(i("@aws-sdk/credential-provider-http: you have set both awsConta\
inerAuthorizationToken and awsContainerAuthorizationTokenFile."),i("awsContainerAuthorizationTokenFile will take precedence.")),r)e=`${HL}${r}`;else if(o)e=o;else
throw new R(`No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`,{logger:t.logger});let a=new URL(e);W0(a,t.logger);let c=Ne.create({connectionTimeout:t.
timeout??1e3}),l=t.timeout??1e3,u=Q0(async()=>{let d=J0(a);s?d.headers.Authorization=eT((await tT.default.readFile(s)).toString()):n&&(d.headers.Authorization=eT(
n));try{let m=await c.handle(d,{requestTimeout:l});return Y0(m.response).then(f=>H(f,"CREDENTIALS_HTTP","z"))}catch(m){throw new R(String(m),{logger:t.logger})}},
t.maxRetries??3,t.timeout??1e3);return async()=>{try{return await u()}finally{c.destroy?.()}}},eT=t=>{if(t.includes(`\r
`))throw new R("Authorization token contains invalid \\r\\n sequence.");return t}});var Xf={};sr(Xf,{fromHttp:()=>rT});var Qf=p(()=>{oT()});var Bc,Zf=p(()=>{Bc=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var Hn,Gc=p(()=>{Hn="To refresh this SSO session run 'aws sso login' with the corresponding profile."});function VL(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sso-oauth",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function qL(t){return{schemeId:"smithy.api#noAuth"}}var aT,cT,pT,eg=p(()=>{we();T();aT=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});cT=t=>{let e=[];return t.operation==="CreateToken"?e.push(qL(t)):e.push(VL(t)),
e},pT=t=>{let e=lr(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??[])})}});var lT,uT,tg=p(()=>{lT=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"sso-oauth"}),
uT={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var fo,Zs=p(()=>{fo={name:"@aws-sdk/nested-clients",version:"3.998.5",description:"Nested clients for AWS SDK packages.",homepage:"https://github.com/aws/aws-sd\
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
l-dts":"0.10.1",premove:"4.0.0",typescript:"~7.0.2"},engines:{node:">=20.0.0"}}});var go,jc=p(()=>{T();X();go=class{queryCompat;errorRegistry;constructor(e=!1){this.queryCompat=e}resolveRestContentType(e,r){let o=r.getMemberSchemas(),n=Object.
values(o).find(s=>!!s.getMergedTraits().httpPayload);if(n){let s=n.getMergedTraits().mediaType;return s||(n.isStringSchema()?"text/plain":n.isBlobSchema()?"appl\
ication/octet-stream":e)}else if(!r.isUnitSchema()&&Object.values(o).find(i=>{let{httpQuery:a,httpQueryParams:c,httpHeader:l,httpLabel:u,httpPrefixHeaders:d}=i.
getMergedTraits();return!a&&!c&&!l&&!u&&d===void 0}))return e}async getErrorSchemaOrThrowBaseException(e,r,o,n,s,i){let a=e;e.includes("#")&&([,a]=e.split("#"));
let c={$metadata:s,$fault:o.statusCode<500?"client":"server"};if(!this.errorRegistry)throw new Error("@aws-sdk/core/protocols - error handler not initialized.");
try{return{errorSchema:i?.(this.errorRegistry,a)??this.errorRegistry.getSchema(e),errorMetadata:c}}catch{n.message=n.message??n.Message??"UnknownError";let u=this.
errorRegistry,d=u.getBaseException();if(d){let g=u.getErrorCtor(d)??Error;throw this.decorateServiceException(Object.assign(new g({name:a}),c),n)}let m=n,f=m?.message??
m?.Message??m?.Error?.Message??m?.Error?.message;throw this.decorateServiceException(Object.assign(new Error(f),{name:a},c),n)}}compose(e,r,o){let n=o;r.includes(
"#")&&([n]=r.split("#"));let s=Q.for(n),i=Q.for("smithy.ts.sdk.synthetic."+o);e.copyFrom(s),e.copyFrom(i),this.errorRegistry=e}decorateServiceException(e,r={}){
if(this.queryCompat){let o=e.Message??r.Message,n=Ta(e,r);o&&(n.message=o);let s=n.Error??{};s.Type=n.Error?.Type,s.Code=n.Error?.Code,s.Message=n.Error?.message??
n.Error?.Message??o,n.Error=s;let i=n.$metadata.requestId;return i&&(n.RequestId=i),n}return Ta(e,r)}setQueryCompatError(e,r){let o=r.headers?.["x-amzn-query-er\
ror"];if(e!==void 0&&o!=null){let[n,s]=o.split(";"),i=Object.keys(e),a={Code:n,Type:s};e.Code=n,e.Type=s;for(let c=0;c<i.length;c++){let l=i[c];a[l==="message"?
"Message":l]=e[l]}delete a.__type,e.Error=a}}queryCompatOutput(e,r){e.Error&&(r.Error=e.Error),e.Type&&(r.Type=e.Type),e.Code&&(r.Code=e.Code)}findQueryCompatibleError(e,r){
try{return e.getSchema(r)}catch{return e.find(n=>U.of(n).getMergedTraits().awsQueryError?.[0]===r)}}}});var zc,dT=p(()=>{F();X();jc();zc=class extends zo{serializer;deserializer;serviceTarget;codec;mixin;awsQueryCompatible;constructor({defaultNamespace:e,errorTypeRegistries:r,
serviceTarget:o,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,errorTypeRegistries:r}),this.serviceTarget=o,this.codec=s??new Wo({timestampFormat:{
useTrait:!0,default:7},jsonName:!1}),this.serializer=this.codec.createSerializer(),this.deserializer=this.codec.createDeserializer(),this.awsQueryCompatible=!!n,
this.mixin=new go(this.awsQueryCompatible)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,o);return n.path.endsWith("/")||(n.path+="/"),n.
headers["content-type"]=`application/x-amz-json-${this.getJsonRpcVersion()}`,n.headers["x-amz-target"]=`${this.serviceTarget}.${e.name}`,this.awsQueryCompatible&&
(n.headers["x-amzn-query-mode"]="true"),(Gr(e.input)==="unit"||!n.body)&&(n.body="{}"),n}getPayloadCodec(){return this.codec}async handleError(e,r,o,n,s){let{awsQueryCompatible:i}=this;
i&&this.mixin.setQueryCompatError(n,o);let a=Wm(o,n,i)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,a,this.options.defaultNamespace);let{errorSchema:c,
errorMetadata:l}=await this.mixin.getErrorSchemaOrThrowBaseException(a,this.options.defaultNamespace,o,n,s,i?this.mixin.findQueryCompatibleError:void 0),u=U.of(
c),d=n.message??n.Message??"UnknownError",m=this.compositeErrorRegistry.getErrorCtor(c)??Error,f=new m({}),g={},y=this.codec.createDeserializer();for(let[h,S]of u.
structIterator())n[h]!=null&&(g[h]=y.readObject(S,n[h]));throw i&&this.mixin.queryCompatOutput(n,g),this.mixin.decorateServiceException(Object.assign(f,l,{$fault:u.
getMergedTraits().error,message:d},g),n)}}});var Qo,mT=p(()=>{dT();Qo=class extends zc{constructor({defaultNamespace:e,errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,
errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:s})}getShapeId(){return"aws.protocols#awsJson1_1"}getJsonRpcVersion(){return"1.1"}getDefaultContentType(){
return"application/x-amz-json-1.1"}}});var qr,fT=p(()=>{F();X();jc();qr=class extends Us{serializer;deserializer;codec;mixin=new go;constructor({defaultNamespace:e,errorTypeRegistries:r,jsonCodec:o}){
super({defaultNamespace:e,errorTypeRegistries:r});let n={timestampFormat:{useTrait:!0,default:7},httpBindings:!0,jsonName:!0};this.codec=o??new Wo(n),this.serializer=
new Ms(this.codec.createSerializer(),n),this.deserializer=new Fs(this.codec.createDeserializer(),n)}getShapeId(){return"aws.protocols#restJson1"}getPayloadCodec(){
return this.codec}setSerdeContext(e){this.codec.setSerdeContext(e),super.setSerdeContext(e)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,
o),s=U.of(e.input);if(!n.headers["content-type"]){let i=this.mixin.resolveRestContentType(this.getDefaultContentType(),s);i&&(n.headers["content-type"]=i)}return n.
body==null&&n.headers["content-type"]===this.getDefaultContentType()&&(n.body="{}"),n}async deserializeResponse(e,r,o){let n=await super.deserializeResponse(e,r,
o),s=U.of(e.output);for(let[i,a]of s.structIterator())a.getMemberTraits().httpPayload&&!(i in n)&&(n[i]=null);return n}async handleError(e,r,o,n,s){let i=qm(o,n)??
"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let{errorSchema:a,errorMetadata:c}=await this.mixin.getErrorSchemaOrThrowBaseException(
i,this.options.defaultNamespace,o,n,s),l=U.of(a),u=n.message??n.Message??"UnknownError",d=this.compositeErrorRegistry.getErrorCtor(a)??Error,m=new d({});await this.
deserializeHttpMessage(a,r,o,n);let f={},g=this.codec.createDeserializer();for(let[y,h]of l.structIterator()){let S=h.getMergedTraits().jsonName??y;f[y]=g.readObject(
h,n[S])}throw this.mixin.decorateServiceException(Object.assign(m,c,{$fault:l.getMergedTraits().error,message:u},f),n)}getDefaultContentType(){return"applicatio\
n/json"}}});function rg(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}function ng(t){return new og(t).parse()}var og,gT=p(
()=>{og=class t{x;i=0;z;constructor(e){this.x=e,this.x=e.replace(/\r\n?/g,`
`),this.z=this.x.length}parse(){let e=this,{z:r}=e;for(;e.i<r&&(e.trim(),!(e.i>=r));)if(e.isNext("<?"))e.readTo("?>"),e.trim();else if(e.isNext("<!--"))e.readTo(
"-->"),e.trim();else if(e.isNext("<!DOCTYPE",!1))e.skipDoctype(),e.trim();else if(e.x[e.i]==="<"){let o=e.parseTag();return{[o.tag]:o.value}}else throw new Error(
"@aws-sdk XML parse error: unexpected content.");throw new Error("@aws-sdk XML parse error: no root element.")}isNext(e,r=!0){let o=this;return r?o.x.startsWith(
e,o.i):o.x.toLowerCase().startsWith(e.toLowerCase(),o.i)}readTo(e){let r=this,o=r.x.indexOf(e,r.i);if(o===-1)throw new Error(`@aws-sdk XML parse error: expected\
 "${e}" not found.`);let n=r.x.slice(r.i,o);return r.i=o+e.length,n}trim(){let e=this;for(;e.i<e.z&&` 	\r
`.includes(e.x[e.i]);)++e.i}readAttrValue(){let e=this,r=e.x[e.i];++e.i;let o="";for(;e.i<e.z&&e.x[e.i]!==r;)o+=e.x[e.i++];return++e.i,e.decodeEntities(o)}parseTag(){
let e=this;++e.i;let r="";for(;e.i<e.z&&!` 	\r
>/`.includes(e.x[e.i]);)r+=e.x[e.i++];let o=!1,n={};for(;e.i<e.z&&(e.trim(),!">/".includes(e.x[e.i]));){let u="";for(;e.i<e.z&&!`= 	\r
>/?`.includes(e.x[e.i]);)u+=e.x[e.i++];if(e.trim(),e.x[e.i]!=="=")break;++e.i,e.trim(),u==="__proto__"&&rg(n),n[u]=e.readAttrValue(),o=!0}if(e.i>=e.z)throw new Error(
"@aws-sdk XML parse error: unexpected end of input.");if(e.x[e.i]==="/"){if(++e.i,e.i>=e.z||e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected >\
 at the end of self-closing tag.");return++e.i,{tag:r,value:o?n:""}}if(e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected > at the end of openin\
g tag.");++e.i;let s=[],i=[],a=!1;for(;e.i<e.z&&!e.isNext("</");)if(e.x[e.i]==="<")e.isNext("<!--")?e.readTo("-->"):e.isNext("<![CDATA[")?(e.i+=9,s.push(e.readTo(
"]]>"))):e.isNext("<?")?e.readTo("?>"):(a=!0,i.push(e.parseTag()));else{let u="";for(;e.i<e.z&&e.x[e.i]!=="<";)u+=e.x[e.i++];s.push(e.decodeEntities(u))}if(!e.isNext(
"</"))throw new Error(`@aws-sdk XML parse error: missing closing tag </${r}>.`);e.i+=2;let c=e.readTo(">").trim();if(c!==r)throw new Error(`@aws-sdk XML parse e\
rror: mismatched tags <${r}> and </${c}>.`);if(!o&&s.length===0&&!a)return{tag:r,value:""};if(!o&&!a){let u=s.length===1?s[0]:s.join("");return u.trim()===""&&u.
includes(`
`)?{tag:r,value:""}:{tag:r,value:u}}let l={};for(let u of s)u.trim()===""&&u.includes(`
`)||(l["#text"]="#text"in l?l["#text"]+u:u);for(let u of i)u.tag==="__proto__"&&rg(l),u.tag in l?Array.isArray(l[u.tag])?l[u.tag].push(u.value):l[u.tag]=[l[u.tag],
u.value]:l[u.tag]=u.value;for(let[u,d]of Object.entries(n))u==="__proto__"&&rg(l),l[u]=d;return{tag:r,value:l}}static ENTITIES={amp:"&",lt:"<",gt:">",quot:'"',apos:"\
'"};skipDoctype(){let e=this;e.i+=9;let r=0;for(;e.i<e.z;){let o=e.x[e.i];if(o==="[")++r;else if(o==="]")--r;else if(o===">"&&r===0){++e.i;return}++e.i}throw new Error(
"@aws-sdk XML parse error: unclosed DOCTYPE.")}decodeEntities(e){return e.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g,(r,o,n,s)=>o?
String.fromCharCode(parseInt(o,16)):n?String.fromCharCode(parseInt(n,10)):t.ENTITIES[s]??"")}}});var hT=p(()=>{gT()});var Bn,sg=p(()=>{Bn=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var Vc,yT=p(()=>{Vc=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function ET(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var xT=p(()=>{});var qc,ST=p(()=>{hT();T();F();X();k();sg();yT();xT();qc=class extends Bn{settings;stringDeserializer;constructor(e){super(),this.settings=e,this.stringDeserializer=
new Vo(e)}setSerdeContext(e){this.serdeContext=e,this.stringDeserializer.setSerdeContext(e)}read(e,r,o){let n=U.of(e),s=n.getMemberSchemas();if(n.isStructSchema()&&
n.isMemberSchema()&&!!Object.values(s).find(l=>!!l.getMemberTraits().eventPayload)){let l={},u=Object.keys(s)[0];return s[u].isBlobSchema()?l[u]=r:l[u]=this.read(
s[u],r),l}let a=(this.serdeContext?.utf8Encoder??Z)(r),c=this.parseXml(a);return this.readSchema(e,o?c[o]:c)}readSchema(e,r){let o=U.of(e);if(o.isUnitSchema())return;
let n=o.getMergedTraits();if(o.isListSchema()&&!Array.isArray(r))return this.readSchema(o,[r]);if(r==null)return r;if(typeof r=="object"){let s=!!n.xmlFlattened;
if(o.isListSchema()){let a=o.getValueSchema(),c=[],l=a.getMergedTraits().xmlName??"member",u=s?r:(r[0]??r)[l];if(u==null)return c;let d=Array.isArray(u)?u:[u];for(let m of d)
c.push(this.readSchema(a,m));return c}let i={};if(o.isMapSchema()){let a=o.getKeySchema(),c=o.getValueSchema(),l;s?l=Array.isArray(r)?r:[r]:l=Array.isArray(r.entry)?
r.entry:[r.entry];let u=a.getMergedTraits().xmlName??"key",d=c.getMergedTraits().xmlName??"value";for(let m of l){let f=m[u],g=m[d];f==="__proto__"&&ET(i),i[f]=
this.readSchema(c,g)}return i}if(o.isStructSchema()){let a=o.isUnionSchema(),c;a&&(c=new Vc(r,i));for(let[l,u]of o.structIterator()){let d=u.getMergedTraits(),m=d.
httpPayload?d.xmlName??u.getName():u.getMemberTraits().xmlName??l;a&&c.mark(m),r[m]!=null&&(i[l]=this.readSchema(u,r[m]))}return a&&c.writeUnknown(),i}if(o.isDocumentSchema())
return r;throw new Error(`@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${o.getName(!0)}`)}return o.isListSchema()?[]:o.isMapSchema()||o.
isStructSchema()?{}:this.stringDeserializer.read(o,r)}parseXml(e){if(e.length){let r;try{r=ng(e)}catch(i){throw i&&typeof i=="object"&&Object.defineProperty(i,"\
$responseBodyText",{value:e}),i}let o="#text",n=Object.keys(r)[0],s=r[n];return s[o]&&(s[n]=s[o],delete s[o]),Ca(s)}return{}}}});var Wc,RT=p(()=>{F();X();k();k();sg();Wc=class extends Bn{settings;buffer;constructor(e){super(),this.settings=e}write(e,r,o=""){this.buffer===void 0&&(this.buffer=
"");let n=U.of(e);if(o&&!o.endsWith(".")&&(o+="."),n.isBlobSchema())(typeof r=="string"||r instanceof Uint8Array)&&(this.writeKey(o),this.writeValue((this.serdeContext?.
base64Encoder??me)(r)));else if(n.isBooleanSchema()||n.isNumericSchema()||n.isStringSchema())r!=null?(this.writeKey(o),this.writeValue(String(r))):n.isIdempotencyToken()&&
(this.writeKey(o),this.writeValue(Nn()));else if(n.isBigIntegerSchema())r!=null&&(this.writeKey(o),this.writeValue(String(r)));else if(n.isBigDecimalSchema())r!=
null&&(this.writeKey(o),this.writeValue(r instanceof Re?r.string:String(r)));else if(n.isTimestampSchema()){if(r instanceof Date)switch(this.writeKey(o),qo(n,this.
settings)){case 5:this.writeValue(r.toISOString().replace(".000Z","Z"));break;case 6:this.writeValue(Uo(r));break;case 7:this.writeValue(String(r.getTime()/1e3));
break}}else if(n.isDocumentSchema())Array.isArray(r)?this.write(79,r,o):r instanceof Date?this.write(4,r,o):r instanceof Uint8Array?this.write(21,r,o):r&&typeof r==
"object"?this.write(143,r,o):(this.writeKey(o),this.writeValue(String(r)));else if(n.isListSchema()){if(Array.isArray(r))if(r.length===0)this.settings.serializeEmptyLists&&
(this.writeKey(o),this.writeValue(""));else{let s=n.getValueSchema(),i=this.settings.flattenLists||n.getMergedTraits().xmlFlattened,a=1;for(let c of r){if(c==null)
continue;let l=s.getMergedTraits(),u=this.getKey("member",l.xmlName,l.ec2QueryName),d=i?`${o}${a}`:`${o}${u}.${a}`;this.write(s,c,d),++a}}}else if(n.isMapSchema()){
if(r&&typeof r=="object"){let s=n.getKeySchema(),i=n.getValueSchema(),a=n.getMergedTraits().xmlFlattened,c=1;for(let l in r){let u=r[l];if(u==null)continue;let d=s.
getMergedTraits(),m=this.getKey("key",d.xmlName,d.ec2QueryName),f=a?`${o}${c}.${m}`:`${o}entry.${c}.${m}`,g=i.getMergedTraits(),y=this.getKey("value",g.xmlName,
g.ec2QueryName),h=a?`${o}${c}.${y}`:`${o}entry.${c}.${y}`;this.write(s,l,f),this.write(i,u,h),++c}}}else if(n.isStructSchema()){if(r&&typeof r=="object"){let s=!1;
for(let[i,a]of n.structIterator()){if(r[i]==null&&!a.isIdempotencyToken())continue;let c=a.getMergedTraits(),l=this.getKey(i,c.xmlName,c.ec2QueryName,"struct"),
u=`${o}${l}`;this.write(a,r[i],u),s=!0}if(!s&&n.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i,l=`${o}${a}`;this.write(15,c,l)}}}}else if(!n.
isUnitSchema())throw new Error(`@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${n.getName(!0)}`)}flush(){if(this.buffer===void 0)throw new Error(
"@aws-sdk/core/protocols - QuerySerializer cannot flush with nothing written to buffer.");let e=this.buffer;return delete this.buffer,e}getKey(e,r,o,n){let{ec2:s,
capitalizeKeys:i}=this.settings;if(s&&o)return o;let a=r??e;return i&&n==="struct"?a[0].toUpperCase()+a.slice(1):a}writeKey(e){e.endsWith(".")&&(e=e.slice(0,e.length-
1)),this.buffer+=`&${Go(e)}=`}writeValue(e){this.buffer+=Go(e)}}});var ei,_T=p(()=>{F();X();jc();ST();RT();ei=class extends zo{options;serializer;deserializer;mixin=new go;constructor(e){super({defaultNamespace:e.defaultNamespace,
errorTypeRegistries:e.errorTypeRegistries}),this.options=e;let r={timestampFormat:{useTrait:!0,default:5},httpBindings:!1,xmlNamespace:e.xmlNamespace,serviceNamespace:e.
defaultNamespace,serializeEmptyLists:!0};this.serializer=new Wc(r),this.deserializer=new qc(r)}getShapeId(){return"aws.protocols#awsQuery"}setSerdeContext(e){this.
serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e)}getPayloadCodec(){throw new Error("AWSQuery protocol has no payload codec.")}async serializeRequest(e,r,o){
let n=await super.serializeRequest(e,r,o);n.path.endsWith("/")||(n.path+="/"),n.headers["content-type"]="application/x-www-form-urlencoded",(Gr(e.input)==="unit"||
!n.body)&&(n.body="");let s=e.name.split("#")[1]??e.name;return n.body=`Action=${s}&Version=${this.options.version}`+n.body,n.body.endsWith("&")&&(n.body=n.body.
slice(-1)),n}async deserializeResponse(e,r,o){let n=this.deserializer,s=U.of(e.output),i={};if(o.statusCode>=300){let u=await ze(o.body,r);u.byteLength>0&&Object.
assign(i,await n.read(15,u)),await this.handleError(e,r,o,i,this.deserializeMetadata(o))}for(let u in o.headers){let d=o.headers[u];delete o.headers[u],o.headers[u.
toLowerCase()]=d}let a=e.name.split("#")[1]??e.name,c=s.isStructSchema()&&this.useNestedResult()?a+"Result":void 0,l=await ze(o.body,r);return l.byteLength>0&&Object.
assign(i,await n.read(s,l,c)),i.$metadata=this.deserializeMetadata(o),i}useNestedResult(){return!0}async handleError(e,r,o,n,s){let i=this.loadQueryErrorCode(o,
n)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let a=this.loadQueryError(n)??{},c=this.loadQueryErrorMessage(n);a.
message=c,a.Error={Type:a.Type,Code:a.Code,Message:c};let{errorSchema:l,errorMetadata:u}=await this.mixin.getErrorSchemaOrThrowBaseException(i,this.options.defaultNamespace,
o,a,s,this.mixin.findQueryCompatibleError),d=U.of(l),m=this.compositeErrorRegistry.getErrorCtor(l)??Error,f=new m({}),g={Type:a.Error.Type,Code:a.Error.Code,Error:a.
Error};for(let[y,h]of d.structIterator()){let S=h.getMergedTraits().xmlName??y,x=a[S]??n[S];g[y]=this.deserializer.readSchema(h,x)}throw this.mixin.decorateServiceException(
Object.assign(f,u,{$fault:d.getMergedTraits().error,message:c},g),n)}loadQueryErrorCode(e,r){let o=(r.Errors?.[0]?.Error??r.Errors?.Error??r.Error)?.Code;if(o!==
void 0)return o;if(e.statusCode==404)return"NotFound"}loadQueryError(e){return e.Errors?.[0]?.Error??e.Errors?.Error??e.Error}loadQueryErrorMessage(e){let r=this.
loadQueryError(e);return r?.message??r?.Message??e.message??e.Message??"Unknown"}getDefaultContentType(){return"application/x-www-form-urlencoded"}}});var Zo=p(()=>{mT();fT();_T()});var De,wT,KL,Kc,IT,JL,TT=p(()=>{k();De=64,wT=32,KL=2**53-1,Kc=class t{digestLength=wT;state=Int32Array.from(IT);w;buffer=new Uint8Array(64);bufferLength=0;bytesHashed=0;finished=!1;inner;outer;constructor(e){
if(e){let r=t.normalizeKey(e);this.inner=new t,this.outer=new t;let{inner:o,outer:n}=this,s=new Uint8Array(De*2);for(let i=0;i<De;++i)s[i]=54^r[i],s[i+De]=92^r[i];
o.update(s.subarray(0,De)),n.update(s.subarray(De))}}update(e){if(this.finished)throw new Error("Attempted to update an already finished HMAC.");if(this.inner){
this.inner.update(e);return}let r=vt(e),o=0,{byteLength:n}=r;if(this.bytesHashed+=n,this.bytesHashed*8>KL)throw new Error("Cannot hash more than 2^53 - 1 bits");
for(;n>0;)this.buffer[this.bufferLength++]=r[o++],n--,this.bufferLength===De&&(this.hashBuffer(),this.bufferLength=0)}async digest(){let{inner:e,outer:r}=this;if(e&&
r){if(this.finished)throw new Error("Attempted to digest an already finished HMAC.");this.finished=!0;let o=e.digestSync();return r.update(o),r.digestSync()}return this.
digestSync()}reset(){this.state=Int32Array.from(IT),this.buffer=new Uint8Array(64),this.bufferLength=0,this.bytesHashed=0}digestSync(){let e=this.state.slice(),
r=this.buffer.slice(),o=this.bufferLength,n=this.bytesHashed*8,s=new DataView(r.buffer,r.byteOffset,r.byteLength);if(s.setUint8(o++,128),(o-1)%De>=De-8){for(let a=o;a<
De;++a)s.setUint8(a,0);this.hashBufferWith(e,r),o=0}for(let a=o;a<De-8;++a)s.setUint8(a,0);s.setUint32(De-8,Math.floor(n/4294967296),!1),s.setUint32(De-4,n,!1),
this.hashBufferWith(e,r);let i=new Uint8Array(wT);for(let a=0;a<8;++a)i[a*4]=e[a]>>>24&255,i[a*4+1]=e[a]>>>16&255,i[a*4+2]=e[a]>>>8&255,i[a*4+3]=e[a]>>>0&255;return i}static normalizeKey(e){
let r=vt(e);if(r.byteLength>De){let o=new t;o.update(r);let n=o.digestSync(),s=new Uint8Array(De);return s.set(n),s}if(r.byteLength<De){let o=new Uint8Array(De);
return o.set(r),o}return r}hashBuffer(){this.hashBufferWith(this.state,this.buffer)}hashBufferWith(e,r){let o=this.w??=new Int32Array(64),n=e[0],s=e[1],i=e[2],a=e[3],
c=e[4],l=e[5],u=e[6],d=e[7];for(let m=0;m<De;++m){if(m<16)o[m]=(r[m*4]&255)<<24|(r[m*4+1]&255)<<16|(r[m*4+2]&255)<<8|r[m*4+3]&255;else{let y=o[m-2],h=(y>>>17|y<<
15)^(y>>>19|y<<13)^y>>>10;y=o[m-15];let S=(y>>>7|y<<25)^(y>>>18|y<<14)^y>>>3;o[m]=(h+o[m-7]|0)+(S+o[m-16]|0)}let f=(((c>>>6|c<<26)^(c>>>11|c<<21)^(c>>>25|c<<7))+
(c&l^~c&u)|0)+(d+(JL[m]+o[m]|0)|0)|0,g=((n>>>2|n<<30)^(n>>>13|n<<19)^(n>>>22|n<<10))+(n&s^n&i^s&i)|0;d=u,u=l,l=c,c=a+f|0,a=i,i=s,s=n,n=f+g|0}e[0]+=n,e[1]+=s,e[2]+=
i,e[3]+=a,e[4]+=c,e[5]+=l,e[6]+=u,e[7]+=d}},IT=new Int32Array([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]),JL=new Int32Array(
[1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,
3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,
113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,
3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,
2756734187,3204031479,3329325298])});function XL(){return class{digestLength=32;secret;hash;isHmac;finished=!1;constructor(e){this.secret=e,this.isHmac=!!e,this.hash=this.createHash()}update(e){if(this.
finished)throw new Error("Attempted to update an already finished hash.");this.hash.update(e)}async digest(){let e;return this.isHmac?(this.finished=!0,e=this.hash.
digest()):e=this.hash.copy().digest(),new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}reset(){this.hash=this.createHash(),this.finished=!1}createHash(){return this.
secret?(0,ti.createHmac)("sha256",QL(this.secret)):(0,ti.createHash)("sha256")}}}function QL(t){return typeof t=="string"?t:ArrayBuffer.isView(t)?Buffer.from(t.
buffer,t.byteOffset,t.byteLength):Buffer.from(t)}var ti,YL,gt,CT=p(()=>{ti=require("node:crypto");TT();YL=(()=>{try{return(0,ti.createHash)("sha256"),!0}catch{return!1}})(),
gt=YL?XL():Kc});var en=p(()=>{CT()});var ri,tn,Jc,vT,OT,Yc,ig,AT,ag,Gn,bT,PT,ZL,ht,e1,NT,DT=p(()=>{W();ri="ref",tn=-1,Jc=!0,vT="isSet",OT="PartitionResult",Yc="booleanEquals",ig="getAttr",AT={[ri]:"\
Endpoint"},ag={[ri]:OT},Gn={},bT=[{[ri]:"Region"}],PT={conditions:[[vT,[AT]],[vT,bT],["aws.partition",bT,OT],[Yc,[{[ri]:"UseFIPS"},Jc]],[Yc,[{[ri]:"UseDualStack"},
Jc]],[Yc,[{fn:ig,argv:[ag,"supportsDualStack"]},Jc]],[Yc,[{fn:ig,argv:[ag,"supportsFIPS"]},Jc]],["stringEquals",[{fn:ig,argv:[ag,"name"]},"aws-us-gov"]]],results:[
[tn],[tn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[tn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[AT,
Gn],["https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Gn],[tn,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://oidc.{Region}.amazonaws.com",Gn],["https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}",Gn],[tn,"FIPS is enabled but this partition does not suppor\
t FIPS"],["https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}",Gn],[tn,"DualStack is enabled but this partition does not support DualStack"],["https://o\
idc.{Region}.{PartitionResult#dnsSuffix}",Gn],[tn,"Invalid Configuration: Missing Region"]]},ZL=2,ht=1e8,e1=new Int32Array([-1,1,-1,0,13,3,1,4,ht+12,2,5,ht+12,3,
8,6,4,7,ht+11,5,ht+9,ht+10,4,11,9,6,10,ht+8,7,ht+6,ht+7,5,12,ht+5,6,ht+4,ht+5,3,ht+1,14,4,ht+2,ht+3]),NT=rt.from(e1,ZL,PT.conditions,PT.results)});var t1,kT,$T=p(()=>{M();W();DT();t1=new ot({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),kT=(t,e={})=>t1.get(t,()=>Ht(NT,{endpointParams:t,logger:e.
logger}));Pe.aws=mt});var Te,Xc=p(()=>{T();Te=class t extends et{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException";constructor(e){super(e),Object.
setPrototypeOf(this,t.prototype)}}});var oi,ni,si,ii,ai,ci,pi,li,ui,di,mi,cg=p(()=>{Xc();oi=class t extends Te{static shapeId="com.amazonaws.ssooidc#AccessDeniedException";name="AccessDeniedExcepti\
on";$fault="client";error;reason;error_description;constructor(e){super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},ni=class t extends Te{static shapeId="com.amazonaws.ssooidc#AuthorizationPe\
ndingException";name="AuthorizationPendingException";$fault="client";error;error_description;constructor(e){super({name:"AuthorizationPendingException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},si=class t extends Te{static shapeId="com\
.amazonaws.ssooidc#ExpiredTokenException";name="ExpiredTokenException";$fault="client";error;error_description;constructor(e){super({name:"ExpiredTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ii=class t extends Te{static shapeId="\
com.amazonaws.ssooidc#InternalServerException";name="InternalServerException";$fault="server";error;error_description;constructor(e){super({name:"InternalServer\
Exception",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ai=class t extends Te{static shapeId="\
com.amazonaws.ssooidc#InvalidClientException";name="InvalidClientException";$fault="client";error;error_description;constructor(e){super({name:"InvalidClientExc\
eption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ci=class t extends Te{static shapeId="\
com.amazonaws.ssooidc#InvalidGrantException";name="InvalidGrantException";$fault="client";error;error_description;constructor(e){super({name:"InvalidGrantExcept\
ion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},pi=class t extends Te{static shapeId="\
com.amazonaws.ssooidc#InvalidRequestException";name="InvalidRequestException";$fault="client";error;reason;error_description;constructor(e){super({name:"Invalid\
RequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},
li=class t extends Te{static shapeId="com.amazonaws.ssooidc#InvalidScopeException";name="InvalidScopeException";$fault="client";error;error_description;constructor(e){
super({name:"InvalidScopeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},
ui=class t extends Te{static shapeId="com.amazonaws.ssooidc#SlowDownException";name="SlowDownException";$fault="client";error;error_description;constructor(e){super(
{name:"SlowDownException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},di=class t extends Te{static shapeId="\
com.amazonaws.ssooidc#UnauthorizedClientException";name="UnauthorizedClientException";$fault="client";error;error_description;constructor(e){super({name:"Unauth\
orizedClientException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},mi=class t extends Te{static shapeId="\
com.amazonaws.ssooidc#UnsupportedGrantTypeException";name="UnsupportedGrantTypeException";$fault="client";error;error_description;constructor(e){super({name:"Un\
supportedGrantTypeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}}});var r1,o1,n1,s1,i1,a1,c1,p1,l1,u1,d1,m1,f1,g1,h1,y1,E1,x1,S1,R1,$r,_1,w1,I1,T1,C1,de,v1,_r,A1,b1,wr,P1,LT,UT,O1,FT,N1,D1,k1,he,MT,HT,ur,BT,GT,jT,zT,VT,qT,WT,KT,
JT,YT,XT,pg,$1,L1,U1,F1,QT,ZT,eC,lg,Qc=p(()=>{X();cg();Xc();r1="AccessDeniedException",o1="AuthorizationPendingException",n1="AccessToken",s1="ClientSecret",i1=
"CreateToken",a1="CreateTokenRequest",c1="CreateTokenResponse",p1="CodeVerifier",l1="ExpiredTokenException",u1="InvalidClientException",d1="InvalidGrantExceptio\
n",m1="InvalidRequestException",f1="InternalServerException",g1="InvalidScopeException",h1="IdToken",y1="RefreshToken",E1="SlowDownException",x1="UnauthorizedCl\
ientException",S1="UnsupportedGrantTypeException",R1="accessToken",$r="client",_1="clientId",w1="clientSecret",I1="codeVerifier",T1="code",C1="deviceCode",de="e\
rror",v1="expiresIn",_r="error_description",A1="grantType",b1="http",wr="httpError",P1="idToken",LT="reason",UT="refreshToken",O1="redirectUri",FT="smithy.ts.sd\
k.synthetic.com.amazonaws.ssooidc",N1="scope",D1="server",k1="tokenType",he="com.amazonaws.ssooidc",MT=new Q(FT),HT=[-3,FT,"SSOOIDCServiceException",0,[],[]];MT.
registerError(HT,Te);ur=new Q(he),BT=[-3,he,r1,{[de]:$r,[wr]:400},[de,LT,_r],[0,0,0]];ur.registerError(BT,oi);GT=[-3,he,o1,{[de]:$r,[wr]:400},[de,_r],[0,0]];ur.
registerError(GT,ni);jT=[-3,he,l1,{[de]:$r,[wr]:400},[de,_r],[0,0]];ur.registerError(jT,si);zT=[-3,he,f1,{[de]:D1,[wr]:500},[de,_r],[0,0]];ur.registerError(zT,ii);
VT=[-3,he,u1,{[de]:$r,[wr]:401},[de,_r],[0,0]];ur.registerError(VT,ai);qT=[-3,he,d1,{[de]:$r,[wr]:400},[de,_r],[0,0]];ur.registerError(qT,ci);WT=[-3,he,m1,{[de]:$r,
[wr]:400},[de,LT,_r],[0,0,0]];ur.registerError(WT,pi);KT=[-3,he,g1,{[de]:$r,[wr]:400},[de,_r],[0,0]];ur.registerError(KT,li);JT=[-3,he,E1,{[de]:$r,[wr]:400},[de,
_r],[0,0]];ur.registerError(JT,ui);YT=[-3,he,x1,{[de]:$r,[wr]:400},[de,_r],[0,0]];ur.registerError(YT,di);XT=[-3,he,S1,{[de]:$r,[wr]:400},[de,_r],[0,0]];ur.registerError(
XT,mi);pg=[MT,ur],$1=[0,he,n1,8,0],L1=[0,he,s1,8,0],U1=[0,he,p1,8,0],F1=[0,he,h1,8,0],QT=[0,he,y1,8,0],ZT=[3,he,a1,0,[_1,w1,A1,C1,T1,UT,N1,O1,I1],[0,[()=>L1,0],
0,0,0,[()=>QT,0],64,0,[()=>U1,0]],3],eC=[3,he,c1,0,[R1,k1,v1,UT,P1],[[()=>$1,0],0,1,[()=>QT,0],[()=>F1,0]]],lg=[9,he,i1,{[b1]:["POST","/token",200]},()=>ZT,()=>eC]});var tC,rC=p(()=>{we();Zo();st();en();T();F();k();eg();$T();Qc();tC=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??kT,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
cT,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new nt}],logger:t?.logger??new _e,protocol:t?.protocol??qr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.ssooidc",errorTypeRegistries:pg,version:"2019-06-10",serviceTarget:"AWSSSOOIDCService"},serviceId:t?.serviceId??
"SSO OIDC",sha256:t?.sha256??gt,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??Z})});var oC,nC=p(()=>{Zs();M();we();T();$();dt();k();mo();rC();oC=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Dt),o=tC(t);Tt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ft,n),bodyLengthChecker:t?.bodyLengthChecker??
Ct,defaultSocketTimeout:yr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:fo.version}),maxAttempts:t?.
maxAttempts??_(Yt,t),region:t?.region??_(be,{...tt,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Qt,default:async()=>(await r()).
retryMode||it},t),streamCollector:t?.streamCollector??je,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Ot,n),userAgentAppId:t?.
userAgentAppId??_(tr,n)}}});var sC,iC,aC=p(()=>{sC=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},iC=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var cC,pC=p(()=>{M();T();F();aC();cC=(t,e)=>{let r=Object.assign(rr(t),$t(t),Bt(t),sC(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),Gt(r),
iC(r))}});var fi,ug=p(()=>{M();st();T();$();W();F();dt();X();eg();tg();nC();pC();fi=class extends Ie{config;constructor(...[e]){let r=oC(e||{});super(r),this.initConfig=r;
let o=lT(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=ar(a),l=pT(c),u=cC(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(
Zt(this.config)),this.middlewareStack.use(pr(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:aT,identityProviderConfigProvider:async d=>new Ve(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(ut(this.config))}destroy(){super.destroy()}}});var lC,uC,dC,mC=p(()=>{T();W();tg();lC=Ut(uT,"AWSSSOOIDCService","SSOOIDCClient",cr),uC={},dC=(t,e,r,o)=>[]});var gi,dg=p(()=>{mC();Qc();gi=class extends lC(uC,dC,"CreateToken",lg){}});var M1,Zc,fC=p(()=>{T();dg();ug();M1={CreateTokenCommand:gi},Zc=class extends fi{};jr(M1,Zc)});var gC=p(()=>{dg()});var H1,B1,hC=p(()=>{H1={KMS_ACCESS_DENIED:"KMS_AccessDeniedException"},B1={KMS_DISABLED_KEY:"KMS_DisabledException",KMS_INVALID_KEY_USAGE:"KMS_InvalidKeyUsageEx\
ception",KMS_INVALID_STATE:"KMS_InvalidStateException",KMS_KEY_NOT_FOUND:"KMS_NotFoundException"}});var yC=p(()=>{});var mg={};sr(mg,{$Command:()=>ir,AccessDeniedException:()=>oi,AccessDeniedException$:()=>BT,AccessDeniedExceptionReason:()=>H1,AuthorizationPendingException:()=>ni,
AuthorizationPendingException$:()=>GT,CreateToken$:()=>lg,CreateTokenCommand:()=>gi,CreateTokenRequest$:()=>ZT,CreateTokenResponse$:()=>eC,ExpiredTokenException:()=>si,
ExpiredTokenException$:()=>jT,InternalServerException:()=>ii,InternalServerException$:()=>zT,InvalidClientException:()=>ai,InvalidClientException$:()=>VT,InvalidGrantException:()=>ci,
InvalidGrantException$:()=>qT,InvalidRequestException:()=>pi,InvalidRequestException$:()=>WT,InvalidRequestExceptionReason:()=>B1,InvalidScopeException:()=>li,InvalidScopeException$:()=>KT,
SSOOIDC:()=>Zc,SSOOIDCClient:()=>fi,SSOOIDCServiceException:()=>Te,SSOOIDCServiceException$:()=>HT,SlowDownException:()=>ui,SlowDownException$:()=>JT,UnauthorizedClientException:()=>di,
UnauthorizedClientException$:()=>YT,UnsupportedGrantTypeException:()=>mi,UnsupportedGrantTypeException$:()=>XT,__Client:()=>Ie,errorTypeRegistries:()=>pg});var fg=p(
()=>{ug();fC();gC();T();Qc();hC();cg();yC();Xc()});var EC,xC=p(()=>{EC=async(t,e={},r)=>{let{SSOOIDCClient:o}=await Promise.resolve().then(()=>(fg(),mg)),n=i=>e.clientConfig?.[i]??e.parentClientConfig?.[i]??r?.[i];
return new o(Object.assign({},e.clientConfig??{},{region:t??e.clientConfig?.region,logger:n("logger"),userAgentAppId:n("userAgentAppId")}))}});var SC,RC=p(()=>{xC();SC=async(t,e,r={},o)=>{let{CreateTokenCommand:n}=await Promise.resolve().then(()=>(fg(),mg));return(await EC(e,r,o)).send(new n({clientId:t.
clientId,clientSecret:t.clientSecret,refreshToken:t.refreshToken,grantType:"refresh_token"}))}});var gg,_C=p(()=>{$();Gc();gg=t=>{if(t.expiration&&t.expiration.getTime()<Date.now())throw new At(`Token is expired. ${Hn}`,!1)}});var ho,wC=p(()=>{$();Gc();ho=(t,e,r=!1)=>{if(typeof e>"u")throw new At(`Value not present for '${t}' in SSO Token${r?". Cannot refresh":""}. ${Hn}`,!1)}});var IC,G1,TC,CC=p(()=>{$();IC=require("node:fs"),{writeFile:G1}=IC.promises,TC=(t,e)=>{let r=Rs(t),o=JSON.stringify(e,null,2);return G1(r,o)}});var vC,ep,hg,AC=p(()=>{$();Gc();RC();_C();wC();CC();vC=new Map,ep=new Map,hg=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/token-provider\
s - fromSso");let r=await xr(t),o=Ze({profile:t.profile??e?.profile}),n=r[o];if(n){if(!n.sso_session)throw new At(`Profile '${o}' is missing required property '\
sso_session'.`)}else throw new At(`Profile '${o}' could not be found in shared credentials file.`,!1);let s=n.sso_session,i=ep.get(s);if(i)return await i;let c=(await vs(
t))[s];if(!c)throw new At(`Sso session '${s}' could not be found in shared credentials file.`,!1);for(let x of["sso_start_url","sso_region"])if(!c[x])throw new At(
`Sso session '${s}' is missing required property '${x}'.`,!1);let l=c.sso_start_url,u=c.sso_region,d;try{d=await ws(s)}catch{throw new At(`The SSO session token\
 associated with profile=${o} was not found or is invalid. ${Hn}`,!1)}ho("accessToken",d.accessToken),ho("expiresAt",d.expiresAt);let{accessToken:m,expiresAt:f}=d,
g={token:m,expiration:new Date(f)};if(g.expiration.getTime()-Date.now()>3e5)return g;let y=ep.get(s);if(y)return await y;let h=vC.get(s)??0;if(Date.now()-h<30*1e3)
return gg(g),g;ho("clientId",d.clientId,!0),ho("clientSecret",d.clientSecret,!0),ho("refreshToken",d.refreshToken,!0);let S=(async()=>{try{vC.set(s,Date.now());
let x=await SC(d,u,t,e);ho("accessToken",x.accessToken),ho("expiresIn",x.expiresIn);let v=new Date(Date.now()+x.expiresIn*1e3);try{await TC(s,{...d,accessToken:x.
accessToken,expiresAt:v.toISOString(),refreshToken:x.refreshToken})}catch{}return{token:x.accessToken,expiration:v}}catch{return gg(g),g}})();ep.set(s,S);try{return await S}finally{
ep.delete(s)}}});var bC=p(()=>{AC()});function z1(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"awsssoportal",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}function V1(t){return{schemeId:"smithy.api#noAuth"}}var PC,OC,NC,yg=p(()=>{we();T();PC=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.
region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});OC=t=>{let e=[];return t.operation==="GetRoleCredentials"?e.push(
V1(t)):e.push(z1(t)),e},NC=t=>{let e=lr(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??[])})}});var DC,kC,Eg=p(()=>{DC=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"awsssoporta\
l"}),kC={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var hi,rn,tp,$C,MC,rp,xg,LC,Sg,jn,UC,FC,q1,yt,W1,HC,BC=p(()=>{W();hi="ref",rn=-1,tp=!0,$C="isSet",MC="PartitionResult",rp="booleanEquals",xg="getAttr",LC={[hi]:"\
Endpoint"},Sg={[hi]:MC},jn={},UC=[{[hi]:"Region"}],FC={conditions:[[$C,[LC]],[$C,UC],["aws.partition",UC,MC],[rp,[{[hi]:"UseFIPS"},tp]],[rp,[{[hi]:"UseDualStack"},
tp]],[rp,[{fn:xg,argv:[Sg,"supportsDualStack"]},tp]],[rp,[{fn:xg,argv:[Sg,"supportsFIPS"]},tp]],["stringEquals",[{fn:xg,argv:[Sg,"name"]},"aws-us-gov"]]],results:[
[rn],[rn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[rn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[LC,
jn],["https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",jn],[rn,"FIPS and DualStack are enabled, but this partition does not support one or\
 both"],["https://portal.sso.{Region}.amazonaws.com",jn],["https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}",jn],[rn,"FIPS is enabled but this parti\
tion does not support FIPS"],["https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}",jn],[rn,"DualStack is enabled but this partition does not suppo\
rt DualStack"],["https://portal.sso.{Region}.{PartitionResult#dnsSuffix}",jn],[rn,"Invalid Configuration: Missing Region"]]},q1=2,yt=1e8,W1=new Int32Array([-1,1,
-1,0,13,3,1,4,yt+12,2,5,yt+12,3,8,6,4,7,yt+11,5,yt+9,yt+10,4,11,9,6,10,yt+8,7,yt+6,yt+7,5,12,yt+5,6,yt+4,yt+5,3,yt+1,14,4,yt+2,yt+3]),HC=rt.from(W1,q1,FC.conditions,
FC.results)});var K1,GC,jC=p(()=>{M();W();BC();K1=new ot({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),GC=(t,e={})=>K1.get(t,()=>Ht(HC,{endpointParams:t,logger:e.
logger}));Pe.aws=mt});var Wr,Rg=p(()=>{T();Wr=class t extends et{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var op,np,sp,ip,_g=p(()=>{Rg();op=class t extends Wr{static shapeId="com.amazonaws.sso#InvalidRequestException";name="InvalidRequestException";$fault="client";constructor(e){
super({name:"InvalidRequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},np=class t extends Wr{static shapeId="com.amazonaws.sso#R\
esourceNotFoundException";name="ResourceNotFoundException";$fault="client";constructor(e){super({name:"ResourceNotFoundException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},sp=class t extends Wr{static shapeId="com.amazonaws.sso#TooManyRequestsException";name="TooManyRequestsException";$fault="cli\
ent";constructor(e){super({name:"TooManyRequestsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ip=class t extends Wr{static shapeId="\
com.amazonaws.sso#UnauthorizedException";name="UnauthorizedException";$fault="client";constructor(e){super({name:"UnauthorizedException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}}});var J1,Y1,X1,Q1,Z1,eU,tU,rU,oU,nU,sU,iU,aU,cU,pU,ap,cp,lU,uU,pp,dU,zC,lp,mU,fU,gU,VC,hU,yU,EU,dr,qC,xU,yi,SU,RU,_U,wU,WC,IU,TU,CU,vU,AU,bU,KC,up=p(()=>{X();_g();
Rg();J1="AccessTokenType",Y1="GetRoleCredentials",X1="GetRoleCredentialsRequest",Q1="GetRoleCredentialsResponse",Z1="InvalidRequestException",eU="RoleCredential\
s",tU="ResourceNotFoundException",rU="SecretAccessKeyType",oU="SessionTokenType",nU="TooManyRequestsException",sU="UnauthorizedException",iU="accountId",aU="acc\
essKeyId",cU="accessToken",pU="account_id",ap="client",cp="error",lU="expiration",uU="http",pp="httpError",dU="httpHeader",zC="httpQuery",lp="message",mU="roleC\
redentials",fU="roleName",gU="role_name",VC="smithy.ts.sdk.synthetic.com.amazonaws.sso",hU="secretAccessKey",yU="sessionToken",EU="x-amz-sso_bearer_token",dr="c\
om.amazonaws.sso",qC=new Q(VC),xU=[-3,VC,"SSOServiceException",0,[],[]];qC.registerError(xU,Wr);yi=new Q(dr),SU=[-3,dr,Z1,{[cp]:ap,[pp]:400},[lp],[0]];yi.registerError(
SU,op);RU=[-3,dr,tU,{[cp]:ap,[pp]:404},[lp],[0]];yi.registerError(RU,np);_U=[-3,dr,nU,{[cp]:ap,[pp]:429},[lp],[0]];yi.registerError(_U,sp);wU=[-3,dr,sU,{[cp]:ap,
[pp]:401},[lp],[0]];yi.registerError(wU,ip);WC=[qC,yi],IU=[0,dr,J1,8,0],TU=[0,dr,rU,8,0],CU=[0,dr,oU,8,0],vU=[3,dr,X1,0,[fU,iU,cU],[[0,{[zC]:gU}],[0,{[zC]:pU}],
[()=>IU,{[dU]:EU}]],3],AU=[3,dr,Q1,0,[mU],[[()=>bU,0]]],bU=[3,dr,eU,0,[aU,hU,yU,lU],[0,[()=>TU,0],[()=>CU,0],1]],KC=[9,dr,Y1,{[uU]:["GET","/federation/credentia\
ls",200]},()=>vU,()=>AU]});var JC,YC=p(()=>{we();Zo();st();en();T();F();k();yg();jC();up();JC=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??GC,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
OC,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new nt}],logger:t?.logger??new _e,protocol:t?.protocol??qr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.sso",errorTypeRegistries:WC,version:"2019-06-10",serviceTarget:"SWBPortalService"},serviceId:t?.serviceId??"S\
SO",sha256:t?.sha256??gt,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??Z})});var XC,QC=p(()=>{Zs();M();we();T();$();dt();k();mo();YC();XC=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Dt),o=JC(t);Tt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ft,n),bodyLengthChecker:t?.bodyLengthChecker??
Ct,defaultSocketTimeout:yr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:fo.version}),maxAttempts:t?.
maxAttempts??_(Yt,t),region:t?.region??_(be,{...tt,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Qt,default:async()=>(await r()).
retryMode||it},t),streamCollector:t?.streamCollector??je,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Ot,n),userAgentAppId:t?.
userAgentAppId??_(tr,n)}}});var ZC,ev,tv=p(()=>{ZC=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},ev=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var rv,ov=p(()=>{M();T();F();tv();rv=(t,e)=>{let r=Object.assign(rr(t),$t(t),Bt(t),ZC(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),Gt(r),
ev(r))}});var zn,wg=p(()=>{M();st();T();$();W();F();dt();X();yg();Eg();QC();ov();zn=class extends Ie{config;constructor(...[e]){let r=XC(e||{});super(r),this.initConfig=r;
let o=DC(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=ar(a),l=NC(c),u=rv(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(
Zt(this.config)),this.middlewareStack.use(pr(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:PC,identityProviderConfigProvider:async d=>new Ve(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(ut(this.config))}destroy(){super.destroy()}}});var nv,sv,iv,av=p(()=>{T();W();Eg();nv=Ut(kC,"SWBPortalService","SSOClient",cr),sv={},iv=(t,e,r,o)=>[]});var Vn,Ig=p(()=>{av();up();Vn=class extends nv(sv,iv,"GetRoleCredentials",KC){}});var PU,Tg,cv=p(()=>{T();Ig();wg();PU={GetRoleCredentialsCommand:Vn},Tg=class extends zn{};jr(PU,Tg)});var pv=p(()=>{Ig()});var lv=p(()=>{});var uv=p(()=>{wg();cv();pv();up();_g();lv()});var dv={};sr(dv,{GetRoleCredentialsCommand:()=>Vn,SSOClient:()=>zn});var mv=p(()=>{uv()});var Ei,Cg,fv=p(()=>{M();bC();$();Ei=!1,Cg=async({ssoStartUrl:t,ssoSession:e,ssoAccountId:r,ssoRegion:o,ssoRoleName:n,ssoClient:s,clientConfig:i,parentClientConfig:a,
callerClientConfig:c,profile:l,filepath:u,configFilepath:d,ignoreCache:m,logger:f})=>{let g,y="To refresh this SSO session run aws sso login with the correspond\
ing profile.";if(e)try{let ct=await hg({profile:l,filepath:u,configFilepath:d,ignoreCache:m,clientConfig:i,parentClientConfig:a,logger:f})({callerClientConfig:c});
g={accessToken:ct.token,expiresAt:new Date(ct.expiration).toISOString()}}catch(ct){throw new R(ct.message,{tryNextLink:Ei,logger:f})}else try{g=await ws(t)}catch{
throw new R(`The SSO session associated with this profile is invalid. ${y}`,{tryNextLink:Ei,logger:f})}if(new Date(g.expiresAt).getTime()-Date.now()<=0)throw new R(
`The SSO session associated with this profile has expired. ${y}`,{tryNextLink:Ei,logger:f});let{accessToken:h}=g,{SSOClient:S,GetRoleCredentialsCommand:x}=await Promise.resolve().then(()=>(mv(),dv)),
v=s||new S(Object.assign({},i??{},{logger:i?.logger??c?.logger??a?.logger,region:i?.region??o,userAgentAppId:i?.userAgentAppId??c?.userAgentAppId??a?.userAgentAppId})),
b;try{b=await v.send(new x({accountId:r,roleName:n,accessToken:h}))}catch(ct){throw new R(ct,{tryNextLink:Ei,logger:f})}let{roleCredentials:{accessKeyId:L,secretAccessKey:Y,
sessionToken:Ce,expiration:nr,credentialScope:Cr,accountId:ce}={}}=b;if(!L||!Y||!Ce||!nr)throw new R("SSO returns an invalid temporary credential.",{tryNextLink:Ei,
logger:f});let ve={accessKeyId:L,secretAccessKey:Y,sessionToken:Ce,expiration:new Date(nr),...Cr&&{credentialScope:Cr},...ce&&{accountId:ce}};return e?H(ve,"CRE\
DENTIALS_SSO","s"):H(ve,"CREDENTIALS_SSO_LEGACY","u"),ve}});var dp,vg=p(()=>{$();dp=(t,e)=>{let{sso_start_url:r,sso_account_id:o,sso_region:n,sso_role_name:s}=t;if(!r||!o||!n||!s)throw new R(`Profile is configured with i\
nvalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(t).join(", ")}
Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,{tryNextLink:!1,logger:e});return t}});var gv,hv=p(()=>{$();Zf();fv();vg();gv=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO");let{ssoStartUrl:r,
ssoAccountId:o,ssoRegion:n,ssoRoleName:s,ssoSession:i}=t,{ssoClient:a}=t,c=Ze({profile:t.profile??e?.profile});if(!r&&!o&&!n&&!s&&!i){let u=(await xr(t))[c];if(!u)
throw new R(`Profile ${c} was not found.`,{logger:t.logger});if(!Bc(u))throw new R(`Profile ${c} is not configured with SSO credentials.`,{logger:t.logger});if(u?.
sso_session){let S=(await vs(t))[u.sso_session],x=` configurations in profile ${c} and sso-session ${u.sso_session}`;if(n&&n!==S.sso_region)throw new R("Conflic\
ting SSO region"+x,{tryNextLink:!1,logger:t.logger});if(r&&r!==S.sso_start_url)throw new R("Conflicting SSO start_url"+x,{tryNextLink:!1,logger:t.logger});u.sso_region=
S.sso_region,u.sso_start_url=S.sso_start_url}let{sso_start_url:d,sso_account_id:m,sso_region:f,sso_role_name:g,sso_session:y}=dp(u,t.logger);return Cg({ssoStartUrl:d,
ssoSession:y,ssoAccountId:m,ssoRegion:f,ssoRoleName:g,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}else{if(!r||!o||!n||!s)throw new R('Incomplete configu\
ration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',{tryNextLink:!1,logger:t.logger});return Cg({ssoStartUrl:r,
ssoSession:i,ssoAccountId:o,ssoRegion:n,ssoRoleName:s,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}}});var Ag={};sr(Ag,{fromSSO:()=>gv,isSsoProfile:()=>Bc,validateSsoProfile:()=>dp});var bg=p(()=>{hv();Zf();vg()});var yv,Pg,Ev=p(()=>{M();$();yv=(t,e,r)=>{let o={EcsContainer:async n=>{let{fromHttp:s}=await Promise.resolve().then(()=>(Qf(),Xf)),{fromContainerMetadata:i}=await Promise.resolve().then(()=>(Fc(),Uc));
return r?.debug("@aws-sdk/credential-provider-ini - credential_source is EcsContainer"),async()=>Fo(s(n??{}),i(n))().then(Pg)},Ec2InstanceMetadata:async n=>{r?.
debug("@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata");let{fromInstanceMetadata:s}=await Promise.resolve().then(()=>(Fc(),Uc));return async()=>s(
n)().then(Pg)},Environment:async n=>{r?.debug("@aws-sdk/credential-provider-ini - credential_source is Environment");let{fromEnv:s}=await Promise.resolve().then(()=>(Hf(),a0));
return async()=>s(n)().then(Pg)}};if(t in o)return o[t];throw new R(`Unsupported credential source in profile ${e}. Got ${t}, expected EcsContainer or Ec2Instan\
ceMetadata or Environment.`,{logger:r})},Pg=t=>H(t,"CREDENTIALS_PROFILE_NAMED_PROVIDER","p")});var xi,xv=p(()=>{xi={CrtSignerV4:null}});function Rv(t){return{accessKeyId:t.accessKeyId,secretAccessKey:t.secretAccessKey,expiration:t.expiration}}function _v(t,e){let r=t.credentialProvider;t.credentialProvider=
()=>(t.credentialProvider=r,Promise.resolve(e))}var Og,Sv,mp,wv=p(()=>{Ac();Og="X-Amz-S3session-Token",Sv=Og.toLowerCase(),mp=class extends po{async signWithCredentials(e,r,o){
let n=Rv(r);e.headers[Sv]=r.sessionToken;let s=this;return _v(s,n),s.signRequest(e,o??{})}async presignWithCredentials(e,r,o){let n=Rv(r);return delete e.headers[Sv],
e.headers[Og]=r.sessionToken,e.query=e.query??{},e.query[Og]=r.sessionToken,_v(this,n),this.presign(e,o)}}});var on,Iv=p(()=>{Ac();xv();wv();on=class{sigv4aSigner;sigv4Signer;signerOptions;static sigv4aDependency(){return typeof xi.CrtSignerV4=="function"?"crt":typeof vc.
SignatureV4a=="function"?"js":"none"}constructor(e){this.sigv4Signer=new mp(e),this.signerOptions=e}async sign(e,r={}){return r.signingRegion==="*"?this.getSigv4aSigner().
sign(e,r):this.sigv4Signer.sign(e,r)}async signWithCredentials(e,r,o={}){if(o.signingRegion==="*"){let n=this.getSigv4aSigner(),s=xi.CrtSignerV4;if(s&&n instanceof
s)return n.signWithCredentials(e,r,o);throw new Error(`signWithCredentials with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signa\
ture-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require(\
"@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-\
sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.signWithCredentials(e,r,o)}async presign(e,r={}){if(r.signingRegion==="*"){let o=this.
getSigv4aSigner(),n=xi.CrtSignerV4;if(n&&o instanceof n)return o.presign(e,r);throw new Error(`presign with signingRegion '*' is only supported when using the C\
RT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the \
package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to\
 https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.presign(e,r)}async presignWithCredentials(e,r,o={}){
if(o.signingRegion==="*")throw new Error("Method presignWithCredentials is not supported for [signingRegion=*].");return this.sigv4Signer.presignWithCredentials(
e,r,o)}getSigv4aSigner(){if(!this.sigv4aSigner){let e=xi.CrtSignerV4,r=vc.SignatureV4a;if(this.signerOptions.runtime==="node"){if(!e&&!r)throw new Error("Neithe\
r CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https\
://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt");if(e&&typeof e=="function")this.sigv4aSigner=new e({...this.signerOptions,signingAlgorithm:1});else if(r&&
typeof r=="function")this.sigv4aSigner=new r({...this.signerOptions});else throw new Error("Available SigV4a implementation is not a valid constructor. Please e\
nsure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functi\
onality-requiring-aws-common-runtime-crt")}else{if(!r||typeof r!="function")throw new Error("JS SigV4a implementation is not available or not a valid constructo\
r. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also re\
gister the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please \
go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a");this.sigv4aSigner=new r({...this.signerOptions})}}return this.sigv4aSigner}}});var Ng=p(()=>{Iv()});var Wn,nn,Si,Tv,Dv,Ri,ke,Dg,Cv,vv,Av,bv,Pv,$e,kg,qn,Ov,Nv,OU,V,NU,kv,$v=p(()=>{W();Wn="ref",nn=-1,Si=!0,Tv="isSet",Dv="PartitionResult",Ri="booleanEquals",ke="s\
tringEquals",Dg="getAttr",Cv="us-east-1",vv="sigv4",Av="sts",bv="https://sts.{Region}.{PartitionResult#dnsSuffix}",Pv={[Wn]:"Endpoint"},$e={[Wn]:"Region"},kg={[Wn]:Dv},
qn={},Ov=[$e],Nv={conditions:[[Tv,[Pv]],[Tv,Ov],["aws.partition",Ov,Dv],[Ri,[{[Wn]:"UseFIPS"},Si]],[Ri,[{[Wn]:"UseDualStack"},Si]],[ke,[$e,"aws-global"]],[Ri,[{
[Wn]:"UseGlobalEndpoint"},Si]],[ke,[$e,"eu-central-1"]],[Ri,[{fn:Dg,argv:[kg,"supportsDualStack"]},Si]],[Ri,[{fn:Dg,argv:[kg,"supportsFIPS"]},Si]],[ke,[$e,"ap-s\
outh-1"]],[ke,[$e,"eu-north-1"]],[ke,[$e,"eu-west-1"]],[ke,[$e,"eu-west-2"]],[ke,[$e,"eu-west-3"]],[ke,[$e,"sa-east-1"]],[ke,[$e,Cv]],[ke,[$e,"us-east-2"]],[ke,
[$e,"us-west-2"]],[ke,[$e,"us-west-1"]],[ke,[$e,"ca-central-1"]],[ke,[$e,"ap-southeast-1"]],[ke,[$e,"ap-northeast-1"]],[ke,[$e,"ap-southeast-2"]],[ke,[{fn:Dg,argv:[
kg,"name"]},"aws-us-gov"]]],results:[[nn],["https://sts.amazonaws.com",{authSchemes:[{name:vv,signingName:Av,signingRegion:Cv}]}],[bv,{authSchemes:[{name:vv,signingName:Av,
signingRegion:"{Region}"}]}],[nn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[nn,"Invalid Configuration: Dualstack and custom endpoint \
are not supported"],[Pv,qn],["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",qn],[nn,"FIPS and DualStack are enabled, but this partition does n\
ot support one or both"],["https://sts.{Region}.amazonaws.com",qn],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",qn],[nn,"FIPS is enabled but this pa\
rtition does not support FIPS"],["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}",qn],[nn,"DualStack is enabled but this partition does not support D\
ualStack"],[bv,qn],[nn,"Invalid Configuration: Missing Region"]]},OU=2,V=1e8,NU=new Int32Array([-1,1,-1,0,30,3,1,4,V+14,2,5,V+14,3,25,6,4,24,7,5,V+1,8,6,9,V+13,
7,V+1,10,10,V+1,11,11,V+1,12,12,V+1,13,13,V+1,14,14,V+1,15,15,V+1,16,16,V+1,17,17,V+1,18,18,V+1,19,19,V+1,20,20,V+1,21,21,V+1,22,22,V+1,23,23,V+1,V+2,8,V+11,V+12,
4,28,26,9,27,V+10,24,V+8,V+9,8,29,V+7,9,V+6,V+7,3,V+3,31,4,V+4,V+5]),kv=rt.from(NU,OU,Nv.conditions,Nv.results)});var DU,fp,$g=p(()=>{M();W();$v();DU=new ot({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),fp=(t,e={})=>DU.get(t,()=>Ht(kv,
{endpointParams:t,logger:e.logger}));Pe.aws=mt});function Uv(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function Lg(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function Fv(t){return{schemeId:"smithy.api#noAuth"}}var kU,$U,Lv,LU,UU,Mv,Hv,Ug=p(()=>{we();Ng();T();W();$g();kU=t=>async(e,r,o)=>{if(!o)throw new Error("Could \
not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let n=await t(e,r,o),s=ee(r)?.commandInstance?.constructor?.getEndpointParameterInstructions;
if(!s)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}'`);let i=await Pa(o,{getEndpointParameterInstructions:s},e);return Object.
assign(n,i)},$U=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()}),Lv=kU($U);LU=(t,e,r)=>n=>{let i=t(n).properties?.authSchemes;if(!i)return e(n);let a=[];for(let c of i){let{name:l,properties:u={},...d}=c,m=l.toLowerCase();
l!==m&&console.warn(`HttpAuthScheme has been normalized with lowercasing: '${l}' to '${m}'`);let f;if(m==="sigv4a"){f="aws.auth#sigv4a";let h=i.find(S=>{let x=S.
name.toLowerCase();return x!=="sigv4a"&&x.startsWith("sigv4")});if(on.sigv4aDependency()==="none"&&h)continue}else if(m.startsWith("sigv4"))f="aws.auth#sigv4";else
throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);let g=r[f];if(!g)throw new Error(`Could not find HttpAuthOption creat\
e function for '${f}'`);let y=g(n);y.schemeId=f,y.signingProperties={...y.signingProperties||{},...d,...u},a.push(y)}return a},UU=t=>{let e=[];return t.operation===
"AssumeRoleWithWebIdentity"?(e.push(Fv(t)),e.push(Lg(t))):(e.push(Uv(t)),e.push(Lg(t))),e},Mv=LU(fp,UU,{"aws.auth#sigv4":Uv,"aws.auth#sigv4a":Lg,"smithy.api#noA\
uth":Fv}),Hv=t=>{let e=lr(t),r=xc(e);return Object.assign(r,{authSchemePreference:q(t.authSchemePreference??[])})}});var Bv,Gv,Fg=p(()=>{Bv=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??
!1,defaultSigningName:"sts"}),Gv={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{
type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}}});var at,gp=p(()=>{T();at=class t extends et{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var _i,wi,Ii,Ti,Ci,vi,Ai,bi,Mg=p(()=>{gp();_i=class t extends at{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="c\
lient";constructor(e){super({name:"ExpiredTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},wi=class t extends at{static shapeId="\
com.amazonaws.sts#InvalidContextAssertionException";name="InvalidContextAssertionException";$fault="client";constructor(e){super({name:"InvalidContextAssertionE\
xception",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ii=class t extends at{static shapeId="com.amazonaws.sts#MalformedPolicyDocumentExcept\
ion";name="MalformedPolicyDocumentException";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Ti=class t extends at{static shapeId="com.amazonaws.sts#PackedPolicyTooLargeException";name="PackedPolicyTooLargeException";$fault="client";constructor(e){
super({name:"PackedPolicyTooLargeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ci=class t extends at{static shapeId="com.amazonaws\
.sts#RegionDisabledException";name="RegionDisabledException";$fault="client";constructor(e){super({name:"RegionDisabledException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},vi=class t extends at{static shapeId="com.amazonaws.sts#IDPRejectedClaimException";name="IDPRejectedClaimException";$fault="c\
lient";constructor(e){super({name:"IDPRejectedClaimException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ai=class t extends at{static shapeId="\
com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdentityTokenException";$fault="client";constructor(e){super({name:"InvalidIdentityTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},bi=class t extends at{static shapeId="com.amazonaws.sts#IDPCommunicationErrorException";name="I\
DPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicationErrorException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}}});var FU,MU,HU,BU,GU,jU,Hg,zU,VU,qU,WU,Bg,KU,jv,JU,YU,XU,QU,ZU,eF,tF,rF,oF,nF,sF,iF,zv,Vv,qv,Wv,aF,cF,pF,lF,uF,dF,Kv,mF,fF,Jv,gF,Yv,hF,yF,EF,Gg,xF,SF,Xv,Qv,RF,_F,
wF,Zv,eA,IF,TF,CF,vF,AF,bF,yo,Eo,PF,xo,So,Ro,OF,NF,DF,kF,tA,$F,LF,UF,j,rA,oA,Kr,nA,sA,iA,aA,cA,pA,lA,uA,jg,FF,MF,HF,BF,GF,jF,zg,dA,mA,fA,gA,Vg,hA,yA,EA,xA,SA,RA,
_A,zF,VF,qF,qg,Wg,Pi=p(()=>{X();Mg();gp();FU="Arn",MU="AccessKeyId",HU="AssumeRole",BU="AssumedRoleId",GU="AssumeRoleRequest",jU="AssumeRoleResponse",Hg="Assume\
dRoleUser",zU="AssumeRoleWithWebIdentity",VU="AssumeRoleWithWebIdentityRequest",qU="AssumeRoleWithWebIdentityResponse",WU="Audience",Bg="Credentials",KU="Contex\
tAssertion",jv="DurationSeconds",JU="Expiration",YU="ExternalId",XU="ExpiredTokenException",QU="FederatedProviderArn",ZU="Issuer",eF="InvalidContextAssertionExc\
eption",tF="IDPCommunicationErrorException",rF="IDPRejectedClaimException",oF="InvalidIdentityTokenException",nF="IdentityProvider",sF="Key",iF="MalformedPolicy\
DocumentException",zv="MinimumSessionTokenSize",Vv="OriginIdentity",qv="Policy",Wv="PolicyArns",aF="ProviderArn",cF="ProvidedContexts",pF="ProvidedContextsListT\
ype",lF="ProvidedContext",uF="PolicyDescriptorType",dF="ProviderId",Kv="PackedPolicySize",mF="PackedPolicyTooLargeException",fF="Provider",Jv="RoleArn",gF="Regi\
onDisabledException",Yv="RoleSessionName",hF="Subject",yF="SecretAccessKey",EF="SubjectFromWebIdentityToken",Gg="SourceIdentity",xF="SerialNumber",SF="SessionTo\
ken",Xv="SessionTokenSize",Qv="SessionTokenUtilization",RF="SubjectType",_F="Tags",wF="TokenCode",Zv="TransactionContext",eA="TrustedIdentityPropagationContext",
IF="TransitiveTagKeys",TF="Tag",CF="Value",vF="WebIdentityToken",AF="arn",bF="accessKeySecretType",yo="awsQueryError",Eo="client",PF="clientTokenType",xo="error",
So="httpError",Ro="message",OF="originIdentityIssuerType",NF="originIdentitySubjectType",DF="originIdentitySubjectTypeType",kF="policyDescriptorListType",tA="sm\
ithy.ts.sdk.synthetic.com.amazonaws.sts",$F="transactionContextIdentityProviderMapType",LF="transactionContextValueType",UF="tagListType",j="com.amazonaws.sts",
rA=new Q(tA),oA=[-3,tA,"STSServiceException",0,[],[]];rA.registerError(oA,at);Kr=new Q(j),nA=[-3,j,XU,{[yo]:["ExpiredTokenException",400],[xo]:Eo,[So]:400},[Ro],
[0]];Kr.registerError(nA,_i);sA=[-3,j,tF,{[yo]:["IDPCommunicationError",400],[xo]:Eo,[So]:400},[Ro],[0]];Kr.registerError(sA,bi);iA=[-3,j,rF,{[yo]:["IDPRejected\
Claim",403],[xo]:Eo,[So]:403},[Ro],[0]];Kr.registerError(iA,vi);aA=[-3,j,eF,{[yo]:["InvalidContextAssertion",400],[xo]:Eo,[So]:400},[Ro],[0]];Kr.registerError(aA,
wi);cA=[-3,j,oF,{[yo]:["InvalidIdentityToken",400],[xo]:Eo,[So]:400},[Ro],[0]];Kr.registerError(cA,Ai);pA=[-3,j,iF,{[yo]:["MalformedPolicyDocument",400],[xo]:Eo,
[So]:400},[Ro],[0]];Kr.registerError(pA,Ii);lA=[-3,j,mF,{[yo]:["PackedPolicyTooLarge",400],[xo]:Eo,[So]:400},[Ro],[0]];Kr.registerError(lA,Ti);uA=[-3,j,gF,{[yo]:[
"RegionDisabledException",403],[xo]:Eo,[So]:403},[Ro],[0]];Kr.registerError(uA,Ci);jg=[rA,Kr],FF=[0,j,bF,8,0],MF=[0,j,PF,8,0],HF=[0,j,OF,8,0],BF=[0,j,NF,8,0],GF=
[0,j,DF,8,0],jF=[0,j,LF,8,0],zg=[3,j,Hg,0,[BU,FU],[0,0],2],dA=[3,j,GU,0,[Jv,Yv,Wv,qv,jv,_F,IF,YU,xF,wF,Gg,cF,zv],[0,0,()=>_A,0,1,()=>VF,64,0,0,0,0,()=>zF,1],2],
mA=[3,j,jU,0,[Bg,Hg,Kv,Gg,Qv,Xv],[[()=>Vg,0],()=>zg,1,0,1,1]],fA=[3,j,VU,0,[Jv,Yv,vF,dF,Wv,qv,jv,zv],[0,0,[()=>MF,0],0,()=>_A,0,1,1],3],gA=[3,j,qU,0,[Bg,EF,Hg,Kv,
fF,WU,Gg,Qv,Xv,eA],[[()=>Vg,0],0,()=>zg,1,0,0,0,1,1,[()=>RA,0]]],Vg=[3,j,Bg,0,[MU,yF,SF,JU],[0,[()=>FF,0],0,4],4],hA=[3,j,Vv,0,[hF,RF,ZU,QU],[[()=>BF,0],[()=>GF,
0],[()=>HF,0],0]],yA=[3,j,uF,0,[AF],[0]],EA=[3,j,lF,0,[aF,KU],[0,0]],xA=[3,j,TF,0,[sF,CF],[0,0],2],SA=[3,j,Zv,0,[nF],[[()=>qF,0]]],RA=[3,j,eA,8,[Vv,Zv],[[()=>hA,
0],[()=>SA,0]]],_A=[1,j,kF,0,()=>yA],zF=[1,j,pF,0,()=>EA],VF=[1,j,UF,0,()=>xA],qF=[2,j,$F,0,[0,0],[()=>jF,0]],qg=[9,j,HU,0,()=>dA,()=>mA],Wg=[9,j,zU,0,()=>fA,()=>gA]});var wA,IA=p(()=>{we();Zo();Ng();st();en();T();F();k();Ug();$g();Pi();wA=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??fp,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
Mv,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"aws.aut\
h#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4a"),signer:new co},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("s\
mithy.api#noAuth")||(async()=>({})),signer:new nt}],logger:t?.logger??new _e,protocol:t?.protocol??ei,protocolSettings:t?.protocolSettings??{defaultNamespace:"c\
om.amazonaws.sts",errorTypeRegistries:jg,xmlNamespace:"https://sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20\
110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??gt,signerConstructor:t?.signerConstructor??on,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,
utf8Encoder:t?.utf8Encoder??Z})});var TA,CA=p(()=>{Zs();M();we();st();T();$();dt();k();mo();IA();TA=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Dt),o=wA(t);Tt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ft,n),bodyLengthChecker:t?.bodyLengthChecker??
Ct,defaultSocketTimeout:yr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:fo.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4")||(async i=>await t.credentialDefaultProvider(i?.__config||
{})()),signer:new ge},{schemeId:"aws.auth#sigv4a",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4a"),signer:new co},{schemeId:"smithy.api#noAuth",identityProvider:s=>s.
getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new nt}],maxAttempts:t?.maxAttempts??_(Yt,t),region:t?.region??_(be,{...tt,...n}),requestHandler:Ne.
create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Qt,default:async()=>(await r()).retryMode||it},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??_(
Sc,n),streamCollector:t?.streamCollector??je,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Ot,n),userAgentAppId:t?.
userAgentAppId??_(tr,n)}}});var vA,AA,bA=p(()=>{vA=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},AA=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var PA,OA=p(()=>{M();T();F();bA();PA=(t,e)=>{let r=Object.assign(rr(t),$t(t),Bt(t),vA(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),Gt(r),
AA(r))}});var _o,hp=p(()=>{M();st();T();$();W();F();dt();X();Ug();Fg();CA();OA();_o=class extends Ie{config;constructor(...[e]){let r=TA(e||{});super(r),this.initConfig=r;
let o=Bv(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=ar(a),l=Hv(c),u=PA(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(
Zt(this.config)),this.middlewareStack.use(pr(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:Lv,identityProviderConfigProvider:async d=>new Ve(
{"aws.auth#sigv4":d.credentials,"aws.auth#sigv4a":d.credentials})})),this.middlewareStack.use(ut(this.config))}destroy(){super.destroy()}}});var yp,Ep,xp,Kg=p(()=>{T();W();Fg();yp=Ut(Gv,"AWSSecurityTokenServiceV20110615","STSClient",cr),Ep={},xp=(t,e,r,o)=>[]});var sn,Sp=p(()=>{Kg();Pi();sn=class extends yp(Ep,xp,"AssumeRole",qg){}});var an,Rp=p(()=>{Kg();Pi();an=class extends yp(Ep,xp,"AssumeRoleWithWebIdentity",Wg){}});var WF,_p,NA=p(()=>{T();Sp();Rp();hp();WF={AssumeRoleCommand:sn,AssumeRoleWithWebIdentityCommand:an},_p=class extends _o{};jr(WF,_p)});var DA=p(()=>{Sp();Rp()});var kA=p(()=>{});var $A,LA,UA,FA,MA,HA=p(()=>{M();Sp();Rp();$A=t=>{if(typeof t?.Arn=="string"){let e=t.Arn.split(":");if(e.length>4&&e[4]!=="")return e[4]}},LA=async(t,e,r,o={})=>{
let n=typeof t=="function"?await t():t,s=typeof e=="function"?await e():e,i="",a=n??s??(i=await Sf(o)());return r?.debug?.("@aws-sdk/client-sts::resolveRegion",
"accepting first of:",`${n} (credential provider clientConfig)`,`${s} (contextual client)`,`${i} (STS default: AWS_REGION, profile region, or us-east-1)`),a},UA=
(t,e)=>{let r,o;return async(n,s)=>{if(o=n,!r){let{logger:u=t?.parentClientConfig?.logger,profile:d=t?.parentClientConfig?.profile,region:m,requestHandler:f=t?.
parentClientConfig?.requestHandler,credentialProviderLogger:g,userAgentAppId:y=t?.parentClientConfig?.userAgentAppId}=t,h=await LA(m,t?.parentClientConfig?.region,
g,{logger:u,profile:d}),S=!MA(f);r=new e({...t,userAgentAppId:y,profile:d,credentialDefaultProvider:()=>async()=>o,region:h,requestHandler:S?f:void 0,logger:u})}
let{Credentials:i,AssumedRoleUser:a}=await r.send(new sn(s));if(!i||!i.AccessKeyId||!i.SecretAccessKey)throw new Error(`Invalid response from STS.assumeRole cal\
l with role ${s.RoleArn}`);let c=$A(a),l={accessKeyId:i.AccessKeyId,secretAccessKey:i.SecretAccessKey,sessionToken:i.SessionToken,expiration:i.Expiration,...i.CredentialScope&&
{credentialScope:i.CredentialScope},...c&&{accountId:c}};return H(l,"CREDENTIALS_STS_ASSUME_ROLE","i"),l}},FA=(t,e)=>{let r;return async o=>{if(!r){let{logger:c=t?.
parentClientConfig?.logger,profile:l=t?.parentClientConfig?.profile,region:u,requestHandler:d=t?.parentClientConfig?.requestHandler,credentialProviderLogger:m,userAgentAppId:f=t?.
parentClientConfig?.userAgentAppId}=t,g=await LA(u,t?.parentClientConfig?.region,m,{logger:c,profile:l}),y=!MA(d);r=new e({...t,userAgentAppId:f,profile:l,region:g,
requestHandler:y?d:void 0,logger:c})}let{Credentials:n,AssumedRoleUser:s}=await r.send(new an(o));if(!n||!n.AccessKeyId||!n.SecretAccessKey)throw new Error(`Inv\
alid response from STS.assumeRoleWithWebIdentity call with role ${o.RoleArn}`);let i=$A(s),a={accessKeyId:n.AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.
SessionToken,expiration:n.Expiration,...n.CredentialScope&&{credentialScope:n.CredentialScope},...i&&{accountId:i}};return i&&H(a,"RESOLVED_ACCOUNT_ID","T"),H(a,
"CREDENTIALS_STS_ASSUME_ROLE_WEB_ID","k"),a}},MA=t=>t?.metadata?.handlerProtocol==="h2"});var BA,GA,jA,KF,zA=p(()=>{HA();hp();BA=(t,e)=>e?class extends t{constructor(o){super(o);for(let n of e)this.middlewareStack.use(n)}}:t,GA=(t={},e)=>UA(t,BA(_o,e)),
jA=(t={},e)=>FA(t,BA(_o,e)),KF=t=>e=>t({roleAssumer:GA(e),roleAssumerWithWebIdentity:jA(e),...e})});var Jg={};sr(Jg,{$Command:()=>ir,AssumeRole$:()=>qg,AssumeRoleCommand:()=>sn,AssumeRoleRequest$:()=>dA,AssumeRoleResponse$:()=>mA,AssumeRoleWithWebIdentity$:()=>Wg,
AssumeRoleWithWebIdentityCommand:()=>an,AssumeRoleWithWebIdentityRequest$:()=>fA,AssumeRoleWithWebIdentityResponse$:()=>gA,AssumedRoleUser$:()=>zg,Credentials$:()=>Vg,
ExpiredTokenException:()=>_i,ExpiredTokenException$:()=>nA,IDPCommunicationErrorException:()=>bi,IDPCommunicationErrorException$:()=>sA,IDPRejectedClaimException:()=>vi,
IDPRejectedClaimException$:()=>iA,InvalidContextAssertionException:()=>wi,InvalidContextAssertionException$:()=>aA,InvalidIdentityTokenException:()=>Ai,InvalidIdentityTokenException$:()=>cA,
MalformedPolicyDocumentException:()=>Ii,MalformedPolicyDocumentException$:()=>pA,OriginIdentity$:()=>hA,PackedPolicyTooLargeException:()=>Ti,PackedPolicyTooLargeException$:()=>lA,
PolicyDescriptorType$:()=>yA,ProvidedContext$:()=>EA,RegionDisabledException:()=>Ci,RegionDisabledException$:()=>uA,STS:()=>_p,STSClient:()=>_o,STSServiceException:()=>at,
STSServiceException$:()=>oA,Tag$:()=>xA,TransactionContext$:()=>SA,TrustedIdentityPropagationContext$:()=>RA,__Client:()=>Ie,decorateDefaultCredentialProvider:()=>KF,
errorTypeRegistries:()=>jg,getDefaultRoleAssumer:()=>GA,getDefaultRoleAssumerWithWebIdentity:()=>jA});var Yg=p(()=>{hp();NA();DA();T();Pi();Mg();kA();zA();gp()});var qA,JF,YF,WA,VA,KA=p(()=>{M();$();Ev();qA=(t,{profile:e="default",logger:r}={})=>!!t&&typeof t=="object"&&typeof t.role_arn=="string"&&["undefined","string"].
indexOf(typeof t.role_session_name)>-1&&["undefined","string"].indexOf(typeof t.external_id)>-1&&["undefined","string"].indexOf(typeof t.mfa_serial)>-1&&(JF(t,{
profile:e,logger:r})||YF(t,{profile:e,logger:r})),JF=(t,{profile:e,logger:r})=>{let o=typeof t.source_profile=="string"&&typeof t.credential_source>"u";return o&&
r?.debug?.(`    ${e} isAssumeRoleWithSourceProfile source_profile=${t.source_profile}`),o},YF=(t,{profile:e,logger:r})=>{let o=typeof t.credential_source=="stri\
ng"&&typeof t.source_profile>"u";return o&&r?.debug?.(`    ${e} isCredentialSourceProfile credential_source=${t.credential_source}`),o},WA=async(t,e,r,o,n={},s)=>{
r.logger?.debug("@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)");let i=e[t],{source_profile:a,region:c}=i;if(!r.roleAssumer){let{getDefaultRoleAssumer:u}=await Promise.resolve().then(()=>(Yg(),Jg));
r.roleAssumer=u({...r.clientConfig,credentialProviderLogger:r.logger,parentClientConfig:{...o,...r?.parentClientConfig,region:c??r?.parentClientConfig?.region??
o?.region}},r.clientPlugins)}if(a&&a in n)throw new R(`Detected a cycle attempting to resolve credentials for profile ${Ze(r)}. Profiles visited: `+Object.keys(
n).join(", "),{logger:r.logger});r.logger?.debug(`@aws-sdk/credential-provider-ini - finding credential resolver using ${a?`source_profile=[${a}]`:`profile=[${t}\
]`}`);let l=a?s(a,e,r,o,{...n,[a]:!0},VA(e[a]??{})):(await yv(i.credential_source,t,r.logger)(r))();if(VA(i))return l.then(u=>H(u,"CREDENTIALS_PROFILE_SOURCE_PR\
OFILE","o"));{let u={RoleArn:i.role_arn,RoleSessionName:i.role_session_name||`aws-sdk-js-${Date.now()}`,ExternalId:i.external_id,DurationSeconds:parseInt(i.duration_seconds||
"3600",10)},{mfa_serial:d}=i;if(d){if(!r.mfaCodeProvider)throw new R(`Profile ${t} requires multi-factor authentication, but no MFA code callback was provided.`,
{logger:r.logger,tryNextLink:!1});u.SerialNumber=d,u.TokenCode=await r.mfaCodeProvider(d)}let m=await l;return r.roleAssumer(m,u).then(f=>H(f,"CREDENTIALS_PROFI\
LE_SOURCE_PROFILE","o"))}},VA=t=>!t.role_arn&&!!t.credential_source});function XF(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"signin",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function QF(t){return{schemeId:"smithy.api#noAuth"}}var JA,YA,XA,Xg=p(()=>{we();T();JA=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});YA=t=>{let e=[];return t.operation==="CreateOAuth2Token"?e.push(QF(t)):e.push(XF(
t)),e},XA=t=>{let e=lr(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??[])})}});var QA,ZA,Qg=p(()=>{QA=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"signin"}),ZA=
{UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var To,wo,eb,Kn,tb,Jn,rb,eh,Jr,Zg,ob,nb,Io,cb,sb,wp,qe,ib,ab,ZF,B,eM,pb,lb=p(()=>{W();To="ref",wo=-1,eb=!1,Kn=!0,tb="isSet",Jn="booleanEquals",rb="coalesce",eh=
"PartitionResult",Jr="stringEquals",Zg="getAttr",ob="https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}",nb={[To]:"Endpoint"},Io={fn:Zg,argv:[{[To]:eh},
"name"]},cb={[To]:"Region"},sb={[To]:eh},wp={authSchemes:[{name:"sigv4",signingName:"signin",signingRegion:"{Region}"}]},qe={},ib=[cb],ab={conditions:[[tb,ib],[
Jn,[{fn:rb,argv:[{[To]:"IsControlPlane"},eb]},Kn]],[tb,[nb]],["aws.partition",ib,eh],[Jn,[{[To]:"UseFIPS"},Kn]],[Jr,[Io,"aws"]],[Jn,[{fn:rb,argv:[{[To]:"IsOAuth\
Endpoint"},eb]},Kn]],[Jn,[{[To]:"UseDualStack"},Kn]],[Jr,[Io,"aws-cn"]],[Jr,[cb,"us-gov-west-1"]],[Jr,[Io,"aws-us-gov"]],[Jn,[{fn:Zg,argv:[sb,"supportsFIPS"]},Kn]],
[Jr,[Io,"aws-iso"]],[Jr,[Io,"aws-iso-b"]],[Jr,[Io,"aws-iso-f"]],[Jr,[Io,"aws-iso-e"]],[Jr,[Io,"aws-eusc"]],[Jn,[{fn:Zg,argv:[sb,"supportsDualStack"]},Kn]]],results:[
[wo],["https://signin.{Region}.api.aws",wp],["https://signin.{Region}.api.amazonwebservices.com.cn",wp],[ob,wp],[wo,"FIPS endpoints are not supported for OAuth \
operations. Disable FIPS or use a non-OAuth operation."],["https://{Region}.oauth.signin.aws",wp],["https://{Region}.signin.aws.amazon.com",qe],["https://{Regio\
n}.signin.amazonaws.cn",qe],["https://{Region}.signin.amazonaws-us-gov.com",qe],["https://{Region}.signin.c2shome.ic.gov",qe],["https://{Region}.signin.sc2shome\
.sgov.gov",qe],["https://{Region}.signin.csphome.hci.ic.gov",qe],["https://{Region}.signin.csphome.adc-e.uk",qe],["https://{Region}.signin.amazonaws-eusc.eu",qe],
["https://signin-fips.amazonaws-us-gov.com",qe],["https://{Region}.signin-fips.amazonaws-us-gov.com",qe],["https://{Region}.signin.{PartitionResult#dnsSuffix}",
qe],[wo,"Invalid Configuration: FIPS and custom endpoint are not supported"],[wo,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[nb,qe],
["https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",qe],[wo,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://signin-fips.{Region}.{PartitionResult#dnsSuffix}",qe],[wo,"FIPS is enabled but this partition does not support FIPS"],[ob,qe],[wo,"DualStack is enable\
d but this partition does not support DualStack"],["https://signin.{Region}.{PartitionResult#dnsSuffix}",qe],[wo,"Invalid Configuration: Missing Region"]]},ZF=2,
B=1e8,eM=new Int32Array([-1,1,-1,0,6,3,2,36,4,4,5,B+27,6,B+4,B+27,1,29,7,2,36,8,3,9,31,4,22,10,5,19,11,7,21,12,8,B+7,13,10,B+8,14,12,B+9,15,13,B+10,16,14,B+11,17,
15,B+12,18,16,B+13,B+16,6,B+5,20,7,21,B+6,17,B+24,B+25,6,B+4,23,7,27,24,9,B+14,25,10,B+15,26,11,B+22,B+23,11,28,B+21,17,B+20,B+21,2,35,30,3,39,31,4,32,B+27,6,B+
4,33,7,B+27,34,9,B+14,B+27,3,39,36,4,38,37,7,B+18,B+19,6,B+4,B+17,5,B+1,40,8,B+2,B+3]),pb=rt.from(eM,ZF,ab.conditions,ab.results)});var tM,ub,db=p(()=>{M();W();lb();tM=new ot({size:50,params:["Endpoint","IsControlPlane","IsOAuthEndpoint","Region","UseDualStack","UseFIPS"]}),ub=(t,e={})=>tM.get(
t,()=>Ht(pb,{endpointParams:t,logger:e.logger}));Pe.aws=mt});var Ir,Ip=p(()=>{T();Ir=class t extends et{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Oi,Ni,Di,ki,th=p(()=>{Ip();Oi=class t extends Ir{static shapeId="com.amazonaws.signin#AccessDeniedException";name="AccessDeniedException";$fault="client";error;constructor(e){
super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},Ni=class t extends Ir{static shapeId="co\
m.amazonaws.signin#InternalServerException";name="InternalServerException";$fault="server";error;constructor(e){super({name:"InternalServerException",$fault:"se\
rver",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},Di=class t extends Ir{static shapeId="com.amazonaws.signin#TooManyRequestsError";name="\
TooManyRequestsError";$fault="client";error;constructor(e){super({name:"TooManyRequestsError",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.
error=e.error}},ki=class t extends Ir{static shapeId="com.amazonaws.signin#ValidationException";name="ValidationException";$fault="client";error;constructor(e){
super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}}});var rM,oM,nM,sM,iM,aM,cM,pM,lM,uM,dM,mM,fM,gM,hM,mb,rh,yM,ih,fb,gb,EM,Co,oh,xM,nh,SM,Sb,ah,hb,Le,Cp,RM,Tp,yb,Rb,Eb,xb,_M,wM,IM,sh,TM,We,_b,wb,$i,Ib,Tb,Cb,vb,ch,
CM,Ab,bb,Pb,Ob,Nb,Db,kb,$b,ph,lh,Li=p(()=>{X();th();Ip();rM="AccessDeniedException",oM="AccessToken",nM="CreateOAuth2Token",sM="CreateOAuth2TokenRequest",iM="Cr\
eateOAuth2TokenRequestBody",aM="CreateOAuth2TokenResponseBody",cM="CreateOAuth2TokenResponse",pM="CreateOAuth2TokenWithIAM",lM="CreateOAuth2TokenWithIAMRequest",
uM="CreateOAuth2TokenWithIAMResponse",dM="InternalServerException",mM="OAuthAccessToken",fM="RefreshToken",gM="TooManyRequestsError",hM="ValidationException",mb=
"accessKeyId",rh="accessToken",yM="access_token",ih="client",fb="clientId",gb="codeVerifier",EM="code",Co="error",oh="expiresIn",xM="expires_in",nh="grantType",
SM="grant_type",Sb="http",ah="httpError",hb="idToken",Le="jsonName",Cp="message",RM="resource",Tp="refreshToken",yb="redirectUri",Rb="smithy.ts.sdk.synthetic.co\
m.amazonaws.signin",Eb="secretAccessKey",xb="sessionToken",_M="server",wM="tokenInput",IM="tokenOutput",sh="tokenType",TM="token_type",We="com.amazonaws.signin",
_b=new Q(Rb),wb=[-3,Rb,"SigninServiceException",0,[],[]];_b.registerError(wb,Ir);$i=new Q(We),Ib=[-3,We,rM,{[Co]:ih},[Co,Cp],[0,0],2];$i.registerError(Ib,Oi);Tb=
[-3,We,dM,{[Co]:_M,[ah]:500},[Co,Cp],[0,0],2];$i.registerError(Tb,Ni);Cb=[-3,We,gM,{[Co]:ih,[ah]:429},[Co,Cp],[0,0],2];$i.registerError(Cb,Di);vb=[-3,We,hM,{[Co]:ih,
[ah]:400},[Co,Cp],[0,0],2];$i.registerError(vb,ki);ch=[_b,$i],CM=[0,We,mM,8,0],Ab=[0,We,fM,8,0],bb=[3,We,oM,8,[mb,Eb,xb],[[0,{[Le]:mb}],[0,{[Le]:Eb}],[0,{[Le]:xb}]],
3],Pb=[3,We,sM,0,[wM],[[()=>Ob,16]],1],Ob=[3,We,iM,0,[fb,nh,EM,yb,gb,Tp],[[0,{[Le]:fb}],[0,{[Le]:nh}],0,[0,{[Le]:yb}],[0,{[Le]:gb}],[()=>Ab,{[Le]:Tp}]],2],Nb=[3,
We,cM,0,[IM],[[()=>Db,16]],1],Db=[3,We,aM,0,[rh,sh,oh,Tp,hb],[[()=>bb,{[Le]:rh}],[0,{[Le]:sh}],[1,{[Le]:oh}],[()=>Ab,{[Le]:Tp}],[0,{[Le]:hb}]],4],kb=[3,We,lM,0,
[nh,RM],[[0,{[Le]:SM}],0],2],$b=[3,We,uM,0,[rh,sh,oh],[[()=>CM,{[Le]:yM}],[0,{[Le]:TM}],[1,{[Le]:xM}]],3],ph=[9,We,nM,{[Sb]:["POST","/v1/token",200]},()=>Pb,()=>Nb],
lh=[9,We,pM,{[Sb]:["POST","/v1/token?x-amz-client-auth-method=iam",200]},()=>kb,()=>$b]});var Lb,Ub=p(()=>{we();Zo();st();en();T();F();k();Xg();db();Li();Lb=t=>({apiVersion:"2023-01-01",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??ub,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
YA,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new nt}],logger:t?.logger??new _e,protocol:t?.protocol??qr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.signin",errorTypeRegistries:ch,version:"2023-01-01",serviceTarget:"Signin"},serviceId:t?.serviceId??"Signin",
sha256:t?.sha256??gt,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??Z})});var Fb,Mb=p(()=>{Zs();M();we();T();$();dt();k();mo();Ub();Fb=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Dt),o=Lb(t);Tt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ft,n),bodyLengthChecker:t?.bodyLengthChecker??
Ct,defaultSocketTimeout:yr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:fo.version}),maxAttempts:t?.
maxAttempts??_(Yt,t),region:t?.region??_(be,{...tt,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Qt,default:async()=>(await r()).
retryMode||it},t),streamCollector:t?.streamCollector??je,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Ot,n),userAgentAppId:t?.
userAgentAppId??_(tr,n)}}});var Hb,Bb,Gb=p(()=>{Hb=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},Bb=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var jb,zb=p(()=>{M();T();F();Gb();jb=(t,e)=>{let r=Object.assign(rr(t),$t(t),Bt(t),Hb(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),Gt(r),
Bb(r))}});var Ui,uh=p(()=>{M();st();T();$();W();F();dt();X();Xg();Qg();Mb();zb();Ui=class extends Ie{config;constructor(...[e]){let r=Fb(e||{});super(r),this.initConfig=r;
let o=QA(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=ar(a),l=XA(c),u=jb(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(
Zt(this.config)),this.middlewareStack.use(pr(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:JA,identityProviderConfigProvider:async d=>new Ve(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(ut(this.config))}destroy(){super.destroy()}}});var vp,Vb,qb,Ap,dh=p(()=>{T();W();Qg();vp=Ut(ZA,"Signin","SigninClient",cr),Vb={IsControlPlane:{type:"staticContextParams",value:!1}},qb={IsOAuthEndpoint:{type:"\
staticContextParams",value:!0}},Ap=(t,e,r,o)=>[]});var Fi,mh=p(()=>{dh();Li();Fi=class extends vp(Vb,Ap,"CreateOAuth2Token",ph){}});var Mi,fh=p(()=>{dh();Li();Mi=class extends vp(qb,Ap,"CreateOAuth2TokenWithIAM",lh){}});var vM,bp,Wb=p(()=>{T();mh();fh();uh();vM={CreateOAuth2TokenCommand:Fi,CreateOAuth2TokenWithIAMCommand:Mi},bp=class extends Ui{};jr(vM,bp)});var Kb=p(()=>{mh();fh()});var AM,Jb=p(()=>{AM={AUTHCODE_EXPIRED:"AUTHCODE_EXPIRED",CONFLICT:"CONFLICT",INSUFFICIENT_PERMISSIONS:"INSUFFICIENT_PERMISSIONS",INVALID_REQUEST:"INVALID_REQUES\
T",OAUTH_INVALID_CLIENT:"invalid_client",OAUTH_INVALID_GRANT:"invalid_grant",OAUTH_INVALID_REQUEST:"invalid_request",OAUTH_INVALID_SCOPE:"invalid_scope",OAUTH_INVALID_TARGET:"\
invalid_target",OAUTH_RATE_EXCEEDED:"rate_exceeded",OAUTH_SERVICE_UNAVAILABLE:"service_unavailable",OAUTH_UNSUPPORTED_GRANT_TYPE:"unsupported_grant_type",RESOURCE_NOT_FOUND:"\
RESOURCE_NOT_FOUND",SERVER_ERROR:"server_error",SERVICE_QUOTA_EXCEEDED:"SERVICE_QUOTA_EXCEEDED",TOKEN_EXPIRED:"TOKEN_EXPIRED",USER_CREDENTIALS_CHANGED:"USER_CRE\
DENTIALS_CHANGED"}});var Yb=p(()=>{});var Xb={};sr(Xb,{$Command:()=>ir,AccessDeniedException:()=>Oi,AccessDeniedException$:()=>Ib,AccessToken$:()=>bb,CreateOAuth2Token$:()=>ph,CreateOAuth2TokenCommand:()=>Fi,
CreateOAuth2TokenRequest$:()=>Pb,CreateOAuth2TokenRequestBody$:()=>Ob,CreateOAuth2TokenResponse$:()=>Nb,CreateOAuth2TokenResponseBody$:()=>Db,CreateOAuth2TokenWithIAM$:()=>lh,
CreateOAuth2TokenWithIAMCommand:()=>Mi,CreateOAuth2TokenWithIAMRequest$:()=>kb,CreateOAuth2TokenWithIAMResponse$:()=>$b,InternalServerException:()=>Ni,InternalServerException$:()=>Tb,
OAuth2ErrorCode:()=>AM,Signin:()=>bp,SigninClient:()=>Ui,SigninServiceException:()=>Ir,SigninServiceException$:()=>wb,TooManyRequestsError:()=>Di,TooManyRequestsError$:()=>Cb,
ValidationException:()=>ki,ValidationException$:()=>vb,__Client:()=>Ie,errorTypeRegistries:()=>ch});var Qb=p(()=>{uh();Wb();Kb();T();Li();Jb();th();Yb();Ip()});var vo,Pp,Zb,Hi,Op,eP=p(()=>{$();F();vo=require("node:crypto"),Pp=require("node:fs"),Zb=require("node:os"),Hi=require("node:path"),Op=class t{profileData;init;callerClientConfig;static REFRESH_THRESHOLD=300*
1e3;constructor(e,r,o){this.profileData=e,this.init=r,this.callerClientConfig=o}async loadCredentials(){let e=await this.loadToken();if(!e)throw new R(`Failed t\
o load a token for session ${this.loginSession}, please re-authenticate using aws login`,{tryNextLink:!1,logger:this.logger});let r=e.accessToken,o=Date.now();return new Date(
r.expiresAt).getTime()-o<=t.REFRESH_THRESHOLD?this.refresh(e):this.toCredentials(e.accessToken)}get logger(){return this.init?.logger}get loginSession(){return this.
profileData.login_session}toCredentials(e){return{accessKeyId:e.accessKeyId,secretAccessKey:e.secretAccessKey,sessionToken:e.sessionToken,accountId:e.accountId,
expiration:new Date(e.expiresAt)}}async refresh(e){let r=await this.loadToken().catch(()=>e),o=Date.now(),n=new Date(r.accessToken.expiresAt).getTime(),s=new Date(
e.accessToken.expiresAt).getTime(),i=n<=o&&s>o?e:r;if(new Date(i.accessToken.expiresAt).getTime()-Date.now()>t.REFRESH_THRESHOLD)return this.toCredentials(i.accessToken);
let{SigninClient:c,CreateOAuth2TokenCommand:l}=await Promise.resolve().then(()=>(Qb(),Xb)),{logger:u,userAgentAppId:d}=this.callerClientConfig??{},f=(x=>x?.metadata?.
handlerProtocol==="h2")(this.callerClientConfig?.requestHandler)?void 0:this.callerClientConfig?.requestHandler,g=typeof i.signInRegion=="string"&&i.signInRegion.
length>0?i.signInRegion:void 0,y=g??this.profileData.region??await this.callerClientConfig?.region?.()??process.env.AWS_REGION,h=new c({credentials:{accessKeyId:"",
secretAccessKey:""},region:y,requestHandler:f,logger:u,userAgentAppId:d,...this.init?.clientConfig,...g&&{region:g}});this.createDPoPInterceptor(h.middlewareStack);
let S={tokenInput:{clientId:i.clientId,refreshToken:i.refreshToken,grantType:"refresh_token"}};try{let x=await h.send(new l(S)),{accessKeyId:v,secretAccessKey:b,
sessionToken:L}=x.tokenOutput?.accessToken??{},{refreshToken:Y,expiresIn:Ce}=x.tokenOutput??{};if(!v||!b||!L||!Y)throw new R("Token refresh response missing req\
uired fields",{logger:this.logger,tryNextLink:!1});let nr=(Ce??900)*1e3,Cr=new Date(Date.now()+nr),ce={...i,accessToken:{...i.accessToken,accessKeyId:v,secretAccessKey:b,
sessionToken:L,expiresAt:Cr.toISOString()},refreshToken:Y};return await this.saveToken(ce),this.toCredentials(ce.accessToken)}catch(x){if(x.name==="AccessDenied\
Exception"){let b=x.error,L;switch(b){case"TOKEN_EXPIRED":L="Your session has expired. Please reauthenticate.";break;case"USER_CREDENTIALS_CHANGED":L="Unable to\
 refresh credentials because of a change in your password. Please reauthenticate with your new password.";break;case"INSUFFICIENT_PERMISSIONS":L="Unable to refr\
esh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.";break;default:L=`Failed to refresh token: ${String(
x)}. Please re-authenticate using \`aws login\``}throw new R(L,{logger:this.logger,tryNextLink:!1})}if(new Date(i.accessToken.expiresAt).getTime()>Date.now())return this.
logger?.warn?.(`Failed to refresh token: ${String(x)}. Using existing token until expiry.`),this.toCredentials(i.accessToken);throw new R(`Failed to refresh tok\
en: ${String(x)}. Please re-authenticate using aws login`,{logger:this.logger})}}async loadToken(){let e=this.getTokenFilePath();try{let r=await Pp.promises.readFile(
e,"utf8"),o=JSON.parse(r),n=["accessToken","clientId","refreshToken","dpopKey"].filter(s=>!o[s]);if(o.accessToken?.accountId||n.push("accountId"),n.length>0)throw new R(
`Token validation failed, missing fields: ${n.join(", ")}`,{logger:this.logger,tryNextLink:!1});return o}catch(r){throw new R(`Failed to load token from ${e}: ${String(
r)}`,{logger:this.logger,tryNextLink:!1})}}async saveToken(e){let r=this.getTokenFilePath(),o=(0,Hi.dirname)(r);try{await Pp.promises.mkdir(o,{recursive:!0})}catch{}
await Pp.promises.writeFile(r,JSON.stringify(e,null,2),"utf8")}getTokenFilePath(){let e=process.env.AWS_LOGIN_CACHE_DIRECTORY??(0,Hi.join)((0,Zb.homedir)(),".aw\
s","login","cache"),r=Buffer.from(this.loginSession,"utf8"),o=(0,vo.createHash)("sha256").update(r).digest("hex");return(0,Hi.join)(e,`${o}.json`)}derToRawSignature(e){
let r=2;if(e[r]!==2)throw new Error("Invalid DER signature");r++;let o=e[r++],n=e.subarray(r,r+o);if(r+=o,e[r]!==2)throw new Error("Invalid DER signature");r++;
let s=e[r++],i=e.subarray(r,r+s);n=n[0]===0?n.subarray(1):n,i=i[0]===0?i.subarray(1):i;let a=Buffer.concat([Buffer.alloc(32-n.length),n]),c=Buffer.concat([Buffer.
alloc(32-i.length),i]);return Buffer.concat([a,c])}createDPoPInterceptor(e){e.add(r=>async o=>{if(G.isInstance(o.request)){let n=o.request,s=`${n.protocol}//${n.
hostname}${n.port?`:${n.port}`:""}${n.path}`,i=await this.generateDpop(n.method,s);n.headers={...n.headers,DPoP:i}}return r(o)},{step:"finalizeRequest",name:"dp\
opInterceptor",override:!0})}async generateDpop(e="POST",r){let o=await this.loadToken();try{let n=(0,vo.createPrivateKey)({key:o.dpopKey,format:"pem",type:"sec\
1"}),i=(0,vo.createPublicKey)(n).export({format:"der",type:"spki"}),a=-1;for(let x=0;x<i.length;x++)if(i[x]===4){a=x;break}let c=i.slice(a+1,a+33),l=i.slice(a+33,
a+65),u={alg:"ES256",typ:"dpop+jwt",jwk:{kty:"EC",crv:"P-256",x:c.toString("base64url"),y:l.toString("base64url")}},d={jti:crypto.randomUUID(),htm:e,htu:r,iat:Math.
floor(Date.now()/1e3)},m=Buffer.from(JSON.stringify(u)).toString("base64url"),f=Buffer.from(JSON.stringify(d)).toString("base64url"),g=`${m}.${f}`,y=(0,vo.sign)(
"sha256",Buffer.from(g),n),S=this.derToRawSignature(y).toString("base64url");return`${g}.${S}`}catch(n){throw new R(`Failed to generate Dpop proof: ${n instanceof
Error?n.message:String(n)}`,{logger:this.logger,tryNextLink:!1})}}}});var tP,rP=p(()=>{M();$();eP();tP=t=>async({callerClientConfig:e}={})=>{t?.logger?.debug?.("@aws-sdk/credential-providers - fromLoginCredentials");let r=await xr(
t||{}),o=Ze({profile:t?.profile??e?.profile}),n=r[o];if(!n?.login_session)throw new R(`Profile ${o} does not contain login_session.`,{tryNextLink:!0,logger:t?.logger});
let i=await new Op(n,t,e).loadCredentials();return H(i,"CREDENTIALS_LOGIN","AD")}});var oP={};sr(oP,{fromLoginCredentials:()=>tP});var nP=p(()=>{rP()});var sP,iP,aP=p(()=>{M();sP=t=>!!(t&&t.login_session),iP=async(t,e,r)=>{let{fromLoginCredentials:o}=await Promise.resolve().then(()=>(nP(),oP)),n=await o({...e,profile:t})(
{callerClientConfig:r});return H(n,"CREDENTIALS_PROFILE_LOGIN","AC")}});var cP,pP=p(()=>{M();cP=(t,e,r)=>{if(e.Version!==1)throw Error(`Profile ${t} credential_process did not return Version 1.`);if(e.AccessKeyId===void 0||e.SecretAccessKey===
void 0)throw Error(`Profile ${t} credential_process returned invalid credentials.`);if(e.Expiration){let s=new Date;if(new Date(e.Expiration)<s)throw Error(`Pro\
file ${t} credential_process returned expired credentials.`)}let o=e.AccountId;!o&&r?.[t]?.aws_account_id&&(o=r[t].aws_account_id);let n={accessKeyId:e.AccessKeyId,
secretAccessKey:e.SecretAccessKey,...e.SessionToken&&{sessionToken:e.SessionToken},...e.Expiration&&{expiration:new Date(e.Expiration)},...e.CredentialScope&&{credentialScope:e.
CredentialScope},...o&&{accountId:o}};return H(n,"CREDENTIALS_PROCESS","w"),n}});var lP,uP,dP,mP=p(()=>{$();lP=require("node:child_process"),uP=require("node:util");pP();dP=async(t,e,r)=>{let o=e[t];if(e[t]){let n=o.credential_process;if(n!==
void 0){let s=(0,uP.promisify)(As?.getTokenRecord?.().exec??lP.exec);try{let{stdout:i}=await s(n),a;try{a=JSON.parse(i.trim())}catch{throw Error(`Profile ${t} c\
redential_process returned invalid JSON.`)}return cP(t,a,e)}catch(i){throw new R(i.message,{logger:r})}}else throw new R(`Profile ${t} did not contain credentia\
l_process.`,{logger:r})}else throw new R(`Profile ${t} could not be found in shared credentials file.`,{logger:r})}});var fP,gP=p(()=>{$();mP();fP=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");let r=await xr(t);
return dP(Ze({profile:t.profile??e?.profile}),r,t.logger)}});var gh={};sr(gh,{fromProcess:()=>fP});var hh=p(()=>{gP()});var hP,yP,EP=p(()=>{M();hP=t=>!!t&&typeof t=="object"&&typeof t.credential_process=="string",yP=async(t,e)=>{let{fromProcess:r}=await Promise.resolve().then(()=>(hh(),gh)),
o=await r({...t,profile:e})();return H(o,"CREDENTIALS_PROFILE_PROCESS","v")}});var xP,SP,RP=p(()=>{M();xP=async(t,e,r={},o)=>{let{fromSSO:n}=await Promise.resolve().then(()=>(bg(),Ag));return n({profile:t,logger:r.logger,parentClientConfig:r.
parentClientConfig,clientConfig:r.clientConfig})({callerClientConfig:o}).then(s=>e.sso_session?H(s,"CREDENTIALS_PROFILE_SSO","r"):H(s,"CREDENTIALS_PROFILE_SSO_L\
EGACY","t"))},SP=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var yh,Eh,_P=p(()=>{M();yh=t=>!!t&&typeof t=="object"&&typeof t.aws_access_key_id=="string"&&typeof t.aws_secret_access_key=="string"&&["undefined","string"].indexOf(
typeof t.aws_session_token)>-1&&["undefined","string"].indexOf(typeof t.aws_account_id)>-1,Eh=async(t,e)=>{e?.logger?.debug("@aws-sdk/credential-provider-ini - \
resolveStaticCredentials");let r={accessKeyId:t.aws_access_key_id,secretAccessKey:t.aws_secret_access_key,sessionToken:t.aws_session_token,...t.aws_credential_scope&&
{credentialScope:t.aws_credential_scope},...t.aws_account_id&&{accountId:t.aws_account_id}};return H(r,"CREDENTIALS_PROFILE","n")}});var Yn,xh=p(()=>{Yn=t=>async e=>{t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");let{roleArn:r,roleSessionName:o,webIdentityToken:n,
providerId:s,policyArns:i,policy:a,durationSeconds:c}=t,{roleAssumerWithWebIdentity:l}=t;if(!l){let{getDefaultRoleAssumerWithWebIdentity:u}=await Promise.resolve().then(()=>(Yg(),Jg));
l=u({...t.clientConfig,credentialProviderLogger:t.logger,parentClientConfig:{...e?.callerClientConfig,...t.parentClientConfig}},t.clientPlugins)}return l({RoleArn:r,
RoleSessionName:o??`aws-sdk-js-session-${Date.now()}`,WebIdentityToken:n,ProviderId:s,PolicyArns:i,Policy:a,DurationSeconds:c})}});var IP,wP,bM,PM,TP,CP=p(()=>{M();$();IP=require("node:fs");xh();wP="AWS_WEB_IDENTITY_TOKEN_FILE",bM="AWS_ROLE_ARN",PM="AWS_ROLE_SESSION_NAME",TP=(t={})=>async e=>{
t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile");let r=t?.webIdentityTokenFile??process.env[wP],o=t?.roleArn??process.env[bM],n=t?.roleSessionName??
process.env[PM];if(!r||!o)throw new R("Web identity configuration not specified",{logger:t.logger});let s=await Yn({...t,webIdentityToken:As?.getTokenRecord?.()[r]??
(0,IP.readFileSync)(r,{encoding:"ascii"}),roleArn:o,roleSessionName:n})(e);return r===process.env[wP]&&H(s,"CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN","h"),s}});var Sh={};sr(Sh,{fromTokenFile:()=>TP,fromWebToken:()=>Yn});var Np=p(()=>{CP();xh()});var vP,AP,bP=p(()=>{M();vP=t=>!!t&&typeof t=="object"&&typeof t.web_identity_token_file=="string"&&typeof t.role_arn=="string"&&["undefined","string"].indexOf(typeof t.
role_session_name)>-1,AP=async(t,e,r)=>{let{fromTokenFile:o}=await Promise.resolve().then(()=>(Np(),Sh)),n=await o({webIdentityTokenFile:t.web_identity_token_file,
roleArn:t.role_arn,roleSessionName:t.role_session_name,roleAssumerWithWebIdentity:e.roleAssumerWithWebIdentity,logger:e.logger,parentClientConfig:e.parentClientConfig})(
{callerClientConfig:r});return H(n,"CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN","q")}});var Rh,PP=p(()=>{$();KA();aP();EP();RP();_P();bP();Rh=async(t,e,r,o,n={},s=!1)=>{let i=e[t];if(Object.keys(n).length>0&&yh(i))return Eh(i,r);if(s||qA(i,{profile:t,
logger:r.logger}))return WA(t,e,r,o,n,Rh);if(yh(i))return Eh(i,r);if(vP(i))return AP(i,r,o);if(hP(i))return yP(r,t);if(SP(i))return await xP(t,i,r,o);if(sP(i))return iP(
t,r,o);throw new R(`Could not resolve credentials using profile: [${t}] in configuration/credentials file(s).`,{logger:r.logger})}});var OP,NP=p(()=>{$();PP();OP=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");let r=await xr(t);return Rh(
Ze({profile:t.profile??e?.profile}),r,t,e)}});var DP={};sr(DP,{fromIni:()=>OP});var kP=p(()=>{NP()});var aD=require("node:fs");var w=class extends Error{constructor(r,o,n){super(`${r}: ${ds(o)} ${n}`);this.option=r;this.rule=n;this.name="InputError"}option;rule;exitCode=2},wt=class extends Error{constructor(r,o,n){
super(r,n);this.hint=o;this.name="DeliveryError"}hint;exitCode=1},Ae=class extends wt{constructor(e,r){super(e,r),this.name="PrerequisiteError"}},gr=class extends wt{constructor(e,r,o){
super(e,r,o),this.name="CredentialsError"}},pe=class extends wt{constructor(e,r,o){super(e,r,o),this.name="RegistryError"}},Xr=class extends wt{constructor(e,r){
super(`gave up after ${e} s (timeout-seconds)${r.length?`, still waiting for ${r.join(", ")}`:""}`,"check that the runner can reach AWS and the registry (proxy,\
 firewall, VPC endpoints, AWS_ENDPOINT_URL_*); raise timeout-seconds if the build or push legitimately takes longer"),this.name="DeadlineError"}},us=class extends wt{constructor(e,r){
super(e,r),this.name="ScanGateError"}},hr=class extends wt{constructor(e){super(e,"check HTTPS_PROXY / HTTP_PROXY (host, port, and the user:password in the URL \
if the proxy wants one), or list the host in NO_PROXY to reach it directly"),this.name="ProxyError"}},ra=class extends wt{exitCode;constructor(e,r){super(`cance\
lled by ${e}${r.length?` while running ${r.join(", ")}`:""}`),this.name="CancelledError",this.exitCode=128+(e==="SIGINT"?2:15)}},It=class extends wt{constructor(e,r){
super(e,r),this.name="DockerError"}},GD=/[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;function ds(t,e=80){let r=Array.
from(t.slice(0,e*2)),o=r.length>e||t.length>e*2?`${r.slice(0,e).join("")}\u2026`:t;return JSON.stringify(o).replace(GD,n=>`\\u${n.charCodeAt(0).toString(16).padStart(
4,"0")}`)}function mn(t){return t instanceof w?{message:t.message,exitCode:2}:t instanceof wt?{message:t.message,hint:t.hint,exitCode:t.exitCode}:{message:t instanceof
Error?`${t.name}: ${t.message}`:String(t),exitCode:1}}var cy=t=>`ECR_DELIVER_${t.toUpperCase().replace(/-/g,"_")}`,py=t=>`ECR_DELIVERED_${t.toUpperCase().replace(/-/g,"_")}`;var Fr=[{name:"registry",description:"Registry host, as ECR returns it, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com`."},{name:"repository-uri",description:"\
Repository URI, `<registry>/<repository>`."},{name:"image",description:"Image reference with the commit SHA tag, `<repository-uri>:<sha>`."},{name:"digest",description:"\
Digest (`sha256:\u2026`) of the pushed manifest."},{name:"image-ref",description:"Image reference pinned by digest, `<repository-uri>@<digest>`."},{name:"tags",
type:"list",description:"Tags applied, comma-separated, the SHA first."},{name:"pushed",type:"boolean",description:"`true`, or `false` when nothing was uploaded\
 (skip-existing hit, immutable SHA already there, or push: false)."},{name:"scan-findings",description:'With `scan-wait`: counts by severity as JSON, e.g. `{"CR\
ITICAL":0,"HIGH":2}`; empty without a scan.'}];function No(t,e){let r=t[e];return Array.isArray(r)?r.join(","):String(r)}function ly(t){return Object.fromEntries(
Fr.map(({name:e})=>[e,No(t,e)]))}var Uy=require("node:child_process"),Fy=require("node:fs");var Sy=require("node:fs");var dy=require("node:crypto");var uy=128,jD=/^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/,
zD=/^refs\/(?:tags\/(.+)|heads\/(.+)|pull\/(\d{1,9})\/(?:merge|head))$/;function Xu(t){let e=zD.exec(t);if(e)return e[1]!==void 0?{tag:e[1]}:e[2]!==void 0?{branch:e[2]}:
{pullRequest:Number(e[3])}}function my(t,e={}){let r=e.pull_request?.number;if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")&&Number.isInteger(r))return{
pullRequest:r};let o=t.GITHUB_REF?Xu(t.GITHUB_REF):void 0;return o||(t.GITHUB_REF_TYPE==="tag"&&t.GITHUB_REF_NAME?{tag:t.GITHUB_REF_NAME}:t.GITHUB_REF_TYPE==="b\
ranch"&&t.GITHUB_REF_NAME?{branch:t.GITHUB_REF_NAME}:{})}function fy(t){if(t.CIRCLE_TAG)return{tag:t.CIRCLE_TAG};if(t.CIRCLE_PR_NUMBER&&/^\d{1,9}$/.test(t.CIRCLE_PR_NUMBER))
return{pullRequest:Number(t.CIRCLE_PR_NUMBER)};let e=/\/pull\/(\d{1,9})\/?$/.exec(t.CIRCLE_PULL_REQUEST??"")?.[1];return{...t.CIRCLE_BRANCH?{branch:t.CIRCLE_BRANCH}:
{},...e?{pullRequest:Number(e)}:{}}}function VD(t){let e=jD.exec(t);if(!e)return;let[,r,o,n,s,i]=e,a=t.replace(/^v/,"");if(s!==void 0||i!==void 0)return{tags:[a.
replace("+","_")],version:a};let c=[`${r}.${o}.${n}`,`${r}.${o}`];return r!=="0"&&c.push(r),{tags:c,version:a}}function gy(t){let e=t.toLowerCase().replace(/[^a-z0-9_.-]+/g,
"-").replace(/^[.-]+/,"").replace(/-+$/,""),r=(0,dy.createHash)("sha256").update(t).digest("hex").slice(0,7);return e?e.length<=uy?e:`${e.slice(0,uy-r.length-1).
replace(/[.-]+$/,"")}-${r}`:`branch-${r}`}function hy(t,e){let r=[],o;if(e.semverTags&&t.tag!==void 0){let n=VD(t.tag);n&&(r.push(...n.tags),o=n.version)}return e.
branchTag&&(t.branch!==void 0&&r.push(gy(t.branch)),t.pullRequest!==void 0&&r.push(`pr-${t.pullRequest}`)),{tags:[...new Set(r)],version:o}}function yy(t,e){let r=t.
length||e.tags.length?[...t]:["latest"];for(let o of e.tags)o.includes(".")&&e.version!==void 0?r.push("*.*"):/^pr-\d+$/.test(o)?r.push("pr-*"):r.push(o);return[
...new Set(r)]}var Qu=5;function Ey(t,e,r){for(let o of t.tags){let n=r(o);if(!n)continue;let s=o===`pr-${e.pullRequest}`||e.branch!==void 0&&o===gy(e.branch)?"\
branch-tag":"semver-tags";throw new w(s,o,`${n} (derived from the git ref)`)}}var fn=require("node:fs");var ne=(t,e)=>r=>t.test(r)?void 0:e;function gn(t,e,r){if(r)throw new w(t,e,r)}var le=(t,e=r=>r)=>({type:"string",parse:(r,o)=>{let n=e(r);return t&&gn(o,n,t(n)),
n}}),pt={type:"boolean",parse:(t,e)=>{if(/^(true|1)$/i.test(t))return!0;if(/^(false|0)$/i.test(t))return!1;throw new w(e,t,"is not a boolean: use true or false")}},
oa=(t,e)=>({type:"integer",parse:(r,o)=>{let n=/^\d{1,6}$/.test(r)?Number(r):NaN;if(!(n>=t&&n<=e))throw new w(o,r,`is not a whole number from ${t} to ${e}`);return n}}),
Qr=(...t)=>({type:"enum",values:t,parse:(e,r)=>{let o=t.find(n=>n.toUpperCase()===e.toUpperCase());if(o===void 0)throw new w(r,e,`is not one of ${t.join(", ")}`);
return o}}),Do=(t,{commas:e=!1,max:r=1/0}={})=>({type:"list",parse:(o,n)=>{let s=o.split(e?/[\n,]/:/\n/).map(i=>i.replace(/\r$/,"").trim()).filter(i=>i!=="");for(let i of s)
gn(n,i,t(i));if(s.length>r)throw new w(n,o,`lists more than ${r} entries`);return[...new Set(s)]}}),hn=t=>({type:"path",parse:(e,r)=>(t?.(r,e),e)});function ko(t,e){
if(!(0,fn.existsSync)(e)||!(0,fn.statSync)(e).isFile())throw new w(t,e,"is not a readable file")}function Zu(t,e){ko(t,e);try{JSON.parse((0,fn.readFileSync)(e,"\
utf8"))}catch{throw new w(t,e,"does not contain valid JSON")}}var qD=/^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/,WD=/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/,KD=/^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/,JD=/^[\w+=,.@-]{2,64}$/,
YD=/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/,XD=/^[0-9a-f]{40}$/,QD=/^\d{12}$/,ZD=/^[\x21-\x7e]{1,256}$/,He={repository:t=>t.length>=2&&t.length<=256&&qD.test(t)?
void 0:"is not a valid ECR repository name: lowercase letters and digits, separated by single `.`, `_`, `-` or `/`, 2\u2013256 characters",region:ne(KD,"is not \
an AWS region name like `eu-west-1`"),tag:ne(WD,"is not a valid image tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`"),commitSha:ne(XD,"is not a full commit SHA (40 h\
ex characters)"),sessionName:ne(JD,"is not a valid STS session name: `[\\w+=,.@-]`, 2\u201364 characters"),account:ne(QD,"is not an AWS account id (12 digits)"),
audience:ne(ZD,"is not a valid audience: 1\u2013256 printable characters, no spaces")},Ry=t=>t.split(",").every(e=>YD.test(e.trim()))?void 0:"is not a comma-sep\
arated list of `os/arch[/variant]`",xy=/^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/,ed="public.ecr.aws/",_y={type:"list",parse:(t,e)=>Do(ne(xy,"is not an \
ECR registry id (12 digits) or `ID@REGION`"),{commas:!0}).parse(t,e).map(r=>{let[,o,n]=xy.exec(r);return n?{id:o,region:n}:{id:o}})},na=t=>({type:"string",parse:(e,r)=>{
let o=e.startsWith("file://")?e.slice(7):void 0;o!==void 0&&ko(r,o);let n=o!==void 0?(0,Sy.readFileSync)(o,"utf8"):e;if(n.length>t)throw new w(r,e,`is longer th\
an ECR Public's limit of ${t} characters`);return n}}),wy={type:"string",parse:(t,e)=>{let r=Xu(t);if(!r)throw new w(e,t,"is not a git ref: `refs/tags/NAME`, `r\
efs/heads/NAME` or `refs/pull/N/merge`");return r}},td=t=>t.startsWith(ed),Iy=t=>/^[a-z0-9][a-z0-9-]{1,49}\//.test(t.slice(ed.length))?void 0:"is not `public.ec\
r.aws/<alias>/<name>`";function Mr(t){return td(t)?t.slice(ed.length).split("/").slice(1).join("/"):t}var Ty="[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})",Cy="[A-Za-z0-9.\
_-]{1,100}",ek=new RegExp(`^${Ty}/${Cy}$`),tk=new RegExp(`^${Ty}@\\d{1,20}/${Cy}@\\d{1,20}$`),vy=/^(?!\/|-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/+@*?#-]{1,255}$/,Ay=/^[^\x00-\x1f\x7f:]{1,255}$/,
rd=/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,by=/^[A-Za-z0-9._/+@*#-]{1,255}$/,Py=/^arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)$/,
Oy=/^[a-z0-9*][a-z0-9._/*-]{0,255}$/,rk=/^(?:https:\/\/)?[a-z0-9.-]+(?::\d+)?(?:\/[\w./-]+)?$/i,Ny=t=>ek.test(t)||tk.test(t)?void 0:"is not a GitHub repository \
like `octo-org/octo-repo`, or `octo-org@123456/octo-repo@456789` with the immutable ids",Dy=ne(vy,"is not a git branch name"),ky=ne(vy,"is not a git tag name"),
$y=t=>t.length>=2&&t.length<=30&&!He.repository(t)?void 0:"is not a pull-through cache prefix (2\u201330 characters, ECR's repository naming rule)",Ly={type:"st\
ring",parse:(t,e)=>(gn(e,t,rk.test(t)?void 0:"is not an OIDC issuer like `ghe.example.com/_services/token`"),t.replace(/^https:\/\//,"").replace(/\/+$/,""))},od={
type:"string",parse:t=>!/^(false|0)$/i.test(t)};function ok(t){return t.GITHUB_ACTIONS==="true"?"github":t.CIRCLECI==="true"?"circleci":"other"}function yn(t,e=process.env,r="deliver"){let o=ok(e),n=r==="logi\
n"?"":ck(t,e);return{ci:o,region:sd(t.awsRegion,e),commitSha:n,sessionName:t.roleSessionName??pk(e),sourceUrl:lk(e),release:r==="login"?{tags:[]}:nk(t,e,o,n)}}function nk(t,e,r,o){
if(!t.semverTags&&!t.branchTag)return{tags:[]};let n=t.gitRef??sk(r,e,o),s=hy(n,t);return Ey(s,n,He.tag),s}function sk(t,e,r){if(t==="github")return my(e,My(e));
if(t==="circleci")return fy(e);let o=nd(["describe","--tags","--exact-match",r]);if(o)return{tag:o};let n=nd(["symbolic-ref","--short","-q","HEAD"]);return n?{branch:n}:
{}}function nd(t){try{return(0,Uy.execFileSync)("git",t,{encoding:"utf8",stdio:["ignore","pipe","ignore"]}).trim()||void 0}catch{return}}function My(t){if(!t.GITHUB_EVENT_PATH)
return{};try{return JSON.parse((0,Fy.readFileSync)(t.GITHUB_EVENT_PATH,"utf8"))}catch{return{}}}function sd(t,e){let r=t??(e.AWS_REGION||e.AWS_DEFAULT_REGION);if(!r)
throw new w("aws-region","","is required: set aws-region, or AWS_REGION / AWS_DEFAULT_REGION");let o=He.region(r);if(o)throw new w("aws-region",r,o);return r}function Zr(t){
return t.startsWith("cn-")?"aws-cn":t.startsWith("us-gov-")?"aws-us-gov":"aws"}function ik(t){if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")){let e=My(
t).pull_request?.head?.sha;if(e)return e}return t.GITHUB_SHA}var ak=()=>nd(["rev-parse","HEAD"]);function ck(t,e){let r=(t.commitSha??ik(e)??e.CIRCLE_SHA1??ak())?.
toLowerCase();if(!r)throw new w("commit-sha","","is required outside GitHub and CircleCI when `git rev-parse HEAD` has no answer");let o=He.commitSha(r);if(o)throw new w(
"commit-sha",r,o);return r}function pk(t){return`ecr-deliver-${t.GITHUB_RUN_ID?`${t.GITHUB_RUN_ID}-${t.GITHUB_RUN_ATTEMPT??"1"}`:t.CIRCLE_BUILD_NUM??t.CIRCLE_WORKFLOW_JOB_ID??
String(Date.now())}`.replace(/[^\w+=,.@-]/g,"-").slice(0,64)}function lk(t){if(t.GITHUB_REPOSITORY)return`${t.GITHUB_SERVER_URL??"https://github.com"}/${t.GITHUB_REPOSITORY}`;
let e=t.CIRCLE_REPOSITORY_URL;if(e){let r=/^git@([^:]+):(.+?)(?:\.git)?$/.exec(e);return r?`https://${r[1]}/${r[2]}`:e.replace(/\.git$/,"")}return""}var uk=[/^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/,/^ACTIONS_RUNTIME_TOKEN$/,/^CIRCLE_OIDC_TOKEN/,/^INPUT_/];function En(t,e){let r=Object.fromEntries(Object.entries(
t).filter(([o])=>!uk.some(n=>n.test(o))));return e?{...r,DOCKER_CONFIG:e}:r}var dk=3e3,xn=class{constructor(e,r){this.seconds=e;this.lifetime=r;this.expired=new Promise((o,n)=>{this.fail=n}),this.expired.catch(()=>{})}seconds;lifetime;controller=new AbortController;waiting=[];timer;fail;ending=!1;expired;onCancel=()=>this.
end(new ra(this.lifetime?.cancelled?.reason,this.stillWaiting()));get ms(){return this.seconds*1e3}get signal(){return this.controller.signal}async bound(e){this.
timer=setTimeout(()=>this.end(new Xr(this.seconds,this.stillWaiting())),this.ms);let r=this.lifetime?.cancelled;r?.aborted&&this.onCancel(),r?.addEventListener(
"abort",this.onCancel);try{let o=e().catch(n=>this.ending?this.expired:Promise.reject(n));return await Promise.race([o,this.expired])}finally{clearTimeout(this.
timer),r?.removeEventListener("abort",this.onCancel)}}async watch(e,r){this.controller.signal.throwIfAborted(),this.waiting.push(e);try{return await r()}finally{
this.waiting.splice(this.waiting.indexOf(e),1)}}stillWaiting(){return[...new Set(this.waiting)]}end(e){if(this.ending)return;this.ending=!0,clearTimeout(this.timer),
this.controller.abort(),(this.lifetime?.stopChildren(dk)??Promise.resolve()).then(()=>this.fail(e))}};function Sn(t,e,r){return t?t.watch(e,r):r()}var Rn=require("node:fs"),eE=require("node:os"),cd=require("node:path");var $o=require("node:fs");var mk=/^[A-Za-z0-9_.-]{1,128}$/,fk=/^[A-Za-z_][A-Za-z0-9_]*$/,gk=/^[A-Za-z_][A-Za-z0-9_]*=/,hk=/^(PATH|HOME|DOCKER_\w*|BUILDX_\w*|BUILDKIT_\w*|ECR_DELIVER_\w*)$/,
yk=t=>`ECR_DELIVER_BUILD_SECRET_${t}`,ms=t=>t.split(`
`).map(e=>e.replace(/\r$/,"").trim()).filter(Boolean),Hy=t=>t.includes("=")?`${t.split("=")[0]}=***`:"***";function id(t,e,r){let o=e.slice(0,Math.max(0,e.indexOf(
"=")));if(!o||!mk.test(o))throw new w(t,Hy(e),"is not `id=\u2026` with an id of letters, digits, `_`, `.` or `-`");if(r?.has(o))throw new w(t,Hy(e),"repeats a s\
ecret id");return r?.add(o),o}var By={type:"list",parse:(t,e)=>{let r=new Set;return ms(t).map(o=>{let n=id(e,o,r),s=o.slice(n.length+1),i=/^env:(.*)$/.exec(s)?.[1];
if(i!==void 0&&!fk.test(i))throw new w(e,`${n}=env:${i}`,"names no valid environment variable");if(i===void 0&&s==="")throw new w(e,`${n}=`,"has an empty value");
return i!==void 0?{id:n,env:i}:{id:n,value:s}})}},Gy={type:"list",parse:(t,e)=>{let r=new Set;return ms(t).map(o=>{let n=id(e,o,r),s=o.slice(n.length+1);if(!(0,$o.existsSync)(
s)||!(0,$o.statSync)(s).isFile())throw new w(e,`${n}=${s}`,"does not name a readable file");return{id:n,path:s}})}},jy={type:"list",parse:(t,e)=>ms(t).map(r=>{if(!r.
includes("=")){if(r!=="default")throw new w(e,r,"is not `default` or `id=PATH`");return{id:r}}let o=id(e,r),n=r.slice(o.length+1);if(!(0,$o.existsSync)(n))throw new w(
e,r,"names no existing key file or agent socket");return{id:o,path:n}})},zy={type:"list",parse:(t,e)=>{let r=ms(t);for(let o of r){let n=o.split("=")[0];if(!gk.
test(o))throw new w(e,o.includes("=")?`${n.slice(0,40)}=***`:"***","is not `KEY=VALUE` with KEY made of letters, digits and `_`");if(hk.test(n))throw new w(e,`${n}\
=***`,"is a name the docker CLI reads from its own environment (PATH, HOME, DOCKER_*, BUILDX_*, BUILDKIT_*)")}return[...new Set(r)]}};function fs(t){return{inline:t.
secrets,files:t.secretFiles,ssh:t.ssh}}var sa=t=>t.inline.length?"secrets":t.files.length?"secret-files":t.ssh.length?"ssh":void 0;function Vy(t,e){let r=new Set(
t.inline.map(o=>o.id));for(let o of t.files)if(r.has(o.id))throw new w("secret-files",`${o.id}=${o.path}`,"repeats an id of `secrets`");for(let o of t.inline)if(o.
env&&e[o.env]===void 0)throw new w("secrets",`${o.id}=env:${o.env}`,"names an environment variable that is not set");for(let o of t.ssh)if(!o.path&&!e.SSH_AUTH_SOCK)
throw new w("ssh",o.id,"needs an SSH agent (SSH_AUTH_SOCK is not set), or use `id=PATH` with a key file")}function qy(t,e){let r=[];for(let o of t.inline){let n=o.
value??e[o.env];n&&r.push(n)}for(let o of t.files){let n=(0,$o.readFileSync)(o.path,"utf8");n.length<=65536&&r.push(n.trim(),...ms(n).filter(s=>s.length>=4))}return[
...new Set(r.filter(Boolean))]}function Wy(t){let e=[],r={};t.inline.forEach((o,n)=>{let s=o.env??yk(n);o.value!==void 0&&(r[s]=o.value),e.push("--secret",`id=${o.
id},env=${s}`)});for(let o of t.files)e.push("--secret",`id=${o.id},src=${o.path}`);for(let o of t.ssh)e.push("--ssh",o.path?`${o.id}=${o.path}`:o.id);return{argv:e,
env:r}}var Ky={buildx:"buildx (docker buildx build)",buildkit:"the daemon's embedded BuildKit (DOCKER_BUILDKIT=1 docker build)",classic:"the classic builder (DOCKER_BU\
ILDKIT=0 docker build)"};function ad(t){let e=t.DOCKER_BUILDKIT;if(e!==void 0){if(/^(1|t|true)$/i.test(e))return!0;if(/^(0|f|false)$/i.test(e))return!1}}async function Jy(t,e,r={}){
let o=ad(e),n=r.buildx??r.buildkit;if(o===!1){if(n)throw new Ae(`${n} needs BuildKit, but DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} selects the classic builder`,"uns\
et DOCKER_BUILDKIT (or set it to 1), or drop the option");return"classic"}let[s,i]=await Promise.all([t.buildx(),t.embeddedBuildkit()]);if(s)return"buildx";if(r.
buildx)throw new Ae(`${r.buildx} needs docker buildx, which this machine does not have`,"install the buildx plugin (GitHub: docker/setup-buildx-action; CircleCI\
: the machine executor has it), or drop the option");if(i)return"buildkit";let a="install the buildx plugin (GitHub: docker/setup-buildx-action), or use a docke\
r CLI older than 23 with the daemon's embedded BuildKit";if(r.buildkit)throw new Ae(`${r.buildkit} needs BuildKit, but this docker CLI cannot build with BuildKi\
t without the buildx plugin`,a);if(o===!0)throw new Ae(`DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} asks for BuildKit, but this docker CLI cannot build with BuildKit w\
ithout the buildx plugin`,a);return"classic"}var Yy=3,Ek=/\b5\d\d\b|Service Unavailable|Bad Gateway|Gateway Time-?out|connection reset|broken pipe|\bEOF\b|i\/o timeout|TLS handshake timeout|connection refused|Client\.Timeout|too ?many ?requests|\b429\b|net\/http/i,
Xy=/no basic auth credentials|authentication required|unauthorized|\b401\b|authorization token has expired|denied: Your authorization token/i,Qy=t=>t.startsWith(
"-")?`./${t}`:t;function tE(t,e){let r={};return t.platform?.includes(",")?r.buildx="platform":t.provenance&&(r.buildx="provenance"),r.buildkit=sa(e),r}function xk(t,e,r){
let o=e==="buildx",n=o?["buildx","build"]:["build"],s=o?{}:{DOCKER_BUILDKIT:e==="buildkit"?"1":"0"};n.push("--file",Qy(t.dockerfile)),e==="classic"&&n.push("--f\
orce-rm");for(let i of t.tags)n.push("--tag",i);for(let[i,a]of Object.entries(t.labels))n.push("--label",`${i}=${a}`);for(let i of t.buildArgs){let a=i.indexOf(
"=");s[i.slice(0,a)]=i.slice(a+1),n.push("--build-arg",i.slice(0,a))}if(t.target&&n.push("--target",t.target),t.platform&&n.push("--platform",t.platform),e!=="c\
lassic"){let i=Wy(t.secrets);n.push(...i.argv),Object.assign(s,i.env)}return t.cache&&(o&&n.push("--cache-to","type=inline"),e==="buildkit"&&n.push("--build-arg",
"BUILDKIT_INLINE_CACHE=1"),t.cache.from&&n.push("--cache-from",o?`type=registry,ref=${t.cache.from}`:t.cache.from)),o&&(n.push("--provenance",t.provenance?"mode\
=max":"false"),t.provenance&&n.push("--sbom","true"),n.push(t.pushFromBuilder?"--push":"--load"),r&&n.push("--metadata-file",r)),n.push(Qy(t.context)),{argv:n,env:s}}
function Sk(t){return/digest: (sha256:[a-f0-9]{64})/.exec(t)?.[1]}var Zy=1e4,eo=class{constructor(e,r,o,n=process.env){this.runner=e;this.reporter=r;this.deadline=
o;this.env=n}runner;reporter;deadline;env;run(e,r,o){return Sn(this.deadline,`docker ${r[0]==="buildx"?"buildx build":r[0]}`,()=>this.runner(e,r,{...o,env:o?.env?
{...this.env,...o.env}:this.env}))}async check(){let e;try{e=await this.run("docker",["version","--format","{{.Server.Version}}"],{silent:!0,timeoutMs:Zy})}catch{
throw new Ae("docker is not installed: no `docker` command on PATH","use a runner or executor with Docker (CircleCI: the machine executor, or a docker image wit\
h setup_remote_docker)")}if(e.timedOut)throw new Ae(`the docker daemon did not answer within ${Zy/1e3} s (docker version)`,"the daemon is hung or overloaded: re\
start the docker engine (or check DOCKER_HOST / the docker context)");if(e.code!==0){let r=e.stderr.trim().split(`
`).pop()??"";throw new Ae(`the docker daemon is not reachable: ${r}`,"start the docker engine (CircleCI docker executor: add `setup_remote_docker`; or use the m\
achine executor)")}}buildx;embedded;chosen;hasBuildx(){return this.buildx??=this.run("docker",["buildx","version"],{silent:!0}).then(e=>e.code===0,()=>!1),this.
buildx}drivesEmbeddedBuildkit(){return this.embedded??=this.run("docker",["build","--help"],{silent:!0,env:{DOCKER_BUILDKIT:"1"}}).then(e=>e.code===0,()=>!1),this.
embedded}builder(e){return this.chosen??=Jy({buildx:()=>this.hasBuildx(),embeddedBuildkit:()=>this.drivesEmbeddedBuildkit()},this.env,e).then(r=>(this.reporter.
info(`Builder: ${Ky[r]}`),r)),this.chosen}logins=Promise.resolve();login(e){let r=this.logins.then(()=>this.loginNow(e));return this.logins=r.catch(()=>{}),r}async loginNow(e){
this.reporter.secret(e.password),this.reporter.secret(Buffer.from(`${e.username}:${e.password}`).toString("base64"));let r=await this.run("docker",["login","--u\
sername",e.username,"--password-stdin",e.host],{input:Buffer.from(e.password),output:this.reporter.output});if(r.code!==0)throw new It(`docker login to ${e.host}\
 failed: ${vr(r)}`)}async logout(e){await this.run("docker",["logout",e],{output:this.reporter.output})}async build(e,r){let o=r==="buildx"?(0,Rn.mkdtempSync)((0,cd.join)(
(0,eE.tmpdir)(),"ecr-deliver-")):void 0,n=o?(0,cd.join)(o,"metadata.json"):void 0;try{let s=await this.runBuild(e,r,n);if(s.code!==0&&e.cache&&/cache/i.test(vr(
s))&&(this.reporter.warning(`the build failed on the layer cache (${vr(s)}); building again without it`),s=await this.runBuild({...e,cache:void 0},r,n)),s.code!==
0)throw new It(`docker ${r==="buildx"?"buildx build":"build"} failed (exit ${s.code}): ${vr(s)}`);return!n||!e.pushFromBuilder?void 0:JSON.parse((0,Rn.readFileSync)(
n,"utf8"))["containerimage.digest"]}finally{o&&(0,Rn.rmSync)(o,{recursive:!0,force:!0})}}runBuild(e,r,o){let{argv:n,env:s}=xk(e,r,o);return this.run("docker",n,
{output:this.reporter.output,env:s})}async pullCache(e){let r=await this.run("docker",["pull","--quiet",e],{output:this.reporter.output});return r.code!==0&&this.
reporter.warning(`no layer cache: docker pull ${e} failed (${vr(r)}); building without it`),r.code===0}async tag(e,r){let o=await this.run("docker",["tag",e,r],
{output:this.reporter.output});if(o.code!==0)throw new It(`docker tag ${e} ${r} failed: ${vr(o)}`)}async push(e,r){let o=!1;for(let n=1;;n++){let s=await this.run(
"docker",["push",e],{output:this.reporter.output}),i=`${s.stdout}
${s.stderr}`;if(s.code===0){let a=Sk(i);if(!a)throw new It(`docker push ${e} printed no digest`);return a}if(Xy.test(i)&&!o){o=!0,this.reporter.warning(`the reg\
istry refused the credentials (${vr(s)}); logging in again`),await r();continue}if(Xy.test(i))throw new It(`docker push ${e} was refused after a fresh login: ${vr(
s)}`,"the credentials need ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage and ecr:BatchCheckLayerAvailability");if(!Ek.test(
i)||n>=Yy)throw new It(`docker push ${e} failed after ${n} attempt(s): ${vr(s)}`);this.reporter.warning(`docker push failed (${vr(s)}); retrying (${n}/${Yy-1})`),
await new Promise(a=>setTimeout(a,1e3*2**(n-1)))}}},Rk=/^(DEPRECATED:|Install the buildx|https:\/\/docs\.docker\.com\/|WARNING!|Configure a credential helper)/;
function vr(t){let e=o=>o.split(`
`).map(n=>n.trim()).filter(n=>n&&!Rk.test(n)),r=e(t.stdout);return e(t.stderr).pop()??[...r].reverse().find(o=>/error|denied|fail|unauthorized/i.test(o))??r.pop()??
`exit ${t.code}`}var KO=require("node:fs");var WO=require("node:fs");M();st();T();$();W();F();dt();X();we();T();var e0=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function fL(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}var t0=t=>{let e=[];switch(t.operation){default:e.push(fL(t))}return e},r0=t=>{let e=lr(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??
[])})};var o0=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr"}),n0={UseFIPS:{type:"b\
uiltInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInPar\
ams",name:"useDualstackEndpoint"}};var s0={name:"@aws-sdk/client-ecr",version:"3.1169.0",description:"AWS SDK for JavaScript Ecr Client for Node.js, Browser and React Native",homepage:"https://gi\
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
engines:{node:">=20.0.0"}};M();we();Hf();$();$();var nT="AWS_EC2_METADATA_DISABLED",sT=async t=>{let{ENV_CMDS_FULL_URI:e,ENV_CMDS_RELATIVE_URI:r,fromContainerMetadata:o,fromInstanceMetadata:n}=await Promise.resolve().then(()=>(Fc(),Uc));
if(process.env[r]||process.env[e]){t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");let{fromHttp:s}=await Promise.resolve().then(()=>(Qf(),Xf));
return Fo(s(t),o(t))}return process.env[nT]&&process.env[nT]!=="false"?async()=>{throw new R("EC2 Instance Metadata Service access disabled",{logger:t.logger})}:
(t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata"),n(t))};function iT(t,e){let r=zL(t),o,n,s,i,a=async c=>{if(c?.forceRefresh)return i||(i=r(c).then(l=>{s=l}).finally(()=>{i=void 0})),await i,s;if(s?.expiration&&s?.expiration?.
getTime()<Date.now()&&(s=void 0),o)await o;else if(!s||e?.(s))if(s)n||(n=r(c).then(l=>{s=l}).catch(()=>{}).finally(()=>{n=void 0}));else return o=r(c).then(l=>{
s=l}).finally(()=>{o=void 0}),a(c);return s};return a}var zL=t=>async e=>{let r;for(let o of t)try{return await o(e)}catch(n){if(r=n,n?.tryNextLink)continue;throw n}
throw r};var $P=!1,Bi=(t={})=>iT([async()=>{if(t.profile??process.env[ha])throw process.env[Js]&&process.env[Ys]&&($P||((t.logger?.warn&&t.logger?.constructor?.name!=="N\
oOpLogger"?t.logger.warn.bind(t.logger):console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`),$P=!0)),new R("AWS_PROFILE is set, skipping fromEnv provider.",{logger:t.logger,tryNextLink:!0});return t.logger?.debug("@aws-sdk/credential-provider-node - \
defaultProvider::fromEnv"),bc(t)()},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");let{ssoStartUrl:r,ssoAccountId:o,ssoRegion:n,
ssoRoleName:s,ssoSession:i}=t;if(!r&&!o&&!n&&!s&&!i)throw new R("Skipping SSO provider in default chain (inputs do not include SSO fields).",{logger:t.logger});
let{fromSSO:a}=await Promise.resolve().then(()=>(bg(),Ag));return a(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromI\
ni");let{fromIni:r}=await Promise.resolve().then(()=>(kP(),DP));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::\
fromProcess");let{fromProcess:r}=await Promise.resolve().then(()=>(hh(),gh));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defa\
ultProvider::fromTokenFile");let{fromTokenFile:r}=await Promise.resolve().then(()=>(Np(),Sh));return r(t)(e)},async()=>(t.logger?.debug("@aws-sdk/credential-pro\
vider-node - defaultProvider::remoteProvider"),(await sT(t))()),async()=>{throw new R("Could not load credentials from any providers",{tryNextLink:!1,logger:t.logger})}],
LP);var LP=t=>t?.expiration!==void 0&&t.expiration.getTime()-Date.now()<3e5;T();$();dt();k();mo();we();Zo();en();T();F();k();M();W();W();var Xn="ref",cn=-1,Dp=!0,UP="isSet",wh="PartitionResult",Ao="stringEquals",kp="booleanEquals",_h="getAttr",FP={[Xn]:"Endpoint"},bo={fn:_h,argv:[{[Xn]:wh},"n\
ame"]},MP={[Xn]:wh},pn={},HP=[{[Xn]:"Region"}],BP={conditions:[[UP,[FP]],[UP,HP],["aws.partition",HP,wh],[Ao,[bo,"aws-eusc"]],[Ao,[bo,"aws-iso-f"]],[Ao,[bo,"aws\
-iso-e"]],[Ao,[bo,"aws-iso-b"]],[Ao,[bo,"aws-iso"]],[Ao,[bo,"aws-cn"]],[Ao,[bo,"aws-us-gov"]],[Ao,[bo,"aws"]],[kp,[{[Xn]:"UseFIPS"},Dp]],[kp,[{fn:_h,argv:[MP,"s\
upportsFIPS"]},Dp]],[kp,[{[Xn]:"UseDualStack"},Dp]],[kp,[{fn:_h,argv:[MP,"supportsDualStack"]},Dp]]],results:[[cn],[cn,"Invalid Configuration: FIPS and custom e\
ndpoint are not supported"],[cn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[FP,pn],["https://api.ecr.{Region}.{PartitionResult#dn\
sSuffix}",pn],["https://ecr.{Region}.{PartitionResult#dualStackDnsSuffix}",pn],["https://api.ecr-fips.{Region}.{PartitionResult#dnsSuffix}",pn],["https://ecr-fi\
ps.{Region}.{PartitionResult#dualStackDnsSuffix}",pn],["https://api.ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",pn],[cn,"FIPS and DualStack are enab\
led, but this partition does not support one or both"],[cn,"FIPS is enabled but this partition does not support FIPS"],["https://api.ecr.{Region}.{PartitionResu\
lt#dualStackDnsSuffix}",pn],[cn,"DualStack is enabled but this partition does not support DualStack"],[cn,"Invalid Configuration: Missing Region"]]},OM=2,Ue=1e8,
NM=new Int32Array([-1,1,-1,0,23,3,1,4,Ue+13,2,5,Ue+13,3,20,6,4,20,7,5,20,8,6,20,9,7,20,10,8,20,11,9,20,12,10,20,13,11,16,14,13,15,Ue+4,14,Ue+11,Ue+12,12,18,17,13,
Ue+9,Ue+10,13,19,Ue+6,14,Ue+8,Ue+9,11,22,21,13,Ue+5,Ue+4,13,Ue+7,Ue+6,11,Ue+1,24,13,Ue+2,Ue+3]),GP=rt.from(NM,OM,BP.conditions,BP.results);var DM=new ot({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),jP=(t,e={})=>DM.get(t,()=>Ht(GP,{endpointParams:t,logger:e.logger}));Pe.aws=mt;X();T();var C=class t extends et{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ecr#ECRServiceException";constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var $p=class t extends C{static shapeId="com.amazonaws.ecr#InvalidParameterException";name="InvalidParameterException";$fault="client";constructor(e){super({name:"\
InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Lp=class t extends C{static shapeId="com.amazonaws.ecr#RepositoryNot\
FoundException";name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Up=class t extends C{static shapeId="com.amazonaws.ecr#ServerException";name="ServerException";$fault="server";constructor(e){super({name:"S\
erverException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},Fp=class t extends C{static shapeId="com.amazonaws.ecr#LimitExceededException";name="\
LimitExceededException";$fault="client";constructor(e){super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Mp=class t extends C{static shapeId="\
com.amazonaws.ecr#UnableToGetUpstreamImageException";name="UnableToGetUpstreamImageException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamIma\
geException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Hp=class t extends C{static shapeId="com.amazonaws.ecr#ValidationException";name="\
ValidationException";$fault="client";constructor(e){super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Bp=class t extends C{static shapeId="\
com.amazonaws.ecr#EmptyUploadException";name="EmptyUploadException";$fault="client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Gp=class t extends C{static shapeId="com.amazonaws.ecr#InvalidLayerException";name="InvalidLayerException";$fault="client";constructor(e){
super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},jp=class t extends C{static shapeId="com.amazonaws.ecr#KmsE\
xception";name="KmsException";$fault="client";kmsError;constructor(e){super({name:"KmsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.kmsError=e.kmsError}},zp=class t extends C{static shapeId="com.amazonaws.ecr#LayerAlreadyExistsException";name="LayerAlreadyExistsException";$fault="client";constructor(e){
super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Vp=class t extends C{static shapeId="com.amazonaws.ec\
r#LayerPartTooSmallException";name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},qp=class t extends C{static shapeId="com.amazonaws.ecr#UploadNotFoundException";name="UploadNotFoundException";$fault="client";constructor(e){
super({name:"UploadNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Wp=class t extends C{static shapeId="com.amazonaws.ecr#Pu\
llThroughCacheRuleAlreadyExistsException";name="PullThroughCacheRuleAlreadyExistsException";$fault="client";constructor(e){super({name:"PullThroughCacheRuleAlre\
adyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Kp=class t extends C{static shapeId="com.amazonaws.ecr#SecretNotFoundExcept\
ion";name="SecretNotFoundException";$fault="client";constructor(e){super({name:"SecretNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Jp=class t extends C{static shapeId="com.amazonaws.ecr#UnableToAccessSecretException";name="UnableToAccessSecretException";$fault="client";constructor(e){super(
{name:"UnableToAccessSecretException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Yp=class t extends C{static shapeId="com.amazonaws.ecr#Un\
ableToDecryptSecretValueException";name="UnableToDecryptSecretValueException";$fault="client";constructor(e){super({name:"UnableToDecryptSecretValueException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},Xp=class t extends C{static shapeId="com.amazonaws.ecr#UnsupportedUpstreamRegistryException";name="Unsu\
pportedUpstreamRegistryException";$fault="client";constructor(e){super({name:"UnsupportedUpstreamRegistryException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Qp=class t extends C{static shapeId="com.amazonaws.ecr#InvalidTagParameterException";name="InvalidTagParameterException";$fault="client";constructor(e){
super({name:"InvalidTagParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Zp=class t extends C{static shapeId="com.amazonaws.e\
cr#RepositoryAlreadyExistsException";name="RepositoryAlreadyExistsException";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},el=class t extends C{static shapeId="com.amazonaws.ecr#TooManyTagsException";name="TooManyTagsException";$fault="\
client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},tl=class t extends C{static shapeId="\
com.amazonaws.ecr#TemplateAlreadyExistsException";name="TemplateAlreadyExistsException";$fault="client";constructor(e){super({name:"TemplateAlreadyExistsExcepti\
on",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},rl=class t extends C{static shapeId="com.amazonaws.ecr#LifecyclePolicyNotFoundException";name="\
LifecyclePolicyNotFoundException";$fault="client";constructor(e){super({name:"LifecyclePolicyNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},ol=class t extends C{static shapeId="com.amazonaws.ecr#PullThroughCacheRuleNotFoundException";name="PullThroughCacheRuleNotFoundException";$fault="\
client";constructor(e){super({name:"PullThroughCacheRuleNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},nl=class t extends C{static shapeId="\
com.amazonaws.ecr#RegistryPolicyNotFoundException";name="RegistryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RegistryPolicyNotFoundExce\
ption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},sl=class t extends C{static shapeId="com.amazonaws.ecr#RepositoryNotEmptyException";name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
il=class t extends C{static shapeId="com.amazonaws.ecr#TemplateNotFoundException";name="TemplateNotFoundException";$fault="client";constructor(e){super({name:"T\
emplateNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},al=class t extends C{static shapeId="com.amazonaws.ecr#RepositoryPoli\
cyNotFoundException";name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},cl=class t extends C{static shapeId="com.amazonaws.ecr#SigningConfigurationNotFoundException";name="SigningConfigurati\
onNotFoundException";$fault="client";constructor(e){super({name:"SigningConfigurationNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
pl=class t extends C{static shapeId="com.amazonaws.ecr#ExclusionNotFoundException";name="ExclusionNotFoundException";$fault="client";constructor(e){super({name:"\
ExclusionNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ll=class t extends C{static shapeId="com.amazonaws.ecr#ImageNotFoun\
dException";name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},ul=class t extends C{static shapeId="com.amazonaws.ecr#ScanNotFoundException";name="ScanNotFoundException";$fault="client";constructor(e){super({
name:"ScanNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},dl=class t extends C{static shapeId="com.amazonaws.ecr#Replication\
BackfillNotFoundException";name="ReplicationBackfillNotFoundException";$fault="client";constructor(e){super({name:"ReplicationBackfillNotFoundException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},ml=class t extends C{static shapeId="com.amazonaws.ecr#LayerInaccessibleException";name="LayerInaccessi\
bleException";$fault="client";constructor(e){super({name:"LayerInaccessibleException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},fl=class t extends C{static shapeId="\
com.amazonaws.ecr#LayersNotFoundException";name="LayersNotFoundException";$fault="client";constructor(e){super({name:"LayersNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},gl=class t extends C{static shapeId="com.amazonaws.ecr#UnableToGetUpstreamLayerException";name="UnableToGetUpstreamLay\
erException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},hl=class t extends C{static shapeId="\
com.amazonaws.ecr#LifecyclePolicyPreviewNotFoundException";name="LifecyclePolicyPreviewNotFoundException";$fault="client";constructor(e){super({name:"LifecycleP\
olicyPreviewNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},yl=class t extends C{static shapeId="com.amazonaws.ecr#UnableToL\
istUpstreamImageReferrersException";name="UnableToListUpstreamImageReferrersException";$fault="client";constructor(e){super({name:"UnableToListUpstreamImageRefe\
rrersException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},El=class t extends C{static shapeId="com.amazonaws.ecr#ImageAlreadyExistsExcept\
ion";name="ImageAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},xl=class t extends C{static shapeId="com.amazonaws.ecr#ImageDigestDoesNotMatchException";name="ImageDigestDoesNotMatchException";$fault="client";constructor(e){
super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Sl=class t extends C{static shapeId="com.amazona\
ws.ecr#ImageTagAlreadyExistsException";name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},Rl=class t extends C{static shapeId="com.amazonaws.ecr#ReferencedImagesNotFoundException";name="Referen\
cedImagesNotFoundException";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
_l=class t extends C{static shapeId="com.amazonaws.ecr#BlockedByOrganizationPolicyException";name="BlockedByOrganizationPolicyException";$fault="client";constructor(e){
super({name:"BlockedByOrganizationPolicyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},wl=class t extends C{static shapeId="com.ama\
zonaws.ecr#ExclusionAlreadyExistsException";name="ExclusionAlreadyExistsException";$fault="client";constructor(e){super({name:"ExclusionAlreadyExistsException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Il=class t extends C{static shapeId="com.amazonaws.ecr#ImageArchivedException";name="ImageArchi\
vedException";$fault="client";constructor(e){super({name:"ImageArchivedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Tl=class t extends C{static shapeId="\
com.amazonaws.ecr#UnsupportedImageTypeException";name="UnsupportedImageTypeException";$fault="client";constructor(e){super({name:"UnsupportedImageTypeException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Cl=class t extends C{static shapeId="com.amazonaws.ecr#LifecyclePolicyPreviewInProgressExceptio\
n";name="LifecyclePolicyPreviewInProgressException";$fault="client";constructor(e){super({name:"LifecyclePolicyPreviewInProgressException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},vl=class t extends C{static shapeId="com.amazonaws.ecr#ReplicationBackfillInProgressException";name="ReplicationBackfi\
llInProgressException";$fault="client";constructor(e){super({name:"ReplicationBackfillInProgressException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Al=class t extends C{static shapeId="com.amazonaws.ecr#ReplicationBackfillInvalidStatusException";name="ReplicationBackfillInvalidStatusException";$fault="clien\
t";constructor(e){super({name:"ReplicationBackfillInvalidStatusException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},bl=class t extends C{static shapeId="\
com.amazonaws.ecr#ImageStorageClassUpdateNotSupportedException";name="ImageStorageClassUpdateNotSupportedException";$fault="client";constructor(e){super({name:"\
ImageStorageClassUpdateNotSupportedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Pl=class t extends C{static shapeId="com.amazonaw\
s.ecr#InvalidLayerPartException";name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){super(
{name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}};var kM="Attribute",$M="AuthorizationData",LM="AuthorizationDataList",UM="AwsEcrContainerImageDetails",FM="AttributeList",MM="BlockedByOrganizationPolicyExceptio\
n";var HM="BatchGetImage",BM="BatchGetImageRequest",GM="BatchGetImageResponse";var jM="CreateRepository";var zM="CreateRepositoryRequest",VM="CreateRepositoryResponse",qM="CvssScore",WM="CvssScoreAdjustment",KM="CvssScoreAdjustmentList",JM="CvssScoreDetails",YM="Cv\
ssScoreList",XM="DescribeImages",QM="DescribeImagesFilter",ZM="DescribeImagesRequest";var eH="DescribeImagesResponse",tH="DescribeImageScanFindings",rH="DescribeImageScanFindingsRequest",oH="DescribeImageScanFindingsResponse";var nH="DescribeRepositoriesRequest",sH="DescribeRepositoriesResponse";var iH="DescribeRepositories";var aH="ExclusionAlreadyExistsException",cH="EncryptionConfiguration";var pH="EnhancedImageScanFinding",lH="EnhancedImageScanFindingList",uH="ExclusionNotFoundException",dH="EmptyUploadException";var mH="GetAuthorizationToken",fH="GetAuthorizationTokenRequest",gH="GetAuthorizationTokenResponse";var hH="Image",yH="ImageArchivedException",EH="ImageAlreadyExistsException",xH="ImageDetail",SH="ImageDigestDoesNotMatchException",RH="ImageDetailList",_H="Imag\
eFailure",wH="ImageFailureList",IH="ImageIdentifier",TH="ImageIdentifierList",CH="ImageList",vH="InvalidLayerException",AH="InvalidLayerPartException";var bH="ImageNotFoundException",PH="InvalidParameterException";var OH="ImageScanningConfiguration",NH="ImageStorageClassUpdateNotSupportedException",DH="ImageScanFinding",kH="ImageScanFindingList",$H="ImageScanFindingsSumma\
ry",LH="ImageScanFindings",UH="ImageScanStatus";var FH="ImageTagAlreadyExistsException",MH="ImageTagMutabilityExclusionFilter",HH="ImageTagMutabilityExclusionFilters",BH="InvalidTagParameterException",GH="Key",
jH="KmsException";var zH="LayerAlreadyExistsException",VH="LimitExceededException";var qH="LayerInaccessibleException";var WH="LayersNotFoundException",KH="LifecyclePolicyNotFoundException";var JH="LifecyclePolicyPreviewInProgressException",YH="LifecyclePolicyPreviewNotFoundException";var XH="LayerPartTooSmallException";var QH="PutImage",ZH="PutImageRequest",eB="PutImageResponse";var tB="PutLifecyclePolicy",rB="PutLifecyclePolicyRequest",oB="PutLifecyclePolicyResponse";var nB="PullThroughCacheRuleAlreadyExistsException";var sB="PullThroughCacheRuleNotFoundException",iB="PackageVulnerabilityDetails",aB="Recommendation",cB="RepositoryAlreadyExistsException",pB="ReplicationBackfil\
lInProgressException",lB="ReplicationBackfillInvalidStatusException",uB="ReplicationBackfillNotFoundException";var dB="ResourceDetails";var mB="ReferencedImagesNotFoundException",fB="RepositoryList",gB="ResourceList",hB="RepositoryNotEmptyException",yB="RepositoryNotFoundException",EB="RegistryP\
olicyNotFoundException",xB="RepositoryPolicyNotFoundException";var SB="Remediation",RB="Repository",_B="Resource";var wB="SigningConfigurationNotFoundException",IB="ScoreDetails",TB="ServerException";var CB="StartImageScan",vB="StartImageScanRequest",AB="StartImageScanResponse";var bB="ScanNotFoundException",PB="SecretNotFoundException";var OB="SetRepositoryPolicy",NB="SetRepositoryPolicyRequest",DB="SetRepositoryPolicyResponse",kB="Tag",$B="TemplateAlreadyExistsException";var LB="TagList",UB="TooManyTagsException",FB="TemplateNotFoundException";var MB="UnsupportedImageTypeException";var HB="UploadNotFoundException";var BB="UnableToAccessSecretException",GB="UnableToDecryptSecretValueException",jB="UnableToGetUpstreamImageException",zB="UnableToGetUpstreamLayerException",VB="\
UnableToListUpstreamImageReferrersException",qB="UnsupportedUpstreamRegistryException",WB="Value",KB="ValidationException",JB="VulnerablePackage",YB="Vulnerable\
PackagesList";var XB="architecture",QB="awsAccountId",ZB="authorizationData",e2="awsEcrContainerImage";var t2="acceptedMediaTypes",r2="artifactMediaType";var o2="authorizationToken";var n2="adjustments";var s2="arch",i2="attributes",a2="author";var c2="baseScore",D="client";var p2="createdAt";var zP="cvss",Ih="description";var l2="details";var O="error",u2="expiresAt";var d2="exploitAvailable",VP="encryptionConfiguration",m2="enhancedFindings";var f2="encryptionType",g2="epoch",h2="failures",y2="findingArn",E2="fixAvailable",x2="failureCode";var S2="fixedInVersion",R2="firstObservedAt",_2="filePath",w2="failureReason";var qP="findingSeverityCounts",I2="filterType";var WP="filter",T2="findings",C2="force",v2="httpError",A2="images",b2="imageDetails",Th="imageDigest",P2="imageHash",KP="imageIds",Qn="imageId",JP="imageManife\
st",Ch="imageManifestMediaType",O2="imagePushedAt",YP="imageStatus",XP="imageScanningConfiguration",QP="imageScanCompletedAt",N2="imageScanFindings",D2="imageSc\
anFindingsSummary",k2="imageSizeInBytes",vh="imageScanStatus",ZP="imageTags";var eO="imageTagMutability",tO="imageTagMutabilityExclusionFilters",rO="imageTag",$2="inUseCount";var L2="id",U2="image",F2="key",M2="kmsError",H2="kmsKey";var B2="lastArchivedAt",G2="lastActivatedAt";var j2="lastInUseAt",z2="lastObservedAt";var oO="lifecyclePolicyText",V2="lastRecordedPullTime";var q2="lastValidByteReceived",N="message",Ah="maxResults";var W2="metric",nO="name",Zn="nextToken",K2="platform",J2="pushedAt";var Y2="proxyEndpoint";var X2="packageManager";var sO="policyText";var Q2="packageVulnerabilityDetails";var Z2="registry";var e3="repositoryArn";var Fe="registryId",t3="registryIds",Me="repositoryName",r3="repositoryNames";var o3="referenceUrls",n3="repositoryUri",s3="relatedVulnerabilities",i3="repository",a3="reason",c3="recommendation";var p3="release",l3="remediation",u3="repositories";var d3="resources";var iO="smithy.ts.sdk.synthetic.com.amazonaws.ecr";var m3="scoreDetails";var f3="sourceLayerHash",g3="subjectManifestDigest",h3="scanOnPush";var y3="scoreSource";var E3="sourceUrl",aO="scoringVector",cO="score",x3="server",pO="severity";var lO="source",uO="status";var dO="tags";var S3="tagStatus";var R3="text",_3="title",mO="type",w3="uri",I3="updatedAt",T3="uploadId";var C3="url",v3="value",A3="vendorCreatedAt",b3="vulnerabilityId",P3="vulnerablePackages",O3="vendorSeverity",fO="vulnerabilitySourceUpdatedAt",N3="vendorUpdate\
dAt",bh="version",E="com.amazonaws.ecr",gO=new Q(iO),D3=[-3,iO,"ECRServiceException",0,[],[]];gO.registerError(D3,C);var A=new Q(E),k3=[-3,E,MM,{[O]:D},[N],[0]];
A.registerError(k3,_l);var $3=[-3,E,dH,{[O]:D},[N],[0]];A.registerError($3,Bp);var L3=[-3,E,aH,{[O]:D},[N],[0]];A.registerError(L3,wl);var U3=[-3,E,uH,{[O]:D},[
N],[0]];A.registerError(U3,pl);var F3=[-3,E,EH,{[O]:D},[N],[0]];A.registerError(F3,El);var M3=[-3,E,yH,{[O]:D},[N],[0]];A.registerError(M3,Il);var H3=[-3,E,SH,{
[O]:D},[N],[0]];A.registerError(H3,xl);var B3=[-3,E,bH,{[O]:D},[N],[0]];A.registerError(B3,ll);var G3=[-3,E,NH,{[O]:D},[N],[0]];A.registerError(G3,bl);var j3=[-3,
E,FH,{[O]:D},[N],[0]];A.registerError(j3,Sl);var z3=[-3,E,vH,{[O]:D},[N],[0]];A.registerError(z3,Gp);var V3=[-3,E,AH,{[O]:D},[Fe,Me,T3,q2,N],[0,0,0,1,0]];A.registerError(
V3,Pl);var q3=[-3,E,PH,{[O]:D},[N],[0]];A.registerError(q3,$p);var W3=[-3,E,BH,{[O]:D},[N],[0]];A.registerError(W3,Qp);var K3=[-3,E,jH,{[O]:D},[N,M2],[0,0]];A.registerError(
K3,jp);var J3=[-3,E,zH,{[O]:D},[N],[0]];A.registerError(J3,zp);var Y3=[-3,E,qH,{[O]:D},[N],[0]];A.registerError(Y3,ml);var X3=[-3,E,XH,{[O]:D},[N],[0]];A.registerError(
X3,Vp);var Q3=[-3,E,WH,{[O]:D},[N],[0]];A.registerError(Q3,fl);var Z3=[-3,E,KH,{[O]:D},[N],[0]];A.registerError(Z3,rl);var e4=[-3,E,JH,{[O]:D},[N],[0]];A.registerError(
e4,Cl);var t4=[-3,E,YH,{[O]:D},[N],[0]];A.registerError(t4,hl);var r4=[-3,E,VH,{[O]:D},[N],[0]];A.registerError(r4,Fp);var o4=[-3,E,nB,{[O]:D},[N],[0]];A.registerError(
o4,Wp);var n4=[-3,E,sB,{[O]:D},[N],[0]];A.registerError(n4,ol);var s4=[-3,E,mB,{[O]:D},[N],[0]];A.registerError(s4,Rl);var i4=[-3,E,EB,{[O]:D},[N],[0]];A.registerError(
i4,nl);var a4=[-3,E,pB,{[O]:D},[N],[0]];A.registerError(a4,vl);var c4=[-3,E,lB,{[O]:D},[N],[0]];A.registerError(c4,Al);var p4=[-3,E,uB,{[O]:D},[N],[0]];A.registerError(
p4,dl);var l4=[-3,E,cB,{[O]:D},[N],[0]];A.registerError(l4,Zp);var u4=[-3,E,hB,{[O]:D},[N],[0]];A.registerError(u4,sl);var d4=[-3,E,yB,{[O]:D},[N],[0]];A.registerError(
d4,Lp);var m4=[-3,E,xB,{[O]:D},[N],[0]];A.registerError(m4,al);var f4=[-3,E,bB,{[O]:D},[N],[0]];A.registerError(f4,ul);var g4=[-3,E,PB,{[O]:D},[N],[0]];A.registerError(
g4,Kp);var h4=[-3,E,TB,{[O]:x3},[N],[0]];A.registerError(h4,Up);var y4=[-3,E,wB,{[O]:D},[N],[0]];A.registerError(y4,cl);var E4=[-3,E,$B,{[O]:D},[N],[0]];A.registerError(
E4,tl);var x4=[-3,E,FB,{[O]:D},[N],[0]];A.registerError(x4,il);var S4=[-3,E,UB,{[O]:D},[N],[0]];A.registerError(S4,el);var R4=[-3,E,BB,{[O]:D},[N],[0]];A.registerError(
R4,Jp);var _4=[-3,E,GB,{[O]:D},[N],[0]];A.registerError(_4,Yp);var w4=[-3,E,jB,{[O]:D},[N],[0]];A.registerError(w4,Mp);var I4=[-3,E,zB,{[O]:D},[N],[0]];A.registerError(
I4,gl);var T4=[-3,E,VB,{[O]:D},[N],[0]];A.registerError(T4,yl);var C4=[-3,E,MB,{[O]:D},[N],[0]];A.registerError(C4,Tl);var v4=[-3,E,qB,{[O]:D},[N],[0]];A.registerError(
v4,Xp);var A4=[-3,E,HB,{[O]:D},[N],[0]];A.registerError(A4,qp);var b4=[-3,E,KB,{[O]:D,[v2]:400},[N],[0]];A.registerError(b4,Hp);var hO=[gO,A],P4=[3,E,kM,0,[F2,v3],
[0,0],1],O4=[3,E,$M,0,[o2,u2,Y2],[0,4,0]],N4=[3,E,UM,0,[XB,a2,P2,ZP,K2,J2,j2,$2,Z2,Me],[0,0,0,64,0,4,4,1,0,0]];var D4=[3,E,BM,0,[Me,KP,Fe,t2],[0,()=>RO,0,64],2],k4=[3,E,GM,0,[A2,h2],[()=>TG,()=>IG]];var $4=[3,E,zM,0,[Me,Fe,dO,eO,tO,XP,VP],[0,0,()=>bG,0,()=>_O,()=>xO,()=>yO],1],L4=[3,E,VM,0,[i3],[()=>SO]],U4=[3,E,qM,0,[c2,aO,lO,bh],[1,0,0,0]],F4=[3,E,WM,0,[W2,
a3],[0,0]],M4=[3,E,JM,0,[n2,cO,y3,aO,bh],[()=>SG,1,0,0,0]];var H4=[3,E,rH,0,[Me,Qn,Fe,Zn,Ah],[0,()=>ln,0,0,1],2],B4=[3,E,oH,0,[Fe,Me,Qn,vh,N2,Zn],[0,0,()=>ln,()=>Ph,()=>Z4,0]],G4=[3,E,QM,0,[S3,YP],[0,0]];var j4=[3,E,ZM,0,[Me,Fe,KP,Zn,Ah,WP],[0,0,()=>RO,0,1,()=>G4],1],z4=[3,E,eH,0,[b2,Zn],[()=>wG,0]];var V4=[3,E,nH,0,[Fe,r3,Zn,Ah],[0,64,0,1]],q4=[3,E,sH,0,[u3,Zn],[()=>vG,0]];var yO=[3,E,cH,0,[f2,H2],[0,0],1];var W4=[3,E,pH,0,[QB,Ih,y2,R2,z2,Q2,l3,d3,cO,m3,pO,uO,_3,mO,I3,E2,d2],[0,0,0,4,4,()=>rG,()=>cG,()=>AG,1,()=>uG,0,0,0,0,4,0,0]];var K4=[3,E,fH,0,[t3],[64]],J4=[3,E,gH,0,[ZB],[()=>xG]];var EO=[3,E,hH,0,[Fe,Me,Qn,JP,Ch],[0,0,()=>ln,0,0]],Y4=[3,E,xH,0,[Fe,Me,Th,ZP,k2,O2,vh,D2,Ch,r2,V2,g3,YP,B2,G2],[0,0,0,64,1,4,()=>Ph,()=>eG,0,0,4,0,0,4,4]],X4=[
3,E,_H,0,[Qn,x2,w2],[()=>ln,0,0]],ln=[3,E,IH,0,[Th,rO],[0,0]];var Q4=[3,E,DH,0,[nO,Ih,w3,pO,i2],[0,0,0,0,()=>EG]],Z4=[3,E,LH,0,[QP,fO,qP,T2,m2],[4,4,129,()=>CG,()=>_G]],eG=[3,E,$H,0,[QP,fO,qP],[4,4,129]],xO=[3,E,OH,0,[h3],
[2]],Ph=[3,E,UH,0,[uO,Ih],[0,0]];var tG=[3,E,MH,0,[I2,WP],[0,0],2];var rG=[3,E,iB,0,[zP,o3,s3,lO,E3,A3,O3,N3,b3,P3],[()=>RG,64,64,0,0,4,0,4,0,()=>PG]];var oG=[3,E,ZH,0,[Me,JP,Fe,Ch,rO,Th],[0,0,0,0,0,0],2],nG=[3,E,eB,0,[U2],[()=>EO]];var sG=[3,E,rB,0,[Me,oO,Fe],[0,0,0],2],iG=[3,E,oB,0,[Fe,Me,oO],[0,0,0]];var aG=[3,E,aB,0,[C3,R3],[0,0]];var cG=[3,E,SB,0,[c3],[()=>aG]];var SO=[3,E,RB,0,[e3,Fe,Me,n3,p2,eO,tO,XP,VP],[0,0,0,0,4,0,()=>_O,()=>xO,()=>yO]];var pG=[3,E,_B,0,[l2,L2,dO,mO],[()=>lG,0,128,0]],lG=[3,E,dB,0,[e2],[()=>N4]];var uG=[3,E,IB,0,[zP],[()=>M4]],dG=[3,E,NB,0,[Me,sO,Fe,C2],[0,0,0,2],2],mG=[3,E,DB,0,[Fe,Me,sO],[0,0,0]];var fG=[3,E,vB,0,[Me,Qn,Fe],[0,()=>ln,0],2],gG=[3,E,AB,0,[Fe,Me,Qn,vh],[0,0,()=>ln,()=>Ph]];var hG=[3,E,kB,0,[GH,WB],[0,0],2];var yG=[3,E,JB,0,[s2,g2,_2,nO,X2,p3,f3,bh,S2],[0,1,0,0,0,0,0,0,0]];var EG=[1,E,FM,0,()=>P4],xG=[1,E,LM,0,()=>O4];var SG=[1,E,KM,0,()=>F4],RG=[1,E,YM,0,()=>U4],_G=[1,E,lH,0,()=>W4];var wG=[1,E,RH,0,()=>Y4],IG=[1,E,wH,0,()=>X4],RO=[1,E,TH,0,()=>ln],TG=[1,E,CH,0,()=>EO];var CG=[1,E,kH,0,()=>Q4];var _O=[1,E,HH,0,()=>tG];var vG=[1,E,fB,0,()=>SO];var AG=[1,E,gB,0,()=>pG];var bG=[1,E,LB,0,()=>hG];var PG=[1,E,YB,0,()=>yG];var wO=[9,E,HM,0,()=>D4,()=>k4];var IO=[9,E,jM,0,()=>$4,()=>L4];var TO=[9,E,XM,0,()=>j4,()=>z4],CO=[9,E,tH,0,()=>H4,()=>B4];var vO=[9,E,iH,0,()=>V4,()=>q4];var AO=[9,E,mH,0,()=>K4,()=>J4];var bO=[9,E,QH,0,()=>oG,()=>nG];var PO=[9,E,tB,0,()=>sG,()=>iG];var OO=[9,E,OB,0,()=>dG,()=>mG],NO=[9,E,CB,0,()=>fG,()=>gG];var DO=t=>({apiVersion:"2015-09-21",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??jP,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??t0,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge}],logger:t?.logger??new _e,protocol:t?.protocol??Qo,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecr",errorTypeRegistries:hO,xmlNamespace:"http://ecr.amazonaws.com/doc/2015-09-21/",version:"2015-09-21",serviceTarget:"AmazonE\
C2ContainerRegistry_V20150921"},serviceId:t?.serviceId??"ECR",sha256:t?.sha256??gt,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??
Z});var kO=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Dt),o=DO(t);Tt(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ft,n),bodyLengthChecker:t?.bodyLengthChecker??Ct,credentialDefaultProvider:t?.credentialDefaultProvider??
Bi,defaultSocketTimeout:yr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:s0.version}),maxAttempts:t?.
maxAttempts??_(Yt,t),region:t?.region??_(be,{...tt,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Qt,default:async()=>(await r()).
retryMode||it},t),streamCollector:t?.streamCollector??je,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Ot,n),userAgentAppId:t?.
userAgentAppId??_(tr,n)}};M();T();F();var $O=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);s===-1?e.
push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
LO=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var UO=(t,e)=>{let r=Object.assign(rr(t),$t(t),Bt(t),$O(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),Gt(r),LO(r))};var Ol=class extends Ie{config;constructor(...[e]){let r=kO(e||{});super(r),this.initConfig=r;let o=o0(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=ar(a),l=r0(c),u=UO(l,e?.
extensions||[]);this.config=u,this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(Zt(this.config)),this.middlewareStack.use(pr(this.config)),this.
middlewareStack.use(jt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),
this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:e0,identityProviderConfigProvider:async d=>new Ve({"aws.auth#sigv4":d.credentials})})),
this.middlewareStack.use(ut(this.config))}destroy(){super.destroy()}};T();W();var ye=Ut(n0,"AmazonEC2ContainerRegistry_V20150921","ECRClient",cr),Ee={},xe=(t,e,r,o)=>[];var Nl=class extends ye(Ee,xe,"BatchGetImage",wO){};var Dl=class extends ye(Ee,xe,"CreateRepository",IO){};var kl=class extends ye(Ee,xe,"DescribeImageScanFindings",CO){};var $l=class extends ye(Ee,xe,"DescribeImages",TO){};var Ll=class extends ye(Ee,xe,"DescribeRepositories",vO){};var Gi=class extends ye(Ee,xe,"GetAuthorizationToken",AO){};var Ul=class extends ye(Ee,xe,"PutImage",bO){};var Fl=class extends ye(Ee,xe,"PutLifecyclePolicy",PO){};var Ml=class extends ye(Ee,xe,"SetRepositoryPolicy",OO){};var Hl=class extends ye(Ee,xe,"StartImageScan",NO){};var Bl=Ur(require("node:http")),Oh=Ur(require("node:https")),FO=require("node:net"),MO=require("node:tls");var HO=t=>(e,r)=>t?.(e,r);function Dh(t,e){let r=t.protocol==="https:"?"https":"http",o=(e[`${r}_proxy`]||e[`${r.toUpperCase()}_PROXY`]||"").trim();if(!o||OG(t,
e.no_proxy??e.NO_PROXY??""))return;let n;try{n=new URL(o.includes("://")?o:`http://${o}`)}catch{throw new hr(`${r.toUpperCase()}_PROXY is not a URL like http://\
proxy.example.com:3128`)}if(n.protocol!=="http:")throw new hr(`${r.toUpperCase()}_PROXY: only http:// proxies are supported, not ${n.protocol}//${n.host}`);return n}
function OG(t,e){let r=t.hostname.replace(/^\[|\]$/g,"").toLowerCase(),o=t.port||(t.protocol==="https:"?"443":"80");return e.split(/[\s,]+/).filter(Boolean).some(
n=>{if(n==="*")return!0;let s=/^\[([^\]]+)\](?::(\d+))?$/.exec(n)??/^([^:]+)(?::(\d+))?$/.exec(n)??[n,n],i=s[1].replace(/^\*?\./,"").toLowerCase();return s[2]&&
s[2]!==o?!1:r===i||r.endsWith(`.${i}`)})}var NG=t=>`${t.protocol}//${t.host}`;function BO(t){if(!t.username)return;let e=`${decodeURIComponent(t.username)}:${decodeURIComponent(
t.password)}`;return`Basic ${Buffer.from(e).toString("base64")}`}function kh(t,e,r){return new hr(`the proxy ${NG(t)} (for ${e}) ${r}`)}function GO(t,e,r){let o=(0,FO.connect)(
{host:t.hostname.replace(/^\[|\]$/g,""),port:Number(t.port||80)}),n=s=>r(kh(t,e,`could not be reached: ${s.code??s.message}`));return o.once("error",n),o.once("\
connect",()=>{o.off("error",n),r(null,o)}),o}var Nh=(t,e)=>({host:t.hostname??t.host??"localhost",port:Number(t.port||e)}),Gl=class extends Bl.Agent{constructor(r,o){
super(o);this.env=r}env;proxy(r){return Dh(new URL(`http://${r.host.includes(":")?`[${r.host}]`:r.host}:${r.port}`),this.env)}addRequest(r,o){let n=Nh(o,80),s=this.
proxy(n);if(s){r.path=`http://${n.host.includes(":")?`[${n.host}]`:n.host}:${n.port}${r.path}`;let i=BO(s);i&&r.setHeader("proxy-authorization",i);let a=r.emit.
bind(r);r.emit=((c,...l)=>{let u=l[0];return c!=="response"||u.statusCode!==407?a(c,...l):(u.resume(),r.destroy(kh(s,`${n.host}:${n.port}`,"refused the request:\
 407 Proxy Authentication Required (check the credentials in HTTP_PROXY)")),!0)})}Bl.Agent.prototype.addRequest.call(this,r,o)}createConnection(r,o){let n=Nh(r,
80),s=this.proxy(n);if(!s)return Bl.Agent.prototype.createConnection.call(this,r,o);GO(s,`${n.host}:${n.port}`,HO(o))}},jl=class extends Oh.Agent{constructor(r,o){
super(o);this.env=r}env;createConnection(r,o){let n=HO(o),s=Nh(r,443),i=`${s.host.includes(":")?`[${s.host}]`:s.host}:${s.port}`,a=Dh(new URL(`https://${i}`),this.
env);if(!a)return Oh.Agent.prototype.createConnection.call(this,r);GO(a,i,(c,l)=>{if(c||!l)return n(c);let u=BO(a);l.write(`CONNECT ${i} HTTP/1.1\r
Host: ${i}\r
${u?`Proxy-Authorization: ${u}\r
`:""}\r
`);let d=Buffer.alloc(0),m=h=>{l.destroy(),n(kh(a,i,h))},f=h=>{if(d=Buffer.concat([d,h]),d.indexOf(`\r
\r
`)<0)return;l.off("data",f),l.off("error",g),l.off("end",y);let x=/^HTTP\/1\.[01] (\d{3})([^\r\n]*)/.exec(d.toString("latin1"));if(x?.[1]!=="200")return m(`refu\
sed the tunnel: ${x?`${x[1]}${x[2]}`:"no HTTP answer"}${x?.[1]==="407"?" (check the credentials in HTTPS_PROXY)":""}`);let v=r.servername??(/^[\d.]+$|:/.test(s.
host)?void 0:s.host);n(null,(0,MO.connect)({...r,socket:l,servername:v}))},g=h=>m(`dropped the tunnel: ${h.message}`),y=()=>m("closed the connection before answ\
ering CONNECT");l.on("data",f),l.once("error",g),l.once("end",y)})}};function jO(t){return["http_proxy","HTTP_PROXY","https_proxy","HTTPS_PROXY"].some(e=>t[e]?.
trim())?{httpAgent:new Gl(t,{keepAlive:!0}),httpsAgent:new jl(t,{keepAlive:!0})}:{}}function zO(t,e){if(Dh(t,e))return t.protocol==="https:"?new jl(e,{keepAlive:!1}):
new Gl(e,{keepAlive:!1})}var VO=5,DG=5e3,kG=3e4;function $G(t=1/0){let e=Math.max(1e3,Math.min(kG,Math.floor(t/3)));return{connectionTimeout:Math.min(DG,e),requestTimeout:e}}function es(t,e,r){
return{region:t,credentials:e,retryMode:"adaptive",maxAttempts:VO,requestHandler:{...$G(r?.ms),throwOnRequestTimeout:!0,...jO(process.env)}}}function zl(t){let e=t??
{},r=e.name??"",o=/Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(r)||!!e.$retryable?.throttling,n=o||!!e.$retryable||(e.$metadata?.httpStatusCode??
0)>=500||/Timeout/.test(r)||/^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)$/.test(e.code??"");return{attempts:e.$metadata?.
attempts??1,transient:n,throttled:o}}function Vl(t,e){return e?`AWS kept throttling ${t} for longer than ${VO} attempts with backoff: re-run later, spread out c\
oncurrent deliveries, or raise the ${t} API rate quota (Service Quotas)`:`${t} or the network to it kept failing: check the runner's access to AWS (proxy, firew\
all, VPC endpoint, AWS_ENDPOINT_URL_${t}) and the AWS Health Dashboard, then re-run`}var ts=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.image.manifest.v\
1+json","application/vnd.oci.image.index.v1+json"],LG=new Set(["RepositoryNotFoundException","RepositoryAlreadyExistsException","ImageAlreadyExistsException","I\
mageTagAlreadyExistsException","ScanNotFoundException","LayersNotFoundException"]),Et=t=>t?.name??"";async function ql(t,e,r,o){try{return await Sn(r,`${t.label}\
 ${e}`,o)}catch(n){throw UG(t,e,n)}}function UG(t,e,r){let o=Et(r);if(r instanceof wt||LG.has(o))return r;let n=`${t.label} ${e}`,s=`${o}: ${r.message}`;if(o===
"CredentialsProviderError")return new pe(`no AWS credentials for ${n}: ${r.message}`,"set role-to-assume to use the CI's OIDC token, or provide credentials (AWS\
_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile, an instance role)",{cause:r});let i=zl(r);if(i.transient)return new pe(`${n} failed after ${i.attempts} attempt\
(s): ${s}`,Vl("ECR",i.throttled),{cause:r});if(/ExpiredToken/.test(o))return new pe(`${n} failed: the AWS credentials have expired (${s})`,"with role-to-assume \
they are refreshed before they expire; ambient credentials must outlive the run (or raise role-duration-seconds for the role that issued them)",{cause:r});let a=/AccessDenied|UnrecognizedClient|InvalidSignature/.
test(o);return new pe(`${n} failed: ${s}`,a?t.permissionHint(e):void 0,{cause:r})}var FG=4;function ji(t,e=t?.proxyEndpoint){if(!t?.authorizationToken||!e)throw new pe("ECR returned no authorization data");let r=Buffer.from(t.authorizationToken,
"base64").toString("utf8"),o=r.indexOf(":");return{host:e.replace(/^https?:\/\//,"").replace(/\/+$/,""),username:r.slice(0,o),password:r.slice(o+1)}}function MG(t){
return new RegExp(`^${t.split("*").map(e=>e.replace(/[.+?^${}()|[\]\\]/g,"\\$&")).join(".*")}$`)}function $h(t,e){let r=t.exclusionFilters.some(o=>MG(o).test(e));
switch(t.mutability){case"IMMUTABLE":return!0;case"IMMUTABLE_WITH_EXCLUSION":return!r;case"MUTABLE_WITH_EXCLUSION":return r;default:return!1}}async function qO(t,e,r,o){
let n=[...o],s=async()=>{for(let i=n.shift();i!==void 0;i=n.shift())await t.putTag(e,r,i)};await Promise.all(Array.from({length:Math.min(FG,n.length)},s))}var HG=5,Lh=100,BG={label:"ECR",permissionHint:t=>`the credentials need ecr:${t} on this repository (\`ecr-deliver iam-policy\` prints the policy)`},rs=class{constructor(e,r,o,n){
this.registryId=o;this.deadline=n;this.ecr=new Ol(es(e,r,n)),this.sendOptions={abortSignal:n?.signal}}registryId;deadline;ecr;sendOptions;close(){this.ecr.destroy()}async login(){
let e=await this.send("GetAuthorizationToken",new Gi(this.registryId?{registryIds:[this.registryId]}:{}));return ji(e.authorizationData?.[0])}async logins(e){return((await this.
send("GetAuthorizationToken",new Gi({registryIds:e}))).authorizationData??[]).map(o=>ji(o))}async findRepository(e){let r=await this.describe(e);return r&&Uh(r,
!1)}async ensureRepository(e,r){let o=await this.findRepository(e.repository);if(o)return o;if(!e.createRepository)throw new pe(`repository ${e.repository} does\
 not exist`,"create it, or set create-repository: true");let n=GG(e,r);try{let s=await this.send("CreateRepository",new Dl({registryId:this.registryId,repositoryName:e.
repository,imageTagMutability:e.imageTagMutability,imageTagMutabilityExclusionFilters:n,imageScanningConfiguration:{scanOnPush:e.scanOnPush},encryptionConfiguration:{
encryptionType:e.encryptionType,kmsKey:e.kmsKey}}));return Uh(s.repository,!0)}catch(s){if(Et(s)!=="RepositoryAlreadyExistsException")throw s;let i=await this.describe(
e.repository);if(!i)throw s;return Uh(i,!1)}}async applyPolicies(e){let r={registryId:this.registryId,repositoryName:e.repository},o=i=>i?(0,WO.readFileSync)(i,
"utf8"):void 0,[n,s]=[o(e.lifecyclePolicy),o(e.repositoryPolicy)];await Promise.all([n&&this.send("PutLifecyclePolicy",new Fl({...r,lifecyclePolicyText:n})),s&&
this.send("SetRepositoryPolicy",new Ml({...r,policyText:s}))])}async images(e,r){let o=new Map,n=Array.from({length:Math.ceil(r.length/Lh)},(i,a)=>r.slice(a*Lh,
(a+1)*Lh)),s;try{s=await Promise.all(n.map(i=>this.send("BatchGetImage",new Nl({registryId:this.registryId,repositoryName:e,imageIds:i.map(a=>({imageTag:a})),acceptedMediaTypes:ts}))))}catch(i){
if(Et(i)==="RepositoryNotFoundException")return o;throw i}for(let i of s.flatMap(a=>a.images??[])){let a=i.imageId?.imageTag;a&&i.imageId?.imageDigest&&i.imageManifest&&
o.set(a,{digest:i.imageId.imageDigest,manifest:i.imageManifest,mediaType:i.imageManifestMediaType??""})}return o}async latestImage(e){let r,o;for(let n=0;n<HG;n++){
let s;try{s=await this.send("DescribeImages",new $l({registryId:this.registryId,repositoryName:e,filter:{tagStatus:"TAGGED"},maxResults:1e3,nextToken:o}))}catch(i){
if(Et(i)==="RepositoryNotFoundException")return;throw i}for(let i of s.imageDetails??[]){let a=i.imagePushedAt?.getTime()??0;i.imageDigest&&!i.artifactMediaType?.
includes("artifact")&&ts.includes(i.imageManifestMediaType??ts[0])&&a>=(r?.at??-1)&&(r={digest:i.imageDigest,at:a})}if(o=s.nextToken,!o)break}return r?.digest}async putTag(e,r,o){
try{await this.send("PutImage",new Ul({registryId:this.registryId,repositoryName:e,imageManifest:r.manifest,imageManifestMediaType:r.mediaType||void 0,imageDigest:r.
digest,imageTag:o}))}catch(n){if(Et(n)==="ImageAlreadyExistsException")return;throw Et(n)==="ImageTagAlreadyExistsException"?new pe(`tag ${o} already exists in \
the immutable repository ${e} at another image`,"immutable tags cannot move: drop the tag from `tags`, or use a new one",{cause:n}):n}}async scanFindings(e,r,o){
try{return await this.send("DescribeImageScanFindings",new kl({registryId:this.registryId,repositoryName:e,imageId:{imageDigest:r},nextToken:o,maxResults:1e3}))}catch(n){
if(Et(n)==="ScanNotFoundException")return;throw n}}async startScan(e,r){await this.send("StartImageScan",new Hl({registryId:this.registryId,repositoryName:e,imageId:{
imageDigest:r}}))}async describe(e){try{return(await this.send("DescribeRepositories",new Ll({registryId:this.registryId,repositoryNames:[e]}))).repositories?.[0]}catch(r){
if(Et(r)==="RepositoryNotFoundException")return;throw r}}send(e,r){return ql(BG,e,this.deadline,()=>this.ecr.send(r,this.sendOptions))}};function Uh(t,e){return{
name:t.repositoryName,uri:t.repositoryUri,arn:t.repositoryArn,mutability:t.imageTagMutability??"MUTABLE",exclusionFilters:(t.imageTagMutabilityExclusionFilters??
[]).map(r=>r.filter??"").filter(Boolean),scanOnPush:t.imageScanningConfiguration?.scanOnPush??!1,created:e}}function GG(t,e){if(t.imageTagMutability==="IMMUTABL\
E_WITH_EXCLUSION"){if(e.length>Qu)throw new pe(`an IMMUTABLE_WITH_EXCLUSION repository takes at most ${Qu} exclusion filters; keeping this run's extra tags mova\
ble needs ${e.length}: ${e.join(", ")}`,"use fewer extra tags, create the repository yourself with wildcard filters, or use MUTABLE");return e.map(r=>({filterType:"\
WILDCARD",filter:r}))}}async function Wl(t,e,r,o){let n=new Map;for(let i of t)n.set(i.region??e,[...n.get(i.region??e)??[],i.id]);return(await Promise.all([...n].map(async([i,a])=>{let c=new rs(
i,r,void 0,o);try{return await c.logins(a)}finally{c.close()}}))).flat()}var jG=/unauthorized|authentication required|no basic auth credentials|denied|\b401\b|\b403\b|may require 'docker login'/i,
zG=/^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;function Fh(t){let e;try{e=(0,KO.readFileSync)(t,"utf8")}catch{return[]}let r=new Set;for(let o of e.
matchAll(/^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)/gim)){let n=o[1].split("/")[0];o[1].includes("/")&&(/[.:]/.test(n)||n==="localhost")&&r.add(n)}return[...r]}function JO(t,e,r,o){
if(!jG.test(t))return;let n=Fh(e).filter(i=>!r.includes(i));return n.length?`the Dockerfile pulls from ${n.map(i=>{let a=zG.exec(i);return a?`${i} (pull-registr\
ies: ${a[2]===o?a[1]:`${a[1]}@${a[2]}`})`:i}).join(", ")}, which docker is not logged in to: add the registry's account id (or ID@REGION) to pull-registries`:void 0}var ZO=require("node:child_process"),eN=require("node:fs"),tN=require("node:util");Np();var VG=/^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/,qG=/^(?:arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)|alias\/[\w/+=,.@-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
WG=/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/,KG=/^[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$|^(?:sha256:)?[a-f0-9]{12,64}$/,
JG=100,YG=/^[A-Za-z_][A-Za-z0-9_]{0,255}$/,XG=/^[A-Za-z0-9][A-Za-z0-9._/-]{0,255}=/,zi="sts.amazonaws.com",un=["CRITICAL","HIGH","MEDIUM","LOW"],YO=[{name:"repo\
sitory",field:"repository",...le(He.repository),required:!0,description:"ECR repository name, e.g. `team/api`. Validated against ECR's naming rule before any AW\
S call.",iamPolicy:{value:"NAME",description:"ECR repository the role delivers to."}},{name:"aws-region",field:"awsRegion",...le(He.region),defaultText:"`AWS_RE\
GION`, then `AWS_DEFAULT_REGION`",description:"Region of the registry.",iamPolicy:{value:"REGION"}},{name:"role-to-assume",field:"roleToAssume",...le(ne(VG,"is \
not an IAM role ARN like `arn:aws:iam::123456789012:role/name`")),defaultText:"none: the ambient AWS credential chain",description:"IAM role ARN, assumed with `\
AssumeRoleWithWebIdentity` using the CI's OIDC token."},{name:"audience",field:"audience",...le(He.audience),default:zi,description:"Audience asked for the GitH\
ub OIDC token (CircleCI tokens are used as issued).",iamPolicy:{value:"AUD",description:"Pinned `aud` of the trust policy.",default:void 0,defaultText:"sts.amaz\
onaws.com on GitHub, the org id on CircleCI"}},{name:"web-identity-token-file",field:"webIdentityTokenFile",...hn(ko),defaultText:"`AWS_WEB_IDENTITY_TOKEN_FILE`",
description:"OIDC token file, for CIs other than GitHub and CircleCI."},{name:"role-session-name",field:"roleSessionName",...le(He.sessionName),defaultText:"der\
ived from the CI run, e.g. `ecr-deliver-<run id>`",description:"STS session name (STS's charset `[\\w+=,.@-]`, 2\u201364 characters)."},{name:"role-duration-sec\
onds",field:"roleDurationSeconds",...oa(900,43200),default:"3600",description:"Lifetime of the assumed role's credentials, 900\u201343200."},{name:"registry-id",
field:"registryId",...le(He.account),defaultText:"the caller's account",description:"Account id (12 digits) that owns the registry, for cross-account pushes.",iamPolicy:{
value:"ID",defaultText:"`account-id`"}},{name:"create-repository",field:"createRepository",...pt,default:"true",description:"Create the repository when it is mi\
ssing.",iamPolicy:{value:"true|false",description:"The delivery may create the repository."}},{name:"image-tag-mutability",field:"imageTagMutability",...Qr("MUT\
ABLE","IMMUTABLE","IMMUTABLE_WITH_EXCLUSION"),default:"MUTABLE",description:"Tag mutability of a created repository: MUTABLE, IMMUTABLE or IMMUTABLE_WITH_EXCLUS\
ION (the extra `tags` stay mutable)."},{name:"scan-on-push",field:"scanOnPush",...pt,default:"true",description:"Scan on push, for a created repository."},{name:"\
encryption-type",field:"encryptionType",...Qr("AES256","KMS"),default:"AES256",description:"Encryption of a created repository: AES256 or KMS (`kms-key` with KM\
S).",iamPolicy:{value:"AES256|KMS",description:"Encryption of a created repository; KMS adds the KMS grants ECR needs."}},{name:"kms-key",field:"kmsKey",...le(ne(
qG,"is not a KMS key ARN, key id or `alias/\u2026`")),description:"KMS key ARN, id or alias, with `encryption-type: KMS`.",iamPolicy:{value:"ARN",description:"K\
MS key ARN of a created repository.",defaultText:"any key of the account",...le(ne(Py,"is not a KMS key or alias ARN like `arn:aws:kms:eu-west-1:123456789012:ke\
y/\u2026`"))}},{name:"lifecycle-policy",field:"lifecyclePolicy",...hn(Zu),description:"Path to a lifecycle policy JSON file, applied to the repository.",iamPolicy:{
value:"FILE|true",description:"The delivery applies a lifecycle policy.",default:"false",...od}},{name:"repository-policy",field:"repositoryPolicy",...hn(Zu),description:"\
Path to a repository policy JSON file, applied to the repository.",iamPolicy:{value:"FILE|true",description:"The delivery applies a repository policy.",default:"\
false",...od}},{name:"context",field:"context",...hn(),default:".",description:"Build context directory."},{name:"dockerfile",field:"dockerfile",...hn(),defaultText:"\
`Dockerfile` in the context",description:"Dockerfile path."},{name:"build-args",field:"buildArgs",...zy,description:"Build arguments, newline-separated `KEY=VAL\
UE`; values are never printed (names only) and reach docker through its environment, not argv."},{name:"target",field:"target",...le(ne(WG,"is not a build stage\
 name")),description:"Build stage to build."},{name:"platform",field:"platform",...le(Ry),description:"Target platforms, e.g. `linux/amd64,linux/arm64` (needs b\
uildx)."},{name:"cache",field:"cache",...pt,default:"true",description:"Reuse the layers of the latest image in the repository on a fresh runner (inline cache o\
n BuildKit, a pull and `--cache-from` on the classic builder); works in IMMUTABLE repositories, and a missing or failing cache never fails a delivery.",iamPolicy:{
value:"true|false",description:"The delivery uses the layer cache."}},{name:"provenance",field:"provenance",...pt,default:"false",description:"BuildKit provenan\
ce/SBOM attestations (needs buildx). Off by default: the attestation index shows up as untagged images in ECR and breaks Lambda deploys."},{name:"image",field:"\
image",...le(ne(KG,"is not a local image reference like `name:tag` or an image id")),description:"Push this existing local image instead of building."},{name:"c\
ommit-sha",field:"commitSha",...le(He.commitSha,t=>t.toLowerCase()),defaultText:"`GITHUB_SHA` (the PR head on `pull_request`), `CIRCLE_SHA1`, else `git rev-pars\
e HEAD`",description:"Commit SHA the image is tagged with (40 hex characters)."},{name:"tags",field:"tags",...Do(He.tag,{commas:!0,max:JG}),description:"Extra t\
ags, newline- or comma-separated; the commit SHA tag is always applied."},{name:"skip-existing",field:"skipExisting",...pt,default:"false",description:"When the\
 SHA tag already exists in ECR: no build, no layer upload; extra tags are added to the existing image by manifest copy."},{name:"push",field:"push",...pt,default:"\
true",description:"Push to ECR; `false` builds and tags only (pull-request builds).",iamPolicy:{value:"true|false",description:"The delivery pushes; `false`: bu\
ild-only runs that just look the repository up."}},{name:"web-identity-token-env",field:"webIdentityTokenEnv",...le(ne(YG,"is not an environment variable name (\
letters, digits, `_`)")),description:"Name of an environment variable that holds the OIDC token, for CIs other than GitHub and CircleCI (no token file needed)."},
{name:"pull-registries",field:"pullRegistries",..._y,description:"Other ECR registries docker is logged in to before the build, so `FROM` and cache pulls can re\
ad them: account ids (12 digits), or `ID@REGION` for another region, comma- or newline-separated.",iamPolicy:{value:"IDS",description:"Base-image registries the\
 build pulls from: account ids or `ID@REGION`, comma-separated (as given to the delivery)."}},{name:"registry-type",field:"registryType",...Qr("private","public"),
default:"private",description:"`private`, or `public` for ECR Public (`public.ecr.aws`; also chosen by a repository given as `public.ecr.aws/<alias>/<name>`).",
iamPolicy:{value:"private|public",description:"`public`: the ECR Public actions instead.",defaultText:"private, or public for a public.ecr.aws/ repository"}},{name:"\
catalog-description",field:"catalogDescription",...na(1024),description:"ECR Public: short description of a created repository (text, or `file://PATH`)."},{name:"\
catalog-about",field:"catalogAbout",...na(25600),description:'ECR Public: "About" text (markdown) of a created repository (text, or `file://PATH`).'},{name:"cat\
alog-usage",field:"catalogUsage",...na(25600),description:'ECR Public: "Usage" text (markdown) of a created repository (text, or `file://PATH`).'},{name:"mode",
field:"mode",...Qr("deliver","login"),default:"deliver",githubOnly:!0,description:"GitHub Action only: `deliver`, or `login`: credentials and docker login to th\
e registry and every `pull-registries` id, in the job's docker config, for later docker steps (like the orb's `ecr/login` and the CLI's `login`)."},{name:"docke\
r-credentials-output",field:"dockerCredentialsOutput",...pt,default:"false",githubOnly:!0,description:"GitHub Action, `login` mode: set masked outputs `docker-u\
sername` and `docker-password` for a later job's `services:` credentials (they are secrets: see the README)."},{name:"skip-logout",field:"skipLogout",...pt,default:"\
false",githubOnly:!0,description:"GitHub Action, `login` mode: keep the docker login after the job (the post step does not log out; shared self-hosted runners)."},
{name:"timeout-seconds",field:"timeoutSeconds",...oa(1,86400),default:"3600",description:"Upper bound on the whole run (AWS calls, build, push), 1\u201386400; a hung\
 endpoint fails the step instead of the CI job's own timeout. Each AWS call also gives up after 5 attempts of at most 30 s."},{name:"secrets",field:"secrets",...By,
description:"Build secrets, lines `id=VALUE` or `id=env:NAME`, for `RUN --mount=type=secret,id=\u2026` (BuildKit); masked, never in argv, layers or history."},{
name:"secret-files",field:"secretFiles",...Gy,description:"Build secrets from files, lines `id=PATH` (BuildKit)."},{name:"ssh",field:"ssh",...jy,description:"SS\
H agent or keys for `RUN --mount=type=ssh` (BuildKit): `default` (the agent at `SSH_AUTH_SOCK`) or lines `id=PATH`."},{name:"semver-tags",field:"semverTags",...pt,
default:"false",description:"On a semantic-version git tag (`v1.2.3` or `1.2.3`): also tag `1.2.3`, `1.2` and `1` (pre-releases only their own tag, `0.y.z` no `\
0`). `latest` only when listed in `tags`."},{name:"branch-tag",field:"branchTag",...pt,default:"false",description:"Also tag the branch name made a valid tag (`\
feature/Login` \u2192 `feature-login`, cut to 128 characters with a hash suffix), and `pr-<number>` on pull requests."},{name:"git-ref",field:"gitRef",...wy,defaultText:"\
`GITHUB_REF`; `CIRCLE_TAG`, `CIRCLE_BRANCH`, `CIRCLE_PULL_REQUEST`; else `git describe --tags --exact-match` and the checked-out branch",description:"The git re\
f `semver-tags` and `branch-tag` read: `refs/tags/NAME`, `refs/heads/NAME` or `refs/pull/N/merge`."},{name:"labels",field:"labels",...Do(ne(XG,"is not `key=valu\
e` with a key of letters, digits, `.`, `_`, `-` and `/`")),description:"Extra OCI labels, lines `key=value`, added to the ones always set (revision, source, cre\
ated; version from a semver tag); a key given here wins."},{name:"scan-wait",field:"scanWait",...pt,default:"false",description:"After the push, wait for ECR's \
scan of the pushed digest (basic or enhanced scanning) and report the findings (`scan-findings`, the summary).",iamPolicy:{value:"true|false",description:"The d\
elivery waits for the image scan."}},{name:"scan-start",field:"scanStart",...pt,default:"false",description:"With `scan-wait`: start a basic scan (`StartImageSc\
an`) when the repository did not scan the image on push.",iamPolicy:{value:"true|false",description:"With `--scan-wait`: the delivery may start a scan."}},{name:"\
scan-timeout-seconds",field:"scanTimeoutSeconds",...oa(1,86400),default:"600",description:"How long `scan-wait` waits for the scan, 1\u201386400 (also bounded by `ti\
meout-seconds`)."},{name:"fail-on-severity",field:"failOnSeverity",...Qr(...un,"none"),default:"none",description:"With `scan-wait`: exit 1 when findings at or \
above CRITICAL, HIGH, MEDIUM or LOW exist, or when the scan cannot be had (after all outputs are set; the image stays pushed). `none` only reports."},{name:"acc\
ount-id",field:"accountId",...le(He.account),required:!0,iamPolicyOnly:!0,iamPolicy:{value:"ID"},description:"AWS account id (12 digits) of the role and its OID\
C provider."},{name:"provider",field:"provider",...Qr("github","circleci","none"),iamPolicyOnly:!0,iamPolicy:{value:"github|circleci|none",defaultText:"github w\
ith `--repo`, circleci with `--org-id`"},description:"Whose OIDC tokens the role trusts; `none` prints the permissions policy only."},{name:"repo",field:"repo",
...le(Ny),iamPolicyOnly:!0,iamPolicy:{value:"OWNER/REPO"},description:"GitHub repository, or its immutable form OWNER@ID/REPO@ID when its OIDC subject carries i\
ds."},{name:"branch",field:"branch",...le(Dy,t=>t.replace(/^refs\/heads\//,"")),iamPolicyOnly:!0,iamPolicy:{value:"BRANCH",defaultText:"`main`"},description:"Gi\
tHub branch allowed to deliver (`*` patterns allowed)."},{name:"tag",field:"tag",...le(ky,t=>t.replace(/^refs\/tags\//,"")),iamPolicyOnly:!0,iamPolicy:{value:"T\
AG"},description:"GitHub tag allowed to deliver, for release workflows on tag pushes (`v*` patterns allowed; instead of `--branch`)."},{name:"environment",field:"\
environment",...le(ne(Ay,"is not a GitHub environment name (1\u2013255 characters, no `:`)")),iamPolicyOnly:!0,iamPolicy:{value:"NAME"},description:"GitHub envi\
ronment allowed to deliver, for jobs that use `environment:` (instead of `--branch`)."},{name:"pull-request",field:"pullRequest",...pt,default:"false",iamPolicyOnly:!0,
iamPolicy:{value:"true|false"},description:"Trust runs on `pull_request` events of the repository instead of a branch (pair it with `--push false`)."},{name:"gi\
thub-issuer",field:"githubIssuer",...Ly,iamPolicyOnly:!0,iamPolicy:{value:"HOST",defaultText:"token.actions.githubusercontent.com"},description:"GitHub Enterpri\
se Server's OIDC issuer, `HOST/_services/token`."},{name:"org-id",field:"orgId",...le(ne(rd,"is not a CircleCI organization id (a lowercase UUID)")),iamPolicyOnly:!0,
iamPolicy:{value:"UUID"},description:"CircleCI organization id (Organization Settings > Overview)."},{name:"project-id",field:"projectId",...le(ne(rd,"is not a \
CircleCI project id (a lowercase UUID)")),iamPolicyOnly:!0,iamPolicy:{value:"UUID"},description:"CircleCI project id allowed to deliver (required with `--org-id\
`: without it every project of the org, with any context, could deliver)."},{name:"vcs-ref",field:"vcsRef",...le(ne(by,"is not a git ref like `refs/heads/main`")),
iamPolicyOnly:!0,iamPolicy:{value:"REF"},description:"CircleCI: pin the git ref too, e.g. `refs/heads/main` (matched in the sub of `CIRCLE_OIDC_TOKEN_V2`, which\
 the orb uses; `*` patterns allowed)."},{name:"pull-repositories",field:"pullRepositories",...Do(ne(Oy,"is not a repository name pattern (lowercase name, `*` wi\
ldcards)"),{commas:!0}),iamPolicyOnly:!0,iamPolicy:{value:"PATTERNS",defaultText:"every repository, `*`"},description:"Repositories of the `--pull-registries` t\
he build pulls, name patterns, comma-separated."},{name:"pull-through",field:"pullThrough",...Do($y,{commas:!0}),iamPolicyOnly:!0,iamPolicy:{value:"PREFIXES"},description:"\
Pull-through cache prefixes of the target registry the build pulls from (adds `ecr:BatchImportUpstreamImage` and `ecr:CreateRepository` on `PREFIX/*`)."},{name:"\
only",field:"only",...Qr("permissions","trust"),iamPolicyOnly:!0,iamPolicy:{value:"permissions|trust"},description:"Print just that one policy document, ready f\
or `aws iam \u2026 file://`."}],QG=t=>!t.iamPolicyOnly,Vi=YO.filter(QG),Kl=["aws-region","role-to-assume","audience","web-identity-token-file","role-session-nam\
e","role-duration-seconds","registry-id","web-identity-token-env","pull-registries","registry-type"];function ZG(t,e){let r="default"in e?e.default:t.default,o=e.
defaultText??(r!==void 0?`\`${r}\``:t.defaultText),n=`${e.description??t.description}${t.required?" Required.":""}${o?` Default: ${o}.`:""}`;return{name:t.name,
field:t.field,value:e.value,description:n,type:e.type??t.type,parse:e.parse??t.parse,default:r,required:t.required}}var os=YO.flatMap(t=>t.iamPolicy?[ZG(t,t.iamPolicy)]:
[]).sort((t,e)=>+!!e.required-+!!t.required);async function Mh(t){if(t.tokenEnv){let r=t.env[t.tokenEnv]?.trim();if(!r)throw new Ae(`web-identity-token-env names ${t.tokenEnv}, which is not set or empty`);
return{token:r,source:`environment variable ${t.tokenEnv}`}}if(t.tokenFile)return{token:XO(t.tokenFile),source:`file ${t.tokenFile}`};if(t.ci==="github")return{
token:await ej(t),source:"GitHub OIDC"};if(t.ci==="circleci")return tj(t);let e=t.env.AWS_WEB_IDENTITY_TOKEN_FILE;if(e)return{token:XO(e),source:`file ${e}`};throw new Ae(
"role-to-assume is set but no OIDC token was found","outside GitHub and CircleCI, write the CI's OIDC token to a file and pass web-identity-token-file (or AWS_W\
EB_IDENTITY_TOKEN_FILE), or name the variable that holds it in web-identity-token-env")}function XO(t){let e=(0,eN.readFileSync)(t,"utf8").trim();if(!e)throw new Ae(
`the OIDC token file ${t} is empty`);return e}async function ej(t){if(!t.env.ACTIONS_ID_TOKEN_REQUEST_URL||!t.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN||!t.platformToken)
throw new Ae("GitHub did not give this job an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set)","add `permissions: id-token: write` (and `contents: read`) t\
o the workflow or job");try{return await t.platformToken(t.audience)}catch(e){throw e instanceof hr?e:new gr(`could not get the GitHub OIDC token: ${e.message}`,
"check `permissions: id-token: write`; tokens are not issued to pull requests from forks")}}async function tj(t){let e=t.env.CIRCLE_OIDC_TOKEN_V2||t.env.CIRCLE_OIDC_TOKEN,
r=e&&{token:e.trim(),source:t.env.CIRCLE_OIDC_TOKEN_V2?"CIRCLE_OIDC_TOKEN_V2":"CIRCLE_OIDC_TOKEN"};if(r&&!t.renew)return r;try{let o=["run","oidc","get"];t.audience!==
zi&&o.push("--claims",JSON.stringify({aud:t.audience}));let{stdout:n}=await(0,tN.promisify)(ZO.execFile)("circleci",o,{encoding:"utf8",env:t.env}),s=n.trim();if(s)
return{token:s,source:"circleci run oidc get"}}catch{}if(r)return r;throw new Ae("CircleCI did not give this job an OIDC token (no CIRCLE_OIDC_TOKEN_V2 or CIRCL\
E_OIDC_TOKEN)","run the job with a context (CircleCI issues OIDC tokens only to jobs that use one), or pass web-identity-token-file")}function rj(t){try{let e=JSON.
parse(Buffer.from(t.split(".")[1]??"","base64url").toString("utf8")),r=o=>Array.isArray(o)?o.join(","):typeof o=="string"?o:void 0;return{iss:r(e.iss),sub:r(e.sub),
aud:r(e.aud)}}catch{return{}}}async function Hh(t,e,r,o){r.secret(e);let n=Yn({roleArn:t.roleArn,roleSessionName:t.sessionName,webIdentityToken:e,durationSeconds:t.
durationSeconds,clientConfig:es(t.region,void 0,o)});try{let s=await Sn(o,"STS AssumeRoleWithWebIdentity",()=>n());return nj({accessKeyId:s.accessKeyId,secretAccessKey:s.
secretAccessKey,sessionToken:s.sessionToken,expiration:s.expiration},r)}catch(s){throw sj(s,t,e)}}function rN(t,e){let r={credentials:t,margin:QO(t)},o;return()=>{
let n=r.credentials.expiration?.getTime();return n===void 0||n-Date.now()>r.margin?Promise.resolve(r.credentials):(o??=e().then(s=>(r={credentials:s,margin:QO(s)},
s)).finally(()=>{o=void 0}),o)}}var oj=300*1e3;function QO(t){let e=t.expiration?t.expiration.getTime()-Date.now():1/0;return Math.min(oj,e/2)}function nj(t,e){
for(let r of[t.accessKeyId,t.secretAccessKey,t.sessionToken])r&&e.secret(r);return t}function sj(t,e,r){if(t instanceof gr||t instanceof hr)return t;let o=t,n=rj(
r),s=`token iss=${n.iss??"?"} sub=${n.sub??"?"} aud=${n.aud??"?"}`,i=zl(t);if(i.transient){let c=`STS AssumeRoleWithWebIdentity for ${e.roleArn} failed after ${i.
attempts} attempt(s) (${o.name}: ${o.message}); ${s}`;return new gr(c,Vl("STS",i.throttled),{cause:t})}let a=`STS refused AssumeRoleWithWebIdentity for ${e.roleArn}\
 (${o.name}: ${o.message}); ${s}`;switch(o.name){case"AccessDenied":case"AccessDeniedException":return new gr(a,"the role's trust policy must allow this token: \
Federated principal for the issuer, `aud` and `sub` conditions matching the values above (`ecr-deliver iam-policy` prints one)",{cause:t});case"InvalidIdentityT\
oken":case"InvalidIdentityTokenException":return new gr(a,"the account needs an IAM OIDC identity provider for this issuer, with the audience above as a client \
id",{cause:t});case"ExpiredTokenException":return new gr(a,"the OIDC token expired before it was used; request a fresh one",{cause:t});case"IDPCommunicationErro\
r":case"IDPCommunicationErrorException":return new gr(a,"STS could not reach the token issuer; retry the job",{cause:t});default:return new gr(a,void 0,{cause:t})}}var jN=require("node:fs");M();st();T();$();W();F();dt();X();we();T();var oN=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function ij(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr-public",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{
config:e,context:r}})}}var nN=t=>{let e=[];switch(t.operation){default:e.push(ij(t))}return e},sN=t=>{let e=lr(t);return Object.assign(e,{authSchemePreference:q(
t.authSchemePreference??[])})};var iN=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr-public"}),aN={UseFIPS:{
type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"bui\
ltInParams",name:"useDualstackEndpoint"}};var cN={name:"@aws-sdk/client-ecr-public",version:"3.1108.0",description:"AWS SDK for JavaScript Ecr Public Client for Node.js, Browser and React Native",homepage:"\
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
s":"0.10.1",premove:"4.0.0",typescript:"~6.0.3"},engines:{node:">=20.0.0"}};M();we();T();$();dt();k();mo();we();Zo();en();T();F();k();M();W();W();var qi="ref",dn=-1,Jl=!0,pN="isSet",mN="PartitionResult",Yl="booleanEquals",Bh="getAttr",lN={[qi]:"Endpoint"},Gh={[qi]:mN},ns={},uN=[{[qi]:"Region"}],dN={conditions:[
[pN,[lN]],[pN,uN],["aws.partition",uN,mN],[Yl,[{[qi]:"UseFIPS"},Jl]],[Yl,[{[qi]:"UseDualStack"},Jl]],[Yl,[{fn:Bh,argv:[Gh,"supportsDualStack"]},Jl]],[Yl,[{fn:Bh,
argv:[Gh,"supportsFIPS"]},Jl]],["stringEquals",[{fn:Bh,argv:[Gh,"name"]},"aws"]]],results:[[dn],[dn,"Invalid Configuration: FIPS and custom endpoint are not sup\
ported"],[dn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[lN,ns],["https://api.ecr-public-fips.{Region}.{PartitionResult#dualStack\
DnsSuffix}",ns],[dn,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://api.ecr-public-fips.{Region}.{PartitionResult#d\
nsSuffix}",ns],[dn,"FIPS is enabled but this partition does not support FIPS"],["https://ecr-public.{Region}.api.aws",ns],["https://api.ecr-public.{Region}.{Par\
titionResult#dualStackDnsSuffix}",ns],[dn,"DualStack is enabled but this partition does not support DualStack"],["https://api.ecr-public.{Region}.{PartitionResu\
lt#dnsSuffix}",ns],[dn,"Invalid Configuration: Missing Region"]]},cj=2,xt=1e8,pj=new Int32Array([-1,1,-1,0,13,3,1,4,xt+12,2,5,xt+12,3,9,6,4,7,xt+11,5,8,xt+10,7,
xt+8,xt+9,4,11,10,6,xt+6,xt+7,5,12,xt+5,6,xt+4,xt+5,3,xt+1,14,4,xt+2,xt+3]),fN=rt.from(pj,cj,dN.conditions,dN.results);var lj=new ot({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),gN=(t,e={})=>lj.get(t,()=>Ht(fN,{endpointParams:t,logger:e.logger}));Pe.aws=mt;X();T();var K=class t extends et{constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var Xl=class t extends K{name="InvalidParameterException";$fault="client";constructor(e){super({name:"InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Ql=class t extends K{name="RegistryNotFoundException";$fault="client";constructor(e){super({name:"RegistryNotFoundException",$fault:"client",
...e}),Object.setPrototypeOf(this,t.prototype)}},Zl=class t extends K{name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryN\
otFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},eu=class t extends K{name="ServerException";$fault="server";constructor(e){super(
{name:"ServerException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},tu=class t extends K{name="UnsupportedCommandException";$fault="client";constructor(e){
super({name:"UnsupportedCommandException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ru=class t extends K{name="EmptyUploadException";$fault="\
client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ou=class t extends K{name="InvalidLay\
erException";$fault="client";constructor(e){super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},nu=class t extends K{name="\
LayerAlreadyExistsException";$fault="client";constructor(e){super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
su=class t extends K{name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},iu=class t extends K{name="UploadNotFoundException";$fault="client";constructor(e){super({name:"UploadNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},au=class t extends K{name="InvalidTagParameterException";$fault="client";constructor(e){super({name:"InvalidTagParamet\
erException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},cu=class t extends K{name="LimitExceededException";$fault="client";constructor(e){
super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},pu=class t extends K{name="RepositoryAlreadyExistsExceptio\
n";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},lu=class t extends K{name="\
TooManyTagsException";$fault="client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},uu=class t extends K{name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
du=class t extends K{name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},mu=class t extends K{name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},fu=class t extends K{name="RepositoryCatalogDataNotFoundException";$fault="client";constructor(e){
super({name:"RepositoryCatalogDataNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},gu=class t extends K{name="ImageAlreadyExi\
stsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},hu=class t extends K{name="\
ImageDigestDoesNotMatchException";$fault="client";constructor(e){super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},yu=class t extends K{name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"cl\
ient",...e}),Object.setPrototypeOf(this,t.prototype)}},Eu=class t extends K{name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){
super({name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}},xu=class t extends K{name="LayersNotFoundException";$fault="client";constructor(e){
super({name:"LayersNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Su=class t extends K{name="ReferencedImagesNotFoundExcept\
ion";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}};var uj="AuthorizationData";var dj="CreateRepository",mj="CreateRepositoryRequest",fj="CreateRepositoryResponse";var gj="DescribeImageTags",hj="DescribeImageTagsRequest",yj="DescribeImageTagsResponse";var Ej="DescribeRegistriesRequest",xj="DescribeRegistriesResponse",Sj="DescribeRepositoriesRequest",Rj="DescribeRepositoriesResponse",_j="DescribeRegistries",wj="\
DescribeRepositories",Ij="EmptyUploadException",Tj="GetAuthorizationToken",Cj="GetAuthorizationTokenRequest",vj="GetAuthorizationTokenResponse";var Aj="Image",bj="ImageAlreadyExistsException";var Pj="ImageDigestDoesNotMatchException";var Oj="ImageIdentifier";var Nj="InvalidLayerException",Dj="InvalidLayerPartException";var kj="ImageNotFoundException",$j="InvalidParameterException",Lj="ImageTagAlreadyExistsException",Uj="ImageTagDetail",Fj="ImageTagDetailList",Mj="InvalidTagPar\
ameterException",Hj="Key";var Bj="LayerAlreadyExistsException",Gj="LimitExceededException";var jj="LayersNotFoundException",zj="LayerPartTooSmallException";var Vj="PutImage",qj="PutImageRequest",Wj="PutImageResponse";var Kj="Registry",Jj="RegistryAlias",Yj="RepositoryAlreadyExistsException",Xj="RegistryAliasList";var Qj="RepositoryCatalogDataInput",Zj="RepositoryCatalogDataNotFoundException",ez="RepositoryCatalogData",tz="ReferencedImageDetail",rz="ReferencedImagesNotFou\
ndException",oz="RegistryList",nz="RepositoryList",sz="RepositoryNotEmptyException",iz="RegistryNotFoundException",az="RepositoryNotFoundException",cz="Reposito\
ryPolicyNotFoundException",pz="Repository",lz="ServerException",uz="SetRepositoryPolicy",dz="SetRepositoryPolicyRequest",mz="SetRepositoryPolicyResponse",fz="Ta\
g",gz="TagList",hz="TooManyTagsException";var yz="UnsupportedCommandException";var Ez="UploadNotFoundException";var xz="Value",Sz="aliases",Rz="authorizationData",_z="artifactMediaType",wz="authorizationToken",hN="aboutText",yN="architectures",ae="client",EN="createdAt",xN="\
catalogData",SN="description";var Iz="defaultRegistryAlias",re="error",Tz="expiresAt";var Cz="force",vz="image";var jh="imageDigest",Az="imageDetail";var bz="imageId",RN="imageManifest",zh="imageManifestMediaType",Pz="imagePushedAt",Oz="imageSizeInBytes";var Nz="imageTagDetails",Vh="imageTag";var Dz="logoImageBlob";var kz="logoUrl",$z="lastValidByteReceived",oe="message",Lz="marketplaceCertified",qh="maxResults";var Uz="name",ss="nextToken",_N="operatingSystems";var Fz="primaryRegistryAlias";var wN="policyText",Mz="repository";var Hz="registryArn",Bz="repositoryArn";var Yr="registryId",Po="repositoryName",Gz="repositoryNames",jz="registryUri",zz="repositoryUri",Vz="registries",qz="repositories",IN="smithy.ts.sdk.synthetic.c\
om.amazonaws.ecrpublic",Wz="server",Kz="status",Jz="tags";var Yz="uploadId",TN="usageText",Xz="verified",I="com.amazonaws.ecrpublic",CN=Q.for(IN),Qz=[-3,IN,"ECRPUBLICServiceException",0,[],[]];CN.registerError(Qz,K);var te=Q.
for(I),Zz=[-3,I,Ij,{[re]:ae},[oe],[0]];te.registerError(Zz,ru);var eV=[-3,I,bj,{[re]:ae},[oe],[0]];te.registerError(eV,gu);var tV=[-3,I,Pj,{[re]:ae},[oe],[0]];te.
registerError(tV,hu);var rV=[-3,I,kj,{[re]:ae},[oe],[0]];te.registerError(rV,mu);var oV=[-3,I,Lj,{[re]:ae},[oe],[0]];te.registerError(oV,yu);var nV=[-3,I,Nj,{[re]:ae},
[oe],[0]];te.registerError(nV,ou);var sV=[-3,I,Dj,{[re]:ae},[Yr,Po,Yz,$z,oe],[0,0,0,1,0]];te.registerError(sV,Eu);var iV=[-3,I,$j,{[re]:ae},[oe],[0]];te.registerError(
iV,Xl);var aV=[-3,I,Mj,{[re]:ae},[oe],[0]];te.registerError(aV,au);var cV=[-3,I,Bj,{[re]:ae},[oe],[0]];te.registerError(cV,nu);var pV=[-3,I,zj,{[re]:ae},[oe],[0]];
te.registerError(pV,su);var lV=[-3,I,jj,{[re]:ae},[oe],[0]];te.registerError(lV,xu);var uV=[-3,I,Gj,{[re]:ae},[oe],[0]];te.registerError(uV,cu);var dV=[-3,I,rz,
{[re]:ae},[oe],[0]];te.registerError(dV,Su);var mV=[-3,I,iz,{[re]:ae},[oe],[0]];te.registerError(mV,Ql);var fV=[-3,I,Yj,{[re]:ae},[oe],[0]];te.registerError(fV,
pu);var gV=[-3,I,Zj,{[re]:ae},[oe],[0]];te.registerError(gV,fu);var hV=[-3,I,sz,{[re]:ae},[oe],[0]];te.registerError(hV,uu);var yV=[-3,I,az,{[re]:ae},[oe],[0]];
te.registerError(yV,Zl);var EV=[-3,I,cz,{[re]:ae},[oe],[0]];te.registerError(EV,du);var xV=[-3,I,lz,{[re]:Wz},[oe],[0]];te.registerError(xV,eu);var SV=[-3,I,hz,
{[re]:ae},[oe],[0]];te.registerError(SV,lu);var RV=[-3,I,yz,{[re]:ae},[oe],[0]];te.registerError(RV,tu);var _V=[-3,I,Ez,{[re]:ae},[oe],[0]];te.registerError(_V,
iu);var vN=[CN,te],wV=[3,I,uj,0,[wz,Tz],[0,4]];var IV=[3,I,mj,0,[Po,xN,Jz],[0,()=>jV,()=>XV],1],TV=[3,I,fj,0,[Mz,xN],[()=>AN,()=>GV]];var CV=[3,I,hj,0,[Po,Yr,ss,qh],[0,0,0,1],1],vV=[3,I,yj,0,[Nz,ss],[()=>WV,0]],AV=[3,I,Ej,0,[ss,qh],[0,1]],bV=[3,I,xj,0,[Vz,ss],[()=>JV,0],1],PV=[3,I,Sj,0,[Yr,Gz,
ss,qh],[0,64,0,1]],OV=[3,I,Rj,0,[qz,ss],[()=>YV,0]],NV=[3,I,Cj,0,[],[]],DV=[3,I,vj,0,[Rz],[()=>wV]];var kV=[3,I,Aj,0,[Yr,Po,bz,RN,zh],[0,0,()=>$V,0,0]];var $V=[3,I,Oj,0,[jh,Vh],[0,0]],LV=[3,I,Uj,0,[Vh,EN,Az],[0,4,()=>MV]];var UV=[3,I,qj,0,[Po,RN,Yr,zh,Vh,jh],[0,0,0,0,0,0],2],FV=[3,I,Wj,0,[vz],[()=>kV]];var MV=[3,I,tz,0,[jh,Oz,Pz,zh,_z],[0,1,4,0,0]],HV=[3,I,Kj,0,[Yr,Hz,jz,Xz,Sz],[0,0,0,2,()=>KV],5],BV=[3,I,Jj,0,[Uz,Kz,Fz,Iz],[0,0,2,2],4];var AN=[3,I,pz,0,[Bz,Yr,Po,zz,EN],[0,0,0,0,4]],GV=[3,I,ez,0,[SN,yN,_N,kz,hN,TN,Lz],[0,64,64,0,0,0,2]],jV=[3,I,Qj,0,[SN,yN,_N,Dz,hN,TN],[0,64,64,21,0,0]],zV=[3,I,
dz,0,[Po,wN,Yr,Cz],[0,0,0,2],2],VV=[3,I,mz,0,[Yr,Po,wN],[0,0,0]],qV=[3,I,fz,0,[Hj,xz],[0,0]];var WV=[1,I,Fj,0,()=>LV];var KV=[1,I,Xj,0,()=>BV],JV=[1,I,oz,0,()=>HV],YV=[1,I,nz,0,()=>AN];var XV=[1,I,gz,0,()=>qV];var bN=[9,I,dj,0,()=>IV,()=>TV];var PN=[9,I,gj,0,()=>CV,()=>vV],ON=[9,I,_j,0,()=>AV,()=>bV],NN=[9,I,wj,0,()=>PV,()=>OV],DN=[9,I,Tj,0,()=>NV,()=>DV];var kN=[9,I,Vj,0,()=>UV,()=>FV];var $N=[9,I,uz,0,()=>zV,()=>VV];var LN=t=>({apiVersion:"2020-10-30",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??gN,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??nN,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge}],logger:t?.logger??new _e,protocol:t?.protocol??Qo,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecrpublic",errorTypeRegistries:vN,xmlNamespace:"http://ecr-public.amazonaws.com/doc/2020-12-02/",version:"2020-10-30",serviceTarget:"\
SpencerFrontendService"},serviceId:t?.serviceId??"ECR PUBLIC",sha256:t?.sha256??gt,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??
Z});var UN=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Dt),o=LN(t);Tt(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ft,n),bodyLengthChecker:t?.bodyLengthChecker??Ct,credentialDefaultProvider:t?.credentialDefaultProvider??
Bi,defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:cN.version}),maxAttempts:t?.maxAttempts??_(Yt,t),region:t?.region??
_(be,{...tt,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Qt,default:async()=>(await r()).retryMode||it},t),streamCollector:t?.
streamCollector??je,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Ot,n),userAgentAppId:t?.userAgentAppId??_(tr,n)}};M();T();F();var FN=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);s===-1?e.
push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
MN=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var HN=(t,e)=>{let r=Object.assign(rr(t),$t(t),Bt(t),FN(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),Gt(r),MN(r))};var Ru=class extends Ie{config;constructor(...[e]){let r=UN(e||{});super(r),this.initConfig=r;let o=iN(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=ar(a),l=sN(c),u=HN(l,e?.
extensions||[]);this.config=u,this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(Zt(this.config)),this.middlewareStack.use(pr(this.config)),this.
middlewareStack.use(jt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),
this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:oN,identityProviderConfigProvider:async d=>new Ve({"aws.auth#sigv4":d.credentials})})),
this.middlewareStack.use(ut(this.config))}destroy(){super.destroy()}};T();W();var St=Ut(aN,"SpencerFrontendService","ECRPUBLICClient",cr),Rt={},_t=(t,e,r,o)=>[];var _u=class extends St(Rt,_t,"CreateRepository",bN){};var wu=class extends St(Rt,_t,"DescribeImageTags",PN){};var Iu=class extends St(Rt,_t,"DescribeRegistries",ON){};var Tu=class extends St(Rt,_t,"DescribeRepositories",NN){};var Cu=class extends St(Rt,_t,"GetAuthorizationToken",DN){};var vu=class extends St(Rt,_t,"PutImage",kN){};var Au=class extends St(Rt,_t,"SetRepositoryPolicy",$N){};function Wi(t,e){let r=new URL(t),{request:o}=r.protocol==="https:"?require("node:https"):require("node:http");return new Promise((n,s)=>{let i=zO(r,process.env)??
!1,a=o(r,{method:e.method??"GET",headers:e.headers,agent:i,signal:e.signal,timeout:e.timeoutMs},c=>{let l=[];c.on("data",u=>l.push(u)),c.on("error",s),c.on("end",
()=>n({status:c.statusCode??0,text:Buffer.concat(l).toString("utf8"),headers:c.headers}))});if(e.connectTimeoutMs!==void 0){let c=e.connectTimeoutMs;a.on("socke\
t",l=>{if(!l.connecting)return;let u=setTimeout(()=>a.destroy(new Error(`no connection within ${c} ms`)),c);l.once("connect",()=>clearTimeout(u)),l.once("close",
()=>clearTimeout(u))})}a.on("timeout",()=>a.destroy(new Error(`no answer within ${e.timeoutMs} ms`))),a.on("error",s),a.end(e.body)})}var BN=3e4,QV=t=>/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(t)?"http":"https";function ZV(t){let e=/^(\w+)\s*(.*)$/.exec(t??"");if(!e)return;let r={};
for(let o of e[2].matchAll(/(\w+)="([^"]*)"/g))r[o[1]]=o[2];return{kind:e[1].toLowerCase(),params:r}}async function GN(t,e,r,o,n){let s=`${QV(t.host)}://${t.host}\
/v2/${e}/manifests/${encodeURIComponent(r)}`,i=`Basic ${Buffer.from(`${t.username}:${t.password}`).toString("base64")}`,a=u=>Wi(s,{headers:{accept:o.join(", "),
...u?{authorization:u}:{}},timeoutMs:BN,signal:n}),c=await a();if(c.status===401){let u=ZV(c.headers["www-authenticate"]);if(u?.kind==="bearer"&&u.params.realm){
let d=new URL(u.params.realm);u.params.service&&d.searchParams.set("service",u.params.service),d.searchParams.set("scope",u.params.scope??`repository:${e}:pull`);
let m=await Wi(d,{headers:{authorization:i},timeoutMs:BN,signal:n}),f=JSON.parse(m.text);c=await a(`Bearer ${f.token??f.access_token}`)}else c=await a(i)}if(c.status!==
200)throw new Error(`the registry answered ${c.status} for ${e}:${r}`);let l=JSON.parse(c.text).mediaType;return{manifest:c.text,mediaType:l??String(c.headers["\
content-type"]??"").split(";")[0]}}var eq="us-east-1",tq={label:"ECR Public",permissionHint:t=>`the credentials need ecr-public:${t}${t==="GetAuthorizationToken"?" and sts:GetServiceBearerToken":
""} (\`ecr-deliver iam-policy --registry-type public\` prints the policy)`};function rq(t){let e={description:t.catalogDescription,aboutText:t.catalogAbout,usageText:t.
catalogUsage};return Object.values(e).some(r=>r!==void 0)?e:void 0}var bu=class{constructor(e,r,o){this.registryId=r;this.deadline=o;this.client=new Ru(es(eq,e,
o))}registryId;deadline;client;registryUri;loginData;close(){this.client.destroy()}send(e,r){return ql(tq,e,this.deadline,()=>this.client.send(r,{abortSignal:this.
deadline?.signal}))}async login(){let[e,r]=await Promise.all([this.send("GetAuthorizationToken",new Cu({})),this.registryUri??this.describeRegistryUri()]);return ji(
e.authorizationData,r.split("/")[0])}async describeRegistryUri(){let e=await this.send("DescribeRegistries",new Iu({})),r=e.registries?.find(o=>!this.registryId||
o.registryId===this.registryId)??e.registries?.[0];if(!r?.registryUri)throw new pe("ECR Public returned no registry","create the public registry (its alias) in \
the ECR Public console first");return this.registryUri=r.registryUri,r.registryUri}async findRepository(e){try{let o=(await this.send("DescribeRepositories",new Tu(
{registryId:this.registryId,repositoryNames:[Mr(e)]}))).repositories?.[0];return o&&this.info(o,!1)}catch(r){if(Et(r)==="RepositoryNotFoundException")return;throw r}}async ensureRepository(e){
let r=await this.findRepository(e.repository);if(r)return r;if(!e.createRepository)throw new pe(`repository ${e.repository} does not exist in ECR Public`,"creat\
e it, or set create-repository: true");try{let o=await this.send("CreateRepository",new _u({repositoryName:Mr(e.repository),catalogData:rq(e)}));return this.info(
o.repository,!0)}catch(o){if(Et(o)!=="RepositoryAlreadyExistsException")throw o;let n=await this.findRepository(e.repository);if(!n)throw o;return n}}async applyPolicies(e){
e.repositoryPolicy&&await this.send("SetRepositoryPolicy",new Au({registryId:this.registryId,repositoryName:Mr(e.repository),policyText:(0,jN.readFileSync)(e.repositoryPolicy,
"utf8")}))}async images(e,r){let o=new Map,n;try{do{let s=await this.send("DescribeImageTags",new wu({registryId:this.registryId,repositoryName:Mr(e),nextToken:n}));
for(let i of s.imageTagDetails??[])i.imageTag&&r.includes(i.imageTag)&&i.imageDetail?.imageDigest&&o.set(i.imageTag,{digest:i.imageDetail.imageDigest,manifest:"",
mediaType:i.imageDetail.imageManifestMediaType??""});n=s.nextToken}while(n&&o.size<r.length)}catch(s){if(Et(s)==="RepositoryNotFoundException")return o;throw s}
return o}async putTag(e,r,o){let{manifest:n,mediaType:s}=r;if(!n){this.loginData??=this.login();let i=await this.loginData,a=`${(this.registryUri??"").split("/").
slice(1).join("/")}/${Mr(e)}`.replace(/^\//,"");({manifest:n,mediaType:s}=await GN(i,a,r.digest,ts,this.deadline?.signal))}try{await this.send("PutImage",new vu(
{registryId:this.registryId,repositoryName:Mr(e),imageManifest:n,imageManifestMediaType:s||void 0,imageDigest:r.digest,imageTag:o}))}catch(i){if(Et(i)==="ImageA\
lreadyExistsException")return;throw i}}info(e,r){return this.registryUri??=e.repositoryUri.slice(0,e.repositoryUri.length-e.repositoryName.length-1),{name:e.repositoryName,
uri:e.repositoryUri,arn:e.repositoryArn,mutability:"MUTABLE",exclusionFilters:[],scanOnPush:!1,created:r}}};var oq=(t,e,r,o)=>new rs(t,e,r,o),nq=(t,e,r,o)=>new bu(e,r,o);function Pu(t,e,r){return(t.openRegistry??(t.options.registryType==="public"?nq:oq))(t.context.region,
e,t.options.registryId,r)}function Ou(t){if(t.options.roleToAssume)return Mh(zN(t)).catch(e=>e)}function zN({options:t,context:e,platformToken:r,env:o}){return{
ci:e.ci,audience:t.audience,tokenFile:t.webIdentityTokenFile,tokenEnv:t.webIdentityTokenEnv,platformToken:r,env:o}}async function Nu(t,e,r){let{options:o,context:n,
reporter:s}=t;if(!o.roleToAssume||!e){s.info("No role-to-assume: using the ambient AWS credential chain");return}let i=await e;if(i instanceof Error)throw i;s.info(
`Assuming ${o.roleToAssume} as ${n.sessionName} with the OIDC token from ${i.source}`);let a={roleArn:o.roleToAssume,sessionName:n.sessionName,durationSeconds:o.
roleDurationSeconds,region:n.region},c=await Hh(a,i.token,s,r);return rN(c,async()=>{let l=await Mh({...zN(t),renew:!0});return s.info(`Renewing the credentials\
 of ${o.roleToAssume} before they expire, with a new OIDC token from ${l.source}`),Hh(a,l.token,s,r)})}function Du(t){let e=new xn(t.options.timeoutSeconds,t.lifetime);return e.bound(()=>sq(t,e))}async function sq(t,e){let r=new eo(t.run,t.reporter,e,En(t.env)),o=r.
check(),n=Ou(t);await o;let s=await t.reporter.phase("Credentials",()=>Nu(t,n,e)),i=Pu(t,s,e);try{return await t.reporter.phase("Login",async()=>{let[a,c]=await Promise.
all([i.login(),Wl(t.options.pullRegistries,t.context.region,s,e)]),l=[a,...c.filter(u=>u.host!==a.host)];for(let u of l)t.onLogin?.(u.host),await r.login(u);return{
registry:a.host,registries:l.map(u=>u.host),login:a}})}finally{i.close()}}var ku=require("node:fs");function VN(t,e){if(t.kmsKey!==void 0&&t.encryptionType!=="KMS")throw new w("kms-key",t.kmsKey,"needs `encryption-type: KMS`");let r={registryType:Wh(t)},o={...t,
...r};return iq(o),Kh(t.mode,t.dockerCredentialsOutput),aq(o),e==="deliver"&&cq(o),r}function Wh(t){return td(t.repository)?(gn("repository",t.repository,Iy(t.repository)??
He.repository(Mr(t.repository))),"public"):t.registryType}function iq(t){if(t.registryType==="public"&&t.lifecyclePolicy!==void 0)throw new w("lifecycle-policy",
t.lifecyclePolicy,"does not apply to ECR Public, which has no lifecycle policies");if(t.registryType==="private"){for(let[e,r]of[["catalog-description",t.catalogDescription],
["catalog-about",t.catalogAbout],["catalog-usage",t.catalogUsage]])if(r!==void 0)throw new w(e,r,"applies to ECR Public only: set `registry-type: public`")}}function Kh(t,e){
if(t==="deliver"&&e)throw new w("docker-credentials-output","true","applies to `mode: login` only")}function aq(t){if(t.scanWait&&t.registryType==="public")throw new w(
"scan-wait","true","does not apply to ECR Public, which does not scan images");if(!t.scanWait){if(t.scanStart)throw new w("scan-start","true","needs `scan-wait:\
 true` (a started scan is only useful when the run waits for it)");if(t.failOnSeverity!=="none")throw new w("fail-on-severity",t.failOnSeverity,"needs `scan-wai\
t: true`: the gate reads the scan the run waits for")}}function cq(t){if(t.image!==void 0){let e=[["dockerfile",t.dockerfile],["target",t.target],["platform",t.
platform],["build-args",t.buildArgs.map(o=>`${o.split("=")[0]}=***`).join(`
`)||void 0],["labels",t.labels.join(`
`)||void 0]];for(let[o,n]of e)if(n!==void 0)throw new w(o,n,"cannot be combined with `image` (nothing is built)");let r=sa(fs(t));if(r)throw new w(r,"***","cann\
ot be combined with `image` (nothing is built)");return}t.skipExisting||Jh(t)}function Jh(t){if(!(0,ku.existsSync)(t.context)||!(0,ku.statSync)(t.context).isDirectory())
throw new w("context",t.context,"is not a directory");ko("dockerfile",Ki(t))}function Ki(t){return t.dockerfile??`${t.context.replace(/\/+$/,"")}/Dockerfile`}var pq=4096,lq=65536;function $u(t,e){if(e===void 0||e.trim()==="")return;let r=t.type==="list",o=r?e:e.trim(),n=r?lq:pq;if(o.length>n)throw new w(t.name,o,`is \
longer than ${n} characters`);if((r?/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/:/[\x00-\x1f\x7f]/).test(o))throw new w(t.name,o,"contains control characters");return o}function Yh(t,e){
let r=Vi.find(n=>n.name===t),o=$u(r,e)??r.default;return o===void 0?void 0:r.parse(o,t)}function is(t,e="deliver"){let r={};for(let n of Vi){let s=$u(n,t(n.name))??
n.default;if(s!==void 0)r[n.field]=n.parse(s,n.name);else if(n.type==="list")r[n.field]=[];else if(n.required&&e==="login")r[n.field]="";else if(n.required)throw new w(
n.name,"","is required")}let o=r;return{...o,...VN(o,e)}}function qN(t){let e=Yh("mode",t("mode")),r=Yh("docker-credentials-output",t("docker-credentials-output"));
return Kh(e,r),{mode:e,skipLogout:Yh("skip-logout",t("skip-logout")),dockerCredentialsOutput:r}}var mr=require("node:fs"),Uu=require("node:os"),Oo=require("node:path"),uq=["auths","credHelpers","credsStore","currentContext","proxies"],dq=["buildx","cli-plu\
gins","contexts"];function mq(t){return t.DOCKER_CONFIG||(0,Oo.join)(t.HOME||(0,Uu.homedir)(),".docker")}var Lu=class t{constructor(e){this.dir=e;process.once("\
exit",this.onExit)}dir;removed=!1;onExit=()=>this.remove();static create(e){let r=new t((0,mr.mkdtempSync)((0,Oo.join)((0,Uu.tmpdir)(),"ecr-deliver-docker-"))),
o=mq(e);(0,mr.writeFileSync)((0,Oo.join)(r.dir,"config.json"),JSON.stringify(fq((0,Oo.join)(o,"config.json")),null,2),{mode:384});for(let n of dq)(0,mr.existsSync)(
(0,Oo.join)(o,n))&&(0,mr.symlinkSync)((0,Oo.join)(o,n),(0,Oo.join)(r.dir,n));return r}remove(){this.removed||(this.removed=!0,process.off("exit",this.onExit),(0,mr.rmSync)(
this.dir,{recursive:!0,force:!0}))}};function fq(t){let e;try{e=JSON.parse((0,mr.readFileSync)(t,"utf8"))}catch{return{}}let r=Object.fromEntries(uq.filter(o=>e[o]!==
void 0).map(o=>[o,e[o]]));return typeof e.credsStore=="string"&&e.credsStore?gq(r,e.credsStore):r}function gq(t,e){let{credsStore:r,...o}=t,n=t.auths??{},s={};for(let[
i,a]of Object.entries(n))a?.auth||(s[i]=e);return{...o,credHelpers:{...s,...t.credHelpers}}}function WN(t,e){let[r,...o]=e.tags,n=e.existing.get(r),s=n&&(t.skipExisting||$h(e.repository,r))?n:void 0;hq(e,s);let i=t.push?["policies",...o.length?["copy-t\
ags"]:[],"verify"]:[];if(s)return{steps:i,reuse:s,localTags:[],pushed:!1};let a=[];e.baseFromTarget&&!t.image?a.push("login-before-build"):t.push&&a.push("login"),
t.pullRegistries.length&&!t.image&&a.push("pull-registry-logins"),t.cache&&!t.image&&e.cacheSource&&a.push("cache"),t.image?a.push("tag-local"):a.push("build");
let c=t.push&&e.builder==="buildx"&&(!!t.platform?.includes(",")||t.provenance);return t.push&&a.push(c?"builder-push":"push"),{steps:[...a,...i],localTags:c?[r]:
e.tags,pushed:t.push}}function hq({tags:t,repository:e,existing:r},o){for(let n of t){let s=r.get(n);if(!(!s||!$h(e,n)||o&&s.digest===o.digest))throw new pe(`ta\
g ${n} already exists in the immutable repository ${e.name} at ${s.digest}, which is not the image being delivered`,"immutable tags cannot move: remove the tag \
from `tags` (use a new one), or make the repository MUTABLE")}}var Tr=[...un,"INFORMATIONAL","UNDEFINED"],yq=10,Eq=1e3,xq=15e3,Sq=2e4,Rq=new Set(["COMPLETE","ACTIVE"]),_q=new Set(["IN_PROGRESS","PENDING"]),wq=t=>new Promise(
e=>setTimeout(e,t));async function JN(t,e){try{return await Iq(t,e)}catch(r){if(r instanceof Xr)throw r;let o=mn(r);return Fu(e,"failed",`could not read ECR's s\
can of ${e.digest}: ${o.message}`,o.hint??"check the role's permissions for the scan (`ecr-deliver iam-policy \u2026 --scan-wait true`)")}}async function Iq(t,e){
let r=e.sleep??wq,o=e.now??Date.now,n=o(),s=n+e.timeoutSeconds*1e3,i=Eq,a=!1,c="no scan yet";for(;;){let l=await t.scanFindings(e.repository,e.digest);if(!l&&e.
start&&!a){e.info(`No scan of ${e.digest} yet: starting one (StartImageScan)`),await t.startScan(e.repository,e.digest),a=!0;continue}let u=l?.imageScanStatus?.
status??"";if(l&&Rq.has(u))return vq(e,await Cq(t,e,l));if(l&&!_q.has(u))return Fu(e,"failed",`ECR's scan of ${e.digest} ended ${u||"without a status"}${l.imageScanStatus?.
description?`: ${l.imageScanStatus.description}`:""}`,"ECR scans images whose OS packages it knows; see the scan status in the ECR console");c=l?`scan ${u}`:"no\
 scan yet";let m=(!l&&!a?Math.min(s,n+Sq):s)-o();if(!l&&!a&&m<=0)return Tq(e,o()-n);if(m<=0)return Fu(e,"timeout",`ECR's scan of ${e.digest} did not complete wi\
thin ${e.timeoutSeconds} s (scan-timeout-seconds; last seen: ${c})`,"raise scan-timeout-seconds; enhanced scanning of a new image can take several minutes");await r(
Math.min(i,m)),i=Math.min(i*2,xq)}}function Tq(t,e){let r=t.scanOnPush?"although the repository is set to scan on push":"the repository does not scan on push";return Fu(
t,"not-found",`ECR has no scan of ${t.digest} after ${Math.round(e/1e3)} s: ${r}`,"turn scan on push on (scan-on-push for a repository the run creates, `aws ecr\
 put-image-scanning-configuration`, or a registry scanning rule), or set scan-start: true")}async function Cq(t,e,r){let o=[r];for(let n=r.nextToken;n;n=o[o.length-
1].nextToken){let s=await t.scanFindings(e.repository,e.digest,n);if(!s)break;o.push(s)}return o}function vq(t,e){let r=e[0].imageScanFindings?.findingSeverityCounts??
{},o=Object.fromEntries(Tr.map(a=>[a,r[a]??0])),n=e.flatMap(a=>[...(a.imageScanFindings?.findings??[]).map(bq),...(a.imageScanFindings?.enhancedFindings??[]).map(
Pq)]),s=a=>{let c=Tr.indexOf(a.severity);return c<0?Tr.length:c},i=n.map((a,c)=>({f:a,i:c})).sort((a,c)=>s(a.f)-s(c.f)||a.i-c.i).slice(0,yq).map(({f:a})=>a);return{
outcome:"complete",counts:o,top:i,threshold:t.threshold,gate:Aq(o,t.threshold)}}function Fu(t,e,r,o){return{outcome:e,counts:{},top:[],problem:r,hint:o,threshold:t.
threshold,gate:t.threshold==="none"?"off":"failed"}}function Aq(t,e){return e==="none"?"off":un.slice(0,un.indexOf(e)+1).some(o=>(t[o]??0)>0)?"failed":"passed"}
function YN(t){return t?.outcome==="complete"?JSON.stringify(t.counts):""}function Mu(t,e){if(!t)return{};if(t.gate==="failed"&&t.outcome!=="complete")return{failure:new us(
`fail-on-severity ${t.threshold}: ${t.problem}; the image is pushed (${e}) but could not be judged`,t.hint)};if(t.gate==="failed"){let r=un.slice(0,un.indexOf(t.
threshold)+1).filter(o=>t.counts[o]>0);return{failure:new us(`fail-on-severity ${t.threshold}: ECR's scan found ${r.map(o=>`${t.counts[o]} ${o}`).join(", ")}; t\
he image is pushed (${e}) but should not be deployed`,"fix or upgrade the packages listed in the summary and deliver again, or raise fail-on-severity")}}return t.
outcome!=="complete"?{warning:`scan-wait: ${t.problem}`}:{}}var KN=(t,e)=>t.attributes?.find(r=>r.key===e)?.value;function bq(t){let e=[KN(t,"package_name"),KN(
t,"package_version")].filter(Boolean).join(" ");return{name:t.name??"",severity:t.severity??"UNDEFINED",package:e,link:t.uri??""}}function Pq(t){let e=t.packageVulnerabilityDetails,
r=(e?.vulnerablePackages??[]).map(o=>[o.name,o.version].filter(Boolean).join(" ")).join(", ");return{name:e?.vulnerabilityId??t.title??"",severity:t.severity??"\
UNDEFINED",package:r,link:e?.sourceUrl??e?.referenceUrls?.[0]??""}}function Hu(t){let e=new xn(t.options.timeoutSeconds,t.lifetime),r=Lu.create(t.env);return e.bound(()=>Oq(t,e,En(t.env,r.dir))).finally(()=>r.remove())}async function Oq(t,e,r){
let{options:o,context:n,reporter:s}=t,i=new eo(t.run,s,e,r),a=fs(o);if(!o.image){for(let y of qy(a,t.env))s.secret(y);Vy(a,t.env)}let c=o.image?{}:tE(o,a),l=!o.
image&&(c.buildx||c.buildkit||ad(t.env)!==void 0),u=i.check().then(()=>l?i.builder(c):void 0),d=Ou(t);await u,o.image||i.builder().catch(()=>{});let m=await s.phase(
"Credentials",()=>Nu(t,d,e)),f=Pu(t,m,e),g=()=>Wl(o.pullRegistries,n.region,m,e);try{return await new Xh(t,i,f,g).run()}finally{f.close()}}var Xh=class{constructor(e,r,o,n=async()=>[]){
this.req=e;this.docker=r;this.ecr=o;this.pullLogins=n;this.o=e.options,this.sha=e.context.commitSha,this.tags=[...new Set([this.sha,...this.o.tags,...e.context.
release.tags])]}req;docker;ecr;pullLogins;o;sha;tags;repo;loggedIn=[];background=[];async run(){try{let e=await this.steps(),r=await this.scan(e);return{outputs:{
...e,"scan-findings":YN(r)},scan:r}}catch(e){throw await Promise.allSettled(this.background),e}}async steps(){let{reporter:e}=this.req,[r,o]=await e.phase("Repo\
sitory",()=>Promise.all([this.o.push?this.ecr.ensureRepository(this.o,yy(this.o.tags,this.req.context.release)):this.lookUpRepository(),this.ecr.images(this.o.repository,
this.tags)]));this.repo=r,r.created&&e.info(`Created repository ${r.uri} (${r.mutability})`);let n=WN(this.o,{tags:this.tags,repository:r,existing:o,builder:this.
o.image?void 0:await this.docker.builder(),cacheSource:this.ecr.latestImage!==void 0,baseFromTarget:!this.o.image&&Fh(Ki(this.o)).includes(r.uri.split("/")[0])});
return this.execute(n,r,o)}async execute(e,r,o){let{reporter:n}=this.req,s=f=>e.steps.includes(f),i=s("policies")?this.inBackground(this.ecr.applyPolicies(this.
o)):Promise.resolve();if(e.reuse){let f=e.reuse;return n.info(`${r.uri}:${this.sha} already exists (${f.digest}): nothing to build or upload`),s("verify")?(await i,
s("copy-tags")&&await n.phase("Tag",()=>this.copyTags(r,f,o)),this.verified(r,f.digest,!1)):this.outputs(r,f.digest,!1)}let a=s("login")||s("login-before-build")?
this.inBackground(n.track("Login",()=>this.login())):void 0,c=s("pull-registry-logins")?this.inBackground(this.loginPullRegistries()):void 0,l=s("cache")?this.cacheSource(
r,()=>a??this.login()):void 0;s("login-before-build")&&await a,await c;let u=e.localTags.map(f=>`${r.uri}:${f}`),d=s("tag-local")?await n.phase("Tag",()=>this.tagLocal(
u)):await n.phase("Build",()=>this.build(u,r,s("builder-push"),l));if(!e.pushed)return this.outputs(r,"",!1);await Promise.all([a,i]);let m=s("builder-push")?d:
await n.phase("Push",()=>this.docker.push(`${r.uri}:${this.sha}`,()=>this.login()));return s("copy-tags")&&await n.phase("Tag",async()=>{let f=(await this.ecr.images(
this.o.repository,[this.sha])).get(this.sha);if(!f||f.digest!==m)throw new pe(`ECR does not show ${this.sha} at the pushed digest ${m}`);await this.copyTags(r,f,
o)}),this.verified(r,m,!0)}async cacheSource(e,r){try{let o=await this.ecr.latestImage(e.name);if(!o){this.req.reporter.info("No layer cache yet: the repository\
 has no image to reuse layers from");return}let n=`${e.uri}@${o}`;return await r(),await this.docker.builder()==="classic"&&!await this.docker.pullCache(n)?void 0:
(this.req.reporter.info(`Layer cache: ${n}`),n)}catch(o){if(o instanceof Xr)throw o;this.req.reporter.warning(`no layer cache: ${o.message}`);return}}async scan(e){
if(!this.o.scanWait||!this.repo)return;if(!e.digest){this.req.reporter.info("scan-wait: nothing was pushed (push: false), so there is no scan to wait for");return}
let{reporter:r}=this.req,o=this.repo,n=this.ecr;if(!n.scanFindings||!n.startScan)throw new pe("scan-wait: this registry does not scan images","ECR Public has no\
 image scanning: drop scan-wait");return r.phase("Scan",()=>JN(n,{repository:this.o.repository,digest:e.digest,timeoutSeconds:this.o.scanTimeoutSeconds,start:this.
o.scanStart,threshold:this.o.failOnSeverity,scanOnPush:o.scanOnPush,info:s=>r.info(s)}))}inBackground(e){return e.catch(()=>{}),this.background.push(e),e}async lookUpRepository(){
let e=await this.ecr.findRepository(this.o.repository);if(e)return e;let{host:r}=await this.ecr.login();return{name:this.o.repository,uri:`${r}/${this.o.repository}`,
arn:"",mutability:"MUTABLE",exclusionFilters:[],scanOnPush:!1,created:!1}}async login(){let e=await this.ecr.login();await this.docker.login(e),this.loggedIn.push(
e.host)}async loginPullRegistries(){let e=await this.req.reporter.phase("Login to pull registries",()=>this.pullLogins());for(let r of e)await this.docker.login(
r),this.loggedIn.push(r.host)}async tagLocal(e){for(let r of e)await this.docker.tag(this.o.image,r)}async build(e,r,o,n){Jh(this.o);let i=await this.docker.build(
{context:this.o.context,dockerfile:Ki(this.o),tags:e,labels:this.labels(),buildArgs:this.o.buildArgs,target:this.o.target,platform:this.o.platform,cache:n?{from:await n}:
void 0,secrets:fs(this.o),provenance:this.o.provenance,pushFromBuilder:o},await this.docker.builder()).catch(a=>{let c=a instanceof It&&JO(a.message,Ki(this.o),
[...this.loggedIn,r.uri.split("/")[0]],this.req.context.region);throw c?new It(a.message,c):a});if(o&&!i)throw new It("buildx pushed but reported no digest");return i}labels(){
let e=this.req.context,r={"org.opencontainers.image.revision":this.sha,"org.opencontainers.image.created":new Date().toISOString()};e.sourceUrl&&(r["org.opencon\
tainers.image.source"]=e.sourceUrl),e.release.version&&(r["org.opencontainers.image.version"]=e.release.version);for(let o of this.o.labels){let n=o.indexOf("=");
r[o.slice(0,n)]=o.slice(n+1)}return r}async copyTags(e,r,o){let n=this.tags.slice(1).filter(s=>o.get(s)?.digest!==r.digest);await qO(this.ecr,e.name,r,n)}async verified(e,r,o){
let n=await this.ecr.images(this.o.repository,this.tags),s=this.tags.filter(i=>n.get(i)?.digest!==r);if(s.length)throw new pe(`after delivery, tag(s) ${s.join("\
, ")} do not point at ${r} in ECR`,"another delivery may have moved them at the same time; re-run to deliver again");return this.outputs(e,r,o)}outputs(e,r,o){return{
registry:e.uri.split("/")[0],"repository-uri":e.uri,image:`${e.uri}:${this.sha}`,digest:r,"image-ref":r?`${e.uri}@${r}`:"",tags:this.tags,pushed:o,"scan-finding\
s":""}}};var Ji=class{timings=[];started=Date.now();async time(e,r){let o=Date.now();try{return await r()}finally{let n=Date.now();this.timings.push({title:e,seconds:(n-
o)/1e3,start:(o-this.started)/1e3,end:(n-this.started)/1e3})}}get byStart(){return[...this.timings].sort((e,r)=>e.start-r.start)}get totalSeconds(){return(Date.
now()-this.started)/1e3}describe(){let e=this.byStart.map(r=>`${r.title} ${r.seconds.toFixed(1)} s`).join(", ");return`${e?`${e}; `:""}total ${this.totalSeconds.
toFixed(1)} s`}},Yi=class{constructor(e=process.stderr){this.stream=e;this.output=e}stream;clock=new Ji;output;info(e){this.stream.write(`${e}
`)}warning(e){this.stream.write(`warning: ${e}
`)}secret(){}track(e,r){return this.clock.time(e,r)}async phase(e,r){this.info(`\u25B6 ${e}`);let o=Date.now(),n=await this.clock.time(e,r);return this.info(`\u2714 ${e}\
 (${((Date.now()-o)/1e3).toFixed(1)} s)`),n}};var XN=t=>Math.round(t*1e3),QN=t=>t.replace(/[:#;]/g," ").trim()||"phase";function ZN(t){let e=["```mermaid","gantt","  title ecr-deliver phases (seconds since \
start)","  dateFormat x","  axisFormat %M:%S"];return t.forEach((r,o)=>{let n=XN(r.start),s=Math.max(XN(r.end),n+1);e.push(`  section ${QN(r.title)}`,`  ${QN(r.
title)} ${r.seconds.toFixed(1)} s :p${o}, ${n}, ${s}`)}),e.push("```"),e.join(`
`)}function eD(t,e=40){if(t.length===0)return[];let r=Math.max(...t.map(n=>n.end),.001),o=Math.max(...t.map(n=>n.title.length));return t.map(n=>{let s=Math.min(
e-1,Math.floor(n.start/r*e)),i=Math.max(s+1,Math.min(e,Math.round(n.end/r*e))),a="\xB7".repeat(s)+"\u2588".repeat(i-s)+"\xB7".repeat(e-i);return`${n.title.padEnd(
o)}  ${a}  ${n.start.toFixed(1)}\u2013${n.end.toFixed(1)} s`})}var tD=require("node:child_process"),Bu=new Set,as=(t,e,r={})=>new Promise((o,n)=>{let s=r.silent?void 0:r.output??process.stdout;s?.write(`[command]${[t,...e].
join(" ")}
`);let i=(0,tD.spawn)(t,e,{stdio:"pipe",env:r.env??process.env});Bu.add(i);let a=!1,c=r.timeoutMs===void 0?void 0:setTimeout(()=>{a=!0,i.kill("SIGKILL")},r.timeoutMs),
l=[],u=[];i.stdout.on("data",d=>{l.push(d),s?.write(d)}),i.stderr.on("data",d=>{u.push(d),s?.write(d)}),i.stdin.on("error",()=>{}),i.stdin.end(r.input),i.on("er\
ror",d=>{Bu.delete(i),clearTimeout(c),n(d)}),i.on("close",(d,m)=>{Bu.delete(i),clearTimeout(c),o({code:d??(m?128:1),stdout:Buffer.concat(l).toString(),stderr:Buffer.
concat(u).toString(),...a?{timedOut:a}:{}})})});async function rD(t){let e=[...Bu];if(!e.length)return;let r=i=>new Promise(a=>{i.exitCode!==null||i.signalCode!==
null?a():i.once("close",()=>a())}),o=Promise.all(e.map(r));for(let i of e)i.kill("SIGTERM");let n,s=new Promise(i=>{n=setTimeout(()=>i("grace"),t)});if(await Promise.
race([o,s])==="grace"){for(let i of e)i.exitCode===null&&i.signalCode===null&&i.kill("SIGKILL");await o}clearTimeout(n)}var oD=["SIGINT","SIGTERM"],Nq=2e3;function Xi(){let t=new AbortController,e=!1,r=o=>t.abort(o);for(let o of oD)process.on(o,r);return{cancelled:t.signal,stopChildren:o=>(e=
!0,rD(o)),end:()=>{for(let o of oD)process.off(o,r);e&&setTimeout(()=>process.exit(process.exitCode||1),Nq).unref()}}}var Zi=t=>e=>t[cy(e)];function Qi(t){let e=mn(t);return process.stderr.write(`ecr-deliver: ${e.message}
`),e.hint&&process.stderr.write(`hint: ${e.hint}
`),e.exitCode}async function Gu(t,e){let r=new Yi(process.stderr),o=Xi();try{let n=is(t),s=yn(n),{outputs:i,scan:a}=await Hu({options:n,context:s,reporter:r,run:as,
env:process.env,lifetime:o});r.info(kq(i,r.clock,a)),e(i);let c=Mu(a,i["image-ref"]);return c.warning&&r.warning(c.warning),c.failure?Qi(c.failure):0}catch(n){return Qi(
n)}finally{o.end()}}async function ju(t,e){let r=new Yi(process.stderr),o=Xi();try{let n=is(t,"login"),s=yn(n,process.env,"login"),{registry:i}=await Du({options:n,
context:s,reporter:r,run:as,env:process.env,lifetime:o});return r.info(nD(`logged in to ${i}`,[["registry",i]],r.clock)),e(i),0}catch(n){return Qi(n)}finally{o.
end()}}function Dq(t){return t.pushed?"true":t.digest?"false (the SHA tag was already in ECR: nothing built or uploaded)":"false (push: false, built and tagged \
locally only)"}function kq(t,e,r){let o=t.pushed?`delivered ${t.image}`:t.digest?`already delivered: ${t.image}`:`built ${t.image} (not pushed)`,n=Fr.filter(({name:i})=>i!==
"scan-findings"||r).map(({name:i})=>[i,i==="pushed"?Dq(t):No(t,i)||"-"]),s=eD(e.byStart).map(i=>`    ${i}`);return[nD(o,n,e),"  timeline",...s,...r?$q(r):[]].join(
`
`)}function $q(t){if(t.outcome!=="complete")return["  scan",`    ${t.problem}`];let e=Tr.map(n=>Math.max(n.length,String(t.counts[n]).length)),r=["  scan",`    ${Tr.
map((n,s)=>n.padStart(e[s])).join("  ")}`,`    ${Tr.map((n,s)=>String(t.counts[n]).padStart(e[s])).join("  ")}`];t.gate!=="off"&&r.push(`    fail-on-severity ${t.
threshold}: ${t.gate}`);let o=n=>n.replace(/[\x00-\x1f\x7f-\x9f]+/g," ");for(let n of t.top)r.push(o(`    ${n.severity.padEnd(13)} ${n.name}  ${n.package||"-"} \
 ${n.link}`).trimEnd());return r}function nD(t,e,r){let o=[...e,["time",r.describe()]],n=Math.max(...o.map(([s])=>s.length));return[`\u2500\u2500 ecr-deliver: ${t}\
 \u2500\u2500`,...o.map(([s,i])=>`  ${s.padEnd(n)}  ${i}`)].join(`
`)}var Lq=["deliver","login"],sD="ECR_DELIVER_COMMAND",Uq=t=>`'${t.replace(/'/g,"'\\''")}'`,cD=(t,e)=>`export ${py(t)}=${Uq(e)}
`;function Fq(t){return Fr.map(({name:e})=>cD(e,No(t,e))).join("")}function iD(t,e){t.BASH_ENV?(0,aD.appendFileSync)(t.BASH_ENV,e):process.stderr.write(`warning\
: BASH_ENV is not set: the outputs are not exported to later steps
`)}async function pD(t=process.env){let e=t[sD]||"deliver";e==="login"?process.exitCode=await ju(Zi(t),r=>iD(t,cD("registry",r))):e==="deliver"?process.exitCode=
await Gu(Zi(t),r=>iD(t,Fq(r))):(process.stderr.write(`ecr-deliver: ${sD}: ${ds(e)} is not one of ${Lq.join(", ")}
`),process.exitCode=2)}var ED=require("node:util");var fD=require("node:util");var Mq=["ecr:BatchCheckLayerAvailability","ecr:InitiateLayerUpload","ecr:UploadLayerPart","ecr:CompleteLayerUpload","ecr:PutImage"],Qh=["ecr:BatchGetImage","ecr\
:GetDownloadUrlForLayer","ecr:BatchCheckLayerAvailability"];function Hq(t){let e=new Set(["ecr:DescribeRepositories","ecr:BatchGetImage"]),r=o=>{for(let n of o)
e.add(n)};return t.push&&(r(Mq),t.createRepository&&e.add("ecr:CreateRepository"),t.lifecyclePolicy&&e.add("ecr:PutLifecyclePolicy"),t.repositoryPolicy&&e.add("\
ecr:SetRepositoryPolicy")),t.cache&&r(["ecr:DescribeImages",...Qh]),t.scanWait&&e.add("ecr:DescribeImageScanFindings"),t.scanWait&&t.scanStart&&e.add("ecr:Start\
ImageScan"),[...e].sort()}function Bq(t){return`arn:${Zr(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${t.repository}`}function Zh(t){if(t.
registryType==="public")return zq(t);let e=[{Sid:"EcrLogin",Effect:"Allow",Action:"ecr:GetAuthorizationToken",Resource:"*"},{Sid:"EcrDeliver",Effect:"Allow",Action:Hq(
t),Resource:Bq(t)}];if(t.push&&t.createRepository&&t.encryptionType==="KMS"){let r=t.kmsKey&&/^arn:[^:]+:kms:[^:]+:\d{12}:key\//.test(t.kmsKey)?t.kmsKey:`arn:${Zr(
t.region)}:kms:${t.region}:${t.registryId??t.accountId}:key/*`,o={"kms:ViaService":`ecr.${t.region}.amazonaws.com${Zr(t.region)==="aws-cn"?".cn":""}`};e.push({Sid:"\
KmsGrantForNewRepository",Effect:"Allow",Action:"kms:CreateGrant",Resource:r,Condition:{StringEquals:o,Bool:{"kms:GrantIsForAWSResource":"true"}}},{Sid:"KmsForN\
ewRepository",Effect:"Allow",Action:["kms:DescribeKey","kms:RetireGrant"],Resource:r,Condition:{StringEquals:o}})}return e.push(...uD(t)),{Version:"2012-10-17",
Statement:e}}function uD(t){let e=[],r=t.pullRepositories?.length?t.pullRepositories:["*"],o=(t.pullRegistries??[]).flatMap(s=>r.map(i=>`arn:${Zr(s.region??t.region)}\
:ecr:${s.region??t.region}:${s.id}:repository/${i}`));o.length&&e.push({Sid:"EcrPullBaseImages",Effect:"Allow",Action:Qh.slice().sort(),Resource:o.length===1?o[0]:
o});let n=(t.pullThrough??[]).map(s=>`arn:${Zr(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${s}/*`);return n.length&&e.push({Sid:"EcrPull\
ThroughCache",Effect:"Allow",Action:[...Gq,...Qh].sort(),Resource:n.length===1?n[0]:n}),e}function dD(t){return!t.pullRegistries?.length||t.pullRepositories?.length?
[]:[`--pull-repositories not given: the role may pull every repository of ${t.pullRegistries.map(e=>e.id).join(", ")}; pass name patterns to narrow it`]}var Gq=[
"ecr:BatchImportUpstreamImage","ecr:CreateRepository"],lD=["ecr-public:GetAuthorizationToken","sts:GetServiceBearerToken"],jq=["ecr-public:BatchCheckLayerAvaila\
bility","ecr-public:InitiateLayerUpload","ecr-public:UploadLayerPart","ecr-public:CompleteLayerUpload","ecr-public:PutImage"];function zq(t){let e=t.push?lD:[...lD,
"ecr-public:DescribeRegistries"],r=new Set(["ecr-public:DescribeRepositories","ecr-public:DescribeImageTags"]);if(t.push){for(let n of jq)r.add(n);t.createRepository&&
r.add("ecr-public:CreateRepository"),t.repositoryPolicy&&r.add("ecr-public:SetRepositoryPolicy")}let o=t.repository.replace(/^public\.ecr\.aws\/[^/]+\//,"");return{
Version:"2012-10-17",Statement:[{Sid:"EcrPublicLogin",Effect:"Allow",Action:e,Resource:"*"},{Sid:"EcrPublicDeliver",Effect:"Allow",Action:[...r].sort(),Resource:`\
arn:aws:ecr-public::${t.registryId??t.accountId}:repository/${o}`},...uD(t)]}}var Vq="token.actions.githubusercontent.com",qq="oidc.circleci.com/org";function Wq(t){let e=t.pullRequest?"pull_request":t.environment!==void 0?`environment:${t.
environment}`:t.tag!==void 0?`ref:refs/tags/${t.tag}`:`ref:refs/heads/${t.branch??"main"}`;return`repo:${t.repo}:${e}`}function mD(t){let e=Zr(t.region),r,o,n;if(t.
provider==="github")r=t.githubIssuer??Vq,o=t.audience??zi,n=Wq(t);else if(t.provider==="circleci")r=`${qq}/${t.orgId}`,o=t.audience??t.orgId,n=`org/${t.orgId}/p\
roject/${t.projectId}/user/*${t.vcsRef?`/vcs-origin/*/vcs-ref/${t.vcsRef}`:""}`;else return;let s=/[*?]/.test(n),i={StringEquals:{[`${r}:aud`]:o}};return s?i.StringLike=
{[`${r}:sub`]:n}:i.StringEquals[`${r}:sub`]=n,{Version:"2012-10-17",Statement:[{Effect:"Allow",Principal:{Federated:`arn:${e}:iam::${t.accountId}:oidc-provider/${r}`},
Action:"sts:AssumeRoleWithWebIdentity",Condition:i}]}}var Kq=["repo","branch","tag","environment","pull-request","github-issuer"],Jq=["org-id","project-id","vcs-ref"];function gD(t,e=process.env){let r=Yq(t),o=Xq(r),
n=Qq(o.provider,r);if(o.kmsKey!==void 0&&o.encryptionType!=="KMS")throw new w("kms-key",o.kmsKey,"needs --encryption-type KMS");if(o.pullRepositories?.length&&!o.
pullRegistries?.length)throw new w("pull-repositories",r.get("pull-repositories"),"needs --pull-registries");if(o.only==="trust"&&n==="none")throw new w("only",
o.only,"needs a --provider: `none` has no trust policy");return{request:{repository:o.repository,region:sd(o.awsRegion,e),accountId:o.accountId,registryId:o.registryId,
provider:n,audience:o.audience,createRepository:o.createRepository,lifecyclePolicy:o.lifecyclePolicy,repositoryPolicy:o.repositoryPolicy,cache:o.cache,push:o.push,
encryptionType:o.encryptionType,kmsKey:o.kmsKey,scanWait:o.scanWait,scanStart:o.scanStart,pullRegistries:o.pullRegistries,pullRepositories:o.pullRepositories,pullThrough:o.
pullThrough,registryType:Wh({repository:o.repository,registryType:o.registryType}),...n==="github"?Zq(o):n==="circleci"?e6(o):{}},only:o.only}}function Yq(t){let{
values:e,positionals:r}=(0,fD.parseArgs)({args:t,options:Object.fromEntries(os.map(n=>[n.name,{type:"string"}])),strict:!0,allowPositionals:!0});if(r.length)throw new w(
"iam-policy",r[0],"is not a flag: every value follows its --flag (see `ecr-deliver iam-policy --help`)");let o=new Map;for(let n of os){let s=$u(n,e[n.name]);s!==
void 0&&o.set(n.name,s)}return o}function Xq(t){let e={};for(let r of os){let o=t.get(r.name)??r.default;if(o!==void 0)e[r.field]=r.parse(o,r.name);else if(r.required)
throw new w(r.name,"","is required")}return e}function Qq(t,e){let r=Kq.filter(i=>e.has(i)),o=Jq.filter(i=>e.has(i)),n=t??(r.length?"github":o.length?"circleci":
void 0);if(!n)throw new w("provider","","is required: github (with --repo), circleci (with --org-id), or none");let s=n==="github"?o:n==="circleci"?r:[...r,...o];
if(s.length)throw new w(s[0],e.get(s[0]),`does not apply to --provider ${n}`);return n}function Zq(t){if(t.repo===void 0)throw new w("repo","","is required: the\
 GitHub repository as OWNER/REPO (or OWNER@ID/REPO@ID)");let{branch:e,tag:r,environment:o,pullRequest:n}=t;if(e!==void 0&&o!==void 0)throw new w("branch",e,"can\
not be combined with --environment: a job with an environment gets `environment:NAME` as its OIDC subject");if(n&&(e!==void 0||o!==void 0))throw new w("pull-req\
uest","true","cannot be combined with --branch or --environment: a pull_request run's OIDC subject is `repo:OWNER/REPO:pull_request`");if(r!==void 0&&(e!==void 0||
o!==void 0||n))throw new w("tag",r,"cannot be combined with --branch, --environment or --pull-request: a tag push's OIDC subject is `repo:OWNER/REPO:ref:refs/ta\
gs/TAG`");let s=o===void 0&&!n&&r===void 0;return{repo:t.repo,environment:o,pullRequest:n,tag:r,branch:s?e??"main":void 0,githubIssuer:t.githubIssuer}}function e6(t){
if(t.orgId===void 0)throw new w("org-id","","is required: the CircleCI organization id (a UUID, Organization Settings > Overview)");if(t.projectId===void 0)throw new w(
"project-id","","is required: the CircleCI project id (a UUID, Project Settings > Overview): without it every project of the org could deliver");return{orgId:t.
orgId,projectId:t.projectId,vcsRef:t.vcsRef}}function t6(t){let e=mD(t);return e?{permissionsPolicy:Zh(t),trustPolicy:e}:{permissionsPolicy:Zh(t)}}function hD(t,e){
let r=t6(t),o=e==="permissions"?r.permissionsPolicy:e==="trust"?r.trustPolicy:r;return`${JSON.stringify(o,null,2)}
`}var yD="0.1.0";var ey=Vi.filter(t=>!t.githubOnly),xD=["iam-policy","login"];function ty(t,e,r=100){let o=[],n="";for(let s of t.split(/\s+/).filter(Boolean))n&&e.length+n.length+
1+s.length>r?(o.push(n),n=s):n=n?`${n} ${s}`:s;return n&&o.push(n),o.map(s=>e+s).join(`
`)}function o6(){return["Usage: ecr-deliver [--option value \u2026] [--json]      deliver an image","       ecr-deliver login [--option value \u2026]         credent\
ials + docker login only","       ecr-deliver iam-policy --help                the IAM policies a CI role needs","","Delivers a container image to Amazon ECR: O\
IDC credentials, ECR login, repository, build,","commit-SHA tag, push. Every option can also be given as ECR_DELIVER_<OPTION> in the environment","(e.g. ECR_DEL\
IVER_ROLE_TO_ASSUME); a flag wins over the environment.","","Options:",...ey.map(e=>{let r=e.default!==void 0?` Default: ${e.default}.`:e.defaultText?` Default:\
 ${e.defaultText.replace(/`/g,"")}.`:"";return`  --${e.name} <value>
${ty(`${e.description.replace(/`/g,"")}${e.required?" Required.":""}${r}`,"      ")}`}),"  --json","      Print the outputs as one JSON object on stdout (logs g\
o to stderr).","  --help, --version","",`Outputs: ${Fr.map(e=>e.name).join(", ")}.`,"Exit codes: 0 delivered, 1 failed, 2 bad input."].join(`
`)}function n6(){return["Usage: ecr-deliver login [--option value \u2026] [--json]","","Gets AWS credentials (OIDC or ambient) and runs docker login to the ECR \
registry, nothing else;",'later docker commands in the same job can pull and push. --json prints {"registry": "<host>"}.',"Unlike a delivery (which logs in to a\
 private docker config removed when it ends), login writes","the registry password to your docker config (DOCKER_CONFIG, else ~/.docker) by design, where it","s\
tays for 12 hours: run `docker logout <registry>` when done on a shared host.","","Options (also as ECR_DELIVER_<OPTION>):",...ey.filter(e=>Kl.includes(e.name)).
map(e=>`  --${e.name} <value>
${ty(e.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 logged in, 1 failed, 2 bad input."].join(`
`)}function s6(){return["Usage: ecr-deliver iam-policy --repository NAME --account-id ID --aws-region REGION","         --repo OWNER/REPO [--branch BRANCH | --e\
nvironment NAME]     (GitHub)","         --org-id UUID --project-id UUID [--vcs-ref REF]               (CircleCI)","         [the delivery options the role must\
 allow, e.g. --cache false]","",'Prints {"permissionsPolicy": \u2026, "trustPolicy": \u2026} as JSON: the least-privilege permissions for',"delivering to the re\
pository with the given options, and the OIDC trust policy with aud and sub","pinned. No AWS call is made.","","Flags:",...os.map(t=>`  --${t.name} ${t.value}
${ty(t.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 printed, 2 bad input."].join(`
`)}function SD(t,e){let r=t,o=/'(-[^' ]+)/.exec(r.message??"")?.[1],n=`see ecr-deliver ${e?`${e} `:""}--help`;switch(r.code){case"ERR_PARSE_ARGS_UNKNOWN_OPTION":
return`${o}: is not a flag of ecr-deliver${e?` ${e}`:""} (${n})`;case"ERR_PARSE_ARGS_INVALID_OPTION_VALUE":return/does not take an argument/.test(r.message??"")?
`${o}: takes no value`:/ambiguous/.test(r.message??"")?`${o}: needs a value; for a value that starts with "-", write ${o}=VALUE`:`${o}: needs a value (${n})`;case"\
ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":{let s=/'([^']*)'/.exec(r.message??"")?.[1]??"";return`${ds(s)} is not a command or flag: use ${xD.join(", ")} or --flags \
(${n})`}default:return`${(r.message??String(t)).split(`
`)[0]} (${n})`}}function i6(t,e,r){try{let o=Object.fromEntries(e.map(n=>[n,{type:"string"}]));return(0,ED.parseArgs)({args:t,options:{...o,json:{type:"boolean"},
help:{type:"boolean",short:"h"},version:{type:"boolean"}},strict:!0,allowPositionals:!1}).values}catch(o){process.stderr.write(`ecr-deliver: ${SD(o,r)}
`),process.exitCode=2;return}}function a6(t){if(t.includes("--help")||t.includes("-h"))return process.stdout.write(`${s6()}
`),0;try{let{request:e,only:r}=gD(t.filter(o=>o!=="--json"));process.stdout.write(hD(e,r));for(let o of dD(e))process.stderr.write(`note: ${o}
`);return 0}catch(e){return e.code?.startsWith("ERR_PARSE_ARGS")?(process.stderr.write(`ecr-deliver: ${SD(e,"iam-policy")}
`),2):Qi(e)}}async function RD(t){let e=xD.find(i=>i===t[0])??"";if(e==="iam-policy"){process.exitCode=a6(t.slice(1));return}let r=e?t.slice(1):t,o=i6(r,e==="lo\
gin"?Kl:ey.map(i=>i.name),e);if(!o)return;if(o.help)return void process.stdout.write(`${e==="login"?n6():o6()}
`);if(o.version)return void process.stdout.write(`${yD}
`);let n=Zi(process.env);if(e==="login"){let i=a=>Kl.includes(a)?o[a]??n(a):void 0;process.exitCode=await ju(i,a=>{o.json&&process.stdout.write(`${JSON.stringify(
{registry:a})}
`)});return}let s=i=>o[i]??n(i);process.exitCode=await Gu(s,i=>{o.json&&process.stdout.write(`${JSON.stringify(ly(i))}
`)})}var ry=require("node:fs"),Lr=require("node:os"),_D=require("node:stream");var c6=t=>t.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A"),cs,wD=!0;function ea(t){t.length&&(process.stdout.write(t),wD=typeof t=="string"?t.endsWith(
`
`):t[t.length-1]===10)}var oy=()=>wD?"":Lr.EOL,ID=new _D.Writable({write(t,e,r){cs||(cs=crypto.randomUUID().replace(/-/g,""),ea(`${oy()}::stop-commands::${cs}${Lr.EOL}`)),
ea(t),r()}});function ta(t,e=""){cs&&(ea(`${oy()}::${cs}::${Lr.EOL}`),cs=void 0),ea(`::${t}::${c6(e)}${Lr.EOL}`)}function zu(t){return(process.env[`INPUT_${t.replace(
/ /g,"_").toUpperCase()}`]??"").trim()}function TD(t,e,r){let o=process.env[`GITHUB_${t}`];if(!o)throw new Error(`GITHUB_${t} is not set: not running in a GitHu\
b Actions step`);let n=`ghadelimiter_${crypto.randomUUID()}`;if(e.includes(n)||r.includes(n))throw new Error(`value of ${e} contains the delimiter`);(0,ry.appendFileSync)(
o,`${e}<<${n}${Lr.EOL}${r}${Lr.EOL}${n}${Lr.EOL}`,"utf8")}var ps=(t,e)=>TD("OUTPUT",t,e),Vu=(t,e)=>TD("STATE",t,e),ny=t=>process.env[`STATE_${t}`]??"",qu=t=>ta(
"add-mask",t),Wu=t=>ea(`${oy()}${t}${Lr.EOL}`),sy=t=>ta("warning",t),p6=t=>ta("error",t);function CD(t){process.exitCode=1,p6(t)}async function vD(t,e){ta("grou\
p",t);try{return await e()}finally{ta("endgroup")}}function iy(t){let e=process.env.GITHUB_STEP_SUMMARY;e&&(0,ry.appendFileSync)(e,`${t}${Lr.EOL}`,"utf8")}var l6=4,
u6=1e4;async function AD(t){let e=process.env.ACTIONS_ID_TOKEN_REQUEST_URL,r=process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;if(!e||!r)throw new Error("ACTIONS_ID_TO\
KEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set");let o=`${e}&audience=${encodeURIComponent(t)}`;for(let n=1;;n++){let s;try{let i=await Wi(o,{headers:{
Authorization:`Bearer ${r}`,Accept:"application/json"},timeoutMs:u6});if(i.status===200){let a=d6(i.text);if(!a)throw new Error("the token service answered with\
out a token");return qu(a),a}if(s=`HTTP ${i.status}`,i.status<500&&i.status!==429)throw new Error(`the token service answered ${s}`)}catch(i){if(i.message.startsWith(
"the token service")||i instanceof hr)throw i;s=i.message}if(n>=l6)throw new Error(`the token service did not answer after ${n} attempts (${s})`);await new Promise(
i=>setTimeout(i,500*2**(n-1)))}}function d6(t){try{let e=JSON.parse(t)?.value;return typeof e=="string"?e:void 0}catch{return}}var ls=t=>t.replace(/[\r\n]+/g," ").replace(/[|\\`*_~<>[\]]/g,e=>`\\${e}`),ay=t=>`\`${t.replace(/`/g,"'")}\``;function bD(t,e,r){let o=t.pushed?"delivered":t.digest?
"already delivered":"built, not pushed",n=[["image",ay(t.image)],["digest",t.digest?ay(t.digest):"(not pushed)"],["tags",t.tags.map(ay).join(" ")],["pushed",String(
t.pushed)],["timings",ls(e.describe())]],s=[`### ecr-deliver: ${o}`,"","| | |","|---|---|",...n.map(([i,a])=>`| ${i} | ${a} |`),"","#### Timeline","",ZN(e.byStart),
""];return r&&s.push(...f6(r),""),s.join(`
`)}function f6(t){let e=["#### Vulnerability scan",""];if(t.outcome!=="complete")return e.push("> [!WARNING]",`> ${ls(t.problem??"no scan")}`),t.gate==="failed"&&
e.push(">",`> fail-on-severity ${t.threshold}: **failed** (the image is pushed, but could not be judged)`),e;if(e.push(`| ${Tr.join(" | ")} |`,`|${Tr.map(()=>"-\
--:").join("|")}|`,`| ${Tr.map(r=>t.counts[r]).join(" | ")} |`,""),t.gate!=="off"&&e.push(t.gate==="failed"?`**fail-on-severity ${t.threshold}: failed.** The im\
age is pushed, but should not be deployed.`:`fail-on-severity ${t.threshold}: passed.`,""),t.top.length){e.push("| finding | severity | package |","|---|---|---\
|");for(let r of t.top){let o=/^https?:\/\/[^\s()<>]+$/.test(r.link)?`[${ls(r.name)}](${r.link})`:ls(r.name);e.push(`| ${o} | ${ls(r.severity)} | ${ls(r.package)||
"\u2014"} |`)}}else e.push("No findings.");return e}var PD="isPost",OD="registries",ND="skipLogout",Ku=class{clock=new Ji;output=ID;info=e=>Wu(e);warning=e=>sy(e);secret=e=>qu(e);phase(e,r){return vD(e,()=>this.clock.
time(e,r))}track(e,r){return this.clock.time(e,r)}},DD=t=>t[`STATE_${PD}`]==="true";async function kD(){Vu(PD,"true");let t=new Ku,e=new Set,r=s=>{e.add(s),Vu(OD,
JSON.stringify([...e]))},o=Xi(),n={reporter:t,run:as,env:process.env,platformToken:s=>AD(s),lifetime:o};try{let s=qN(d=>zu(d));if(s.mode==="login")return await g6(
n,r,s);let i=is(d=>zu(d)),a=yn(i),{outputs:c,scan:l}=await Hu({options:i,context:a,...n});for(let{name:d}of Fr)ps(d,No(c,d));iy(bD(c,t.clock,l));let u=Mu(l,c["i\
mage-ref"]);if(u.warning&&sy(u.warning),u.failure)throw u.failure}catch(s){let i=mn(s);CD(i.hint?`${i.message}
Hint: ${i.hint}`:i.message)}finally{o.end()}}async function g6(t,e,r){r.skipLogout&&Vu(ND,"true");let o=is(i=>zu(i),"login"),n=yn(o,process.env,"login"),s=await Du(
{options:o,context:n,...t,onLogin:e});ps("registry",s.registry),ps("registries",s.registries.join(",")),r.dockerCredentialsOutput&&(qu(s.login.password),ps("doc\
ker-username",s.login.username),ps("docker-password",s.login.password)),Wu(`Logged in to ${s.registries.join(", ")}${r.skipLogout?" (kept after the job: skip-lo\
gout)":"; the post step logs out"}`),iy(["### ecr-deliver login","",...s.registries.map(i=>`- \`${i}\``),"",`timings: ${t.reporter.clock.describe()}`,""].join(`\

`))}async function $D(){let t=JSON.parse(ny(OD)||"[]");if(ny(ND)==="true"){Wu(`skip-logout: docker stays logged in to ${t.join(", ")||"nothing"}`);return}let e=new eo(
as,new Ku,void 0,En(process.env));for(let r of t)await e.logout(r)}async function h6(){let t=process.env,e=process.argv.slice(2);return e.length===0&&t.GITHUB_ACTIONS==="true"&&Object.keys(t).some(r=>r.startsWith("INPUT_"))?DD(
t)?$D():kD():e.length===0&&t.CIRCLECI==="true"?pD():RD(e)}h6();
