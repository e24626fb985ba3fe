#!/usr/bin/env node
"use strict";var ik=Object.create;var xd=Object.defineProperty;var ak=Object.getOwnPropertyDescriptor;var ck=Object.getOwnPropertyNames;var pk=Object.getPrototypeOf,lk=Object.prototype.hasOwnProperty;var p=(t,e,r)=>()=>{if(r)throw r[0];try{return t&&(e=t(t=0)),e}catch(o){throw r=[o],o}};var pr=(t,e)=>{for(var r in e)xd(t,r,{get:e[r],enumerable:!0})},uk=(t,e,r,o)=>{if(e&&typeof e=="object"||typeof e=="function")for(let s of ck(e))!lk.call(t,s)&&
s!==r&&xd(t,s,{get:()=>e[s],enumerable:!(o=ak(e,s))||o.enumerable});return t};var io=(t,e,r)=>(r=t!=null?ik(pk(t)):{},uk(e||!t||!t.__esModule?xd(r,"default",{value:t,enumerable:!0}):r,t));var ba,ut,Jy=p(()=>{ba={warningEmitted:!1},ut=t=>{if(t&&!ba.warningEmitted){if(process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED==="true"){ba.warningEmitted=
!0;return}let e=parseInt(t.substring(1,t.indexOf("."))),r=22;e<r&&(ba.warningEmitted=!0,process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScri\
pt (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${t}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`))}}});function B(t,e,r){return t.$source||(t.$source={}),t.$source[e]=r,t}var Xy=p(()=>{});function Ur(t,e,r){t.__aws_sdk_context?t.__aws_sdk_context.features||(t.__aws_sdk_context.features={}):t.__aws_sdk_context={features:{}},t.__aws_sdk_context.features[e]=
r}var Yy=p(()=>{});var n$,dr,Qy=p(()=>{n$=()=>typeof process=="object"&&process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026==="true",dr=(t,e)=>{if(n$()&&typeof t?.handle!="functi\
on")return e}});var Un,$d=p(()=>{Un=t=>typeof ArrayBuffer=="function"&&t instanceof ArrayBuffer||Object.prototype.toString.call(t)==="[object ArrayBuffer]"});var Us,Pa,Fs=p(()=>{$d();Us=(t,e=0,r=t.byteLength-e)=>{if(!Un(t))throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof t} (${t})`);
return Buffer.from(t,e,r)},Pa=(t,e)=>{if(typeof t!="string")throw new TypeError(`The "input" argument must be of type string. Received type ${typeof t} (${t})`);
return e?Buffer.from(t,e):Buffer.from(t)}});var i$,Ee,Zy=p(()=>{Fs();i$=/^[A-Za-z0-9+/]*={0,2}$/,Ee=t=>{if(t.length*3%4!==0)throw new TypeError("Incorrect padding on base64 string.");if(!i$.exec(t))throw new TypeError(
"Invalid base64 string.");let e=Pa(t,"base64");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}});var oe,Oa=p(()=>{Fs();oe=t=>{let e=Pa(t,"utf8");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength/Uint8Array.BYTES_PER_ELEMENT)}});var pe,eS=p(()=>{Fs();Oa();pe=t=>{let e;if(typeof t=="string"?e=oe(t):e=t,typeof e!="object"||typeof e.byteOffset!="number"||typeof e.byteLength!="number")throw new Error(
"@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");return Us(e.buffer,e.byteOffset,e.byteLength).toString("base64")}});function tS(t,e,r,o){return class Da extends Uint8Array{static fromString(n,i="utf-8"){if(typeof n=="string")return i==="base64"?Da.mutate(o(n)):Da.mutate(e(n));
throw new Error(`Unsupported conversion from ${typeof n} to Uint8ArrayBlobAdapter.`)}static mutate(n){return Object.setPrototypeOf(n,Da.prototype),n}transformToString(n="\
utf-8"){return n==="base64"?r(this):t(this)}}}var rS=p(()=>{});var ee,oS=p(()=>{Fs();ee=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error(
"@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return Us(t.buffer,t.byteOffset,t.byteLength).toString("utf8")}});function sS(t){return typeof crypto<"u"&&typeof crypto.randomUUID=="function"?()=>crypto.randomUUID():()=>{let e=new Uint8Array(16);return t(e),e[6]=e[6]&15|64,
e[8]=e[8]&63|128,Qe[e[0]]+Qe[e[1]]+Qe[e[2]]+Qe[e[3]]+"-"+Qe[e[4]]+Qe[e[5]]+"-"+Qe[e[6]]+Qe[e[7]]+"-"+Qe[e[8]]+Qe[e[9]]+"-"+Qe[e[10]]+Qe[e[11]]+Qe[e[12]]+Qe[e[13]]+
Qe[e[14]]+Qe[e[15]]}}var Qe,nS=p(()=>{Qe=Array.from({length:256},(t,e)=>e.toString(16).padStart(2,"0"))});var jo,iS=p(()=>{(function(t){t.HTTP="http",t.HTTPS="https"})(jo||(jo={}))});var Jr,aS=p(()=>{(function(t){t.MD5="md5",t.CRC32="crc32",t.CRC32C="crc32c",t.SHA1="sha1",t.SHA256="sha256"})(Jr||(Jr={}))});var cS=p(()=>{aS()});var Ar,pS=p(()=>{Ar="__smithy_context"});var Fr,lS=p(()=>{(function(t){t.PROFILE="profile",t.SSO_SESSION="sso-session",t.SERVICES="services"})(Fr||(Fr={}))});var Mr=p(()=>{iS();cS();pS();lS()});var re,uS=p(()=>{Mr();re=t=>t[Ar]||(t[Ar]={})});function C(t,e){return Object.prototype.hasOwnProperty.call(t,e)}var Ld=p(()=>{});function a$(t){return Object.keys(t).reduce((e,r)=>{let o=t[r];return{...e,[r]:Array.isArray(o)?[...o]:o}},{})}var j,dS=p(()=>{j=class t{method;protocol;hostname;port;path;query;headers;username;password;fragment;body;constructor(e){
this.method=e.method||"GET",this.hostname=e.hostname||"localhost",this.port=e.port,this.query=e.query||{},this.headers=e.headers||{},this.body=e.body,this.protocol=
e.protocol?e.protocol.slice(-1)!==":"?`${e.protocol}:`:e.protocol:"https:",this.path=e.path?e.path.charAt(0)!=="/"?`/${e.path}`:e.path:"/",this.username=e.username,
this.password=e.password,this.fragment=e.fragment}static clone(e){let r=new t({...e,headers:{...e.headers}});return r.query&&(r.query=a$(r.query)),r}static isInstance(e){
if(!e)return!1;let r=e;return"method"in r&&"protocol"in r&&"hostname"in r&&"path"in r&&typeof r.query=="object"&&typeof r.headers=="object"}clone(){return t.clone(
this)}}});var dt,mS=p(()=>{dt=class{statusCode;reason;headers;body;constructor(e){this.statusCode=e.statusCode,this.reason=e.reason,this.headers=e.headers||{},this.body=e.
body}static isInstance(e){if(!e)return!1;let r=e;return typeof r.statusCode=="number"&&typeof r.headers=="object"}}});var c$,Hr,fS=p(()=>{c$=new RegExp("^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$"),Hr=(t,e=!1)=>{if(!e)return c$.test(t);let r=t.split(".");for(let o of r)if(!Hr(o))return!1;
return!0}});function Ud(t){return/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(t)}var gS=p(()=>{});var W,hS=p(()=>{W=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});function yS(t){let e={};if(t=t.replace(/^\?/,""),t)for(let r of t.split("&")){let[o,s=null]=r.split("=");o=decodeURIComponent(o),s&&(s=decodeURIComponent(s)),o in
e?Array.isArray(e[o])?e[o].push(s):e[o]=[e[o],s]:e[o]=s}return e}var SS=p(()=>{});var ge,Fd=p(()=>{SS();ge=t=>{if(typeof t=="string")return ge(new URL(t));let{hostname:e,pathname:r,port:o,protocol:s,search:n}=t,i;return n&&(i=yS(n)),{hostname:e,
port:o?parseInt(o):void 0,protocol:s,path:r,query:i}}});var lo,ES=p(()=>{Ld();Fd();lo=t=>{if(typeof t=="object"){if("url"in t){let e=ge(t.url);if(t.headers){e.headers={};for(let r in t.headers)C(t.headers,r)&&(e.headers[r.
toLowerCase()]=t.headers[r].join(", "))}return e}return t}return ge(t)}});var Q=p(()=>{uS();Ld();dS();mS();fS();gS();hS();Fd();ES()});var Md,p$,xS,l$,RS,_S,wS,u$,IS,TS,d$,Na,Ms,vS,m$,f$,AS=p(()=>{Md=t=>{if(t!=null){if(typeof t=="string"){let e=parseFloat(t);if(!Number.isNaN(e))return String(e)!==
String(t)&&f$.warn(m$(`Expected number but observed string: ${t}`)),e}if(typeof t=="number")return t;throw new TypeError(`Expected number, got ${typeof t}: ${t}`)}},
p$=Math.ceil(2**127*(2-2**-23)),xS=t=>{let e=Md(t);if(e!==void 0&&!Number.isNaN(e)&&e!==1/0&&e!==-1/0&&Math.abs(e)>p$)throw new TypeError(`Expected 32-bit float\
, got ${t}`);return e},l$=t=>{if(t!=null){if(Number.isInteger(t)&&!Number.isNaN(t))return t;throw new TypeError(`Expected integer, got ${typeof t}: ${t}`)}},RS=
t=>wS(t,16),_S=t=>wS(t,8),wS=(t,e)=>{let r=l$(t);if(r!==void 0&&u$(r,e)!==r)throw new TypeError(`Expected ${e}-bit integer, got ${t}`);return r},u$=(t,e)=>{switch(e){case 32:
return Int32Array.of(t)[0];case 16:return Int16Array.of(t)[0];case 8:return Int8Array.of(t)[0]}},IS=t=>Md(typeof t=="string"?Na(t):t),TS=t=>xS(typeof t=="string"?
Na(t):t),d$=/(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g,Na=t=>{let e=t.match(d$);if(e===null||e[0].length!==t.length)throw new TypeError(
"Expected real number, got implicit NaN");return parseFloat(t)},Ms=t=>RS(typeof t=="string"?Na(t):t),vS=t=>_S(typeof t=="string"?Na(t):t),m$=t=>String(new TypeError(
t).stack||t).split(`
`).slice(0,5).filter(e=>!e.includes("stackTraceWarning")).join(`
`),f$={warn:console.warn}});function zo(t){let e=t.getUTCFullYear(),r=t.getUTCMonth(),o=t.getUTCDay(),s=t.getUTCDate(),n=t.getUTCHours(),i=t.getUTCMinutes(),a=t.getUTCSeconds(),c=s<10?`0${s}`:
`${s}`,l=n<10?`0${n}`:`${n}`,u=i<10?`0${i}`:`${i}`,d=a<10?`0${a}`:`${a}`;return`${g$[o]}, ${c} ${Bd[r]} ${e} ${l}:${u}:${d} GMT`}var g$,Bd,h$,Gd,y$,jd,S$,E$,x$,
Mn,zd,Fn,R$,_$,w$,Hd,I$,T$,v$,Br,A$,C$,Hs,CS=p(()=>{AS();g$=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],Bd=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep",
"Oct","Nov","Dec"];h$=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/),Gd=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC-3339 date-times must be expressed as strings");let e=h$.exec(t);if(!e)throw new TypeError("Invalid RFC-3339 date-time value");let[r,o,s,n,i,a,c,l]=e,u=Ms(Hs(
o)),d=Br(s,"month",1,12),m=Br(n,"day",1,31);return Fn(u,d,m,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})},y$=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/),
jd=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-3339 date-times must be expressed as strings");let e=y$.exec(t);if(!e)throw new TypeError(
"Invalid RFC-3339 date-time value");let[r,o,s,n,i,a,c,l,u]=e,d=Ms(Hs(o)),m=Br(s,"month",1,12),f=Br(n,"day",1,31),g=Fn(d,m,f,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l});
return u.toUpperCase()!="Z"&&g.setTime(g.getTime()-C$(u)),g},S$=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
E$=new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
x$=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/),
Mn=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-7231 date-times must be expressed as strings");let e=S$.exec(t);if(e){let[r,o,s,n,i,a,c,
l]=e;return Fn(Ms(Hs(n)),Hd(s),Br(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})}if(e=E$.exec(t),e){let[r,o,s,n,i,a,c,l]=e;return w$(Fn(R$(
n),Hd(s),Br(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l}))}if(e=x$.exec(t),e){let[r,o,s,n,i,a,c,l]=e;return Fn(Ms(Hs(l)),Hd(o),Br(s.trimLeft(),
"day",1,31),{hours:n,minutes:i,seconds:a,fractionalMilliseconds:c})}throw new TypeError("Invalid RFC-7231 date-time value")},zd=t=>{if(t==null)return;let e;if(typeof t==
"number")e=t;else if(typeof t=="string")e=IS(t);else if(typeof t=="object"&&t.tag===1)e=t.value;else throw new TypeError("Epoch timestamps must be expressed as \
floating point numbers or their string representation");if(Number.isNaN(e)||e===1/0||e===-1/0)throw new TypeError("Epoch timestamps must be valid, non-Infinite,\
 non-NaN numerics");return new Date(Math.round(e*1e3))},Fn=(t,e,r,o)=>{let s=e-1;return T$(t,s,r),new Date(Date.UTC(t,s,r,Br(o.hours,"hour",0,23),Br(o.minutes,"\
minute",0,59),Br(o.seconds,"seconds",0,60),A$(o.fractionalMilliseconds)))},R$=t=>{let e=new Date().getUTCFullYear(),r=Math.floor(e/100)*100+Ms(Hs(t));return r<e?
r+100:r},_$=50*365*24*60*60*1e3,w$=t=>t.getTime()-new Date().getTime()>_$?new Date(Date.UTC(t.getUTCFullYear()-100,t.getUTCMonth(),t.getUTCDate(),t.getUTCHours(),
t.getUTCMinutes(),t.getUTCSeconds(),t.getUTCMilliseconds())):t,Hd=t=>{let e=Bd.indexOf(t);if(e<0)throw new TypeError(`Invalid month: ${t}`);return e+1},I$=[31,28,
31,30,31,30,31,31,30,31,30,31],T$=(t,e,r)=>{let o=I$[e];if(e===1&&v$(t)&&(o=29),r>o)throw new TypeError(`Invalid day for ${Bd[e]} in ${t}: ${r}`)},v$=t=>t%4===0&&
(t%100!==0||t%400===0),Br=(t,e,r,o)=>{let s=vS(Hs(t));if(s<r||s>o)throw new TypeError(`${e} must be between ${r} and ${o}, inclusive`);return s},A$=t=>t==null?0:
TS("0."+t)*1e3,C$=t=>{let e=t[0],r=1;if(e=="+")r=1;else if(e=="-")r=-1;else throw new TypeError(`Offset direction, ${e}, must be "+" or "-"`);let o=Number(t.substring(
1,3)),s=Number(t.substring(4,6));return r*(o*60+s)*60*1e3},Hs=t=>{let e=0;for(;e<t.length-1&&t.charAt(e)==="0";)e++;return e===0?t:t.slice(e)}});var mt,bS=p(()=>{mt=function(e){return Object.assign(new String(e),{deserializeJSON(){return JSON.parse(String(e))},toString(){return String(e)},toJSON(){return String(
e)}})};mt.from=t=>t&&typeof t=="object"&&(t instanceof mt||"deserializeJSON"in t)?t:typeof t=="string"||Object.getPrototypeOf(t)===String.prototype?mt(String(t)):
mt(JSON.stringify(t));mt.fromObject=mt.from});function Vd(t){return(t.includes(",")||t.includes('"'))&&(t=`"${t.replace(/\\/g,"\\\\").replace(/"/g,'\\"')}"`),t}var PS=p(()=>{});function Xr(t,e,r){let o=Number(t);if(o<e||o>r)throw new Error(`Value ${o} out of range [${e}, ${r}]`)}var Wd,qd,Kd,OS,DS,b$,P$,O$,D$,N$,k$,Jd,Xd,Yd,NS=p(()=>{Wd=
"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?",qd="(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",Kd="(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?",OS="(\
\\d?\\d)",DS="(\\d{4})",b$=new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/),P$=/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/,
O$=new RegExp(`^${Wd}, ${OS} ${qd} ${DS} ${Kd} GMT$`),D$=new RegExp(`^${Wd}, ${OS}-${qd}-(\\d\\d) ${Kd} GMT$`),N$=new RegExp(`^${Wd} ${qd} ( [1-9]|\\d\\d) ${Kd}\
 ${DS}$`),k$=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"],Jd=t=>{if(t==null)return;let e=NaN;if(typeof t=="number")e=t;else if(typeof t==
"string"){if(!/^-?\d*\.?\d+$/.test(t))throw new TypeError("parseEpochTimestamp - numeric string invalid.");e=Number.parseFloat(t)}else typeof t=="object"&&t.tag===
1&&(e=t.value);if(isNaN(e)||Math.abs(e)===1/0)throw new TypeError("Epoch timestamps must be valid finite numbers.");return new Date(Math.round(e*1e3))},Xd=t=>{if(t==
null)return;if(typeof t!="string")throw new TypeError("RFC3339 timestamps must be strings");let e=b$.exec(t);if(!e)throw new TypeError(`Invalid RFC3339 timestam\
p format ${t}`);let[,r,o,s,n,i,a,,c,l]=e;Xr(o,1,12),Xr(s,1,31),Xr(n,0,23),Xr(i,0,59),Xr(a,0,60);let u=new Date(Date.UTC(Number(r),Number(o)-1,Number(s),Number(n),
Number(i),Number(a),Number(c)?Math.round(parseFloat(`0.${c}`)*1e3):0));if(u.setUTCFullYear(Number(r)),l.toUpperCase()!="Z"){let[,d,m,f]=/([+-])(\d\d):(\d\d)/.exec(
l)||[void 0,"+",0,0],g=d==="-"?1:-1;u.setTime(u.getTime()+g*(Number(m)*60*60*1e3+Number(f)*60*1e3))}return u},Yd=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC7231 timestamps must be strings.");if(P$.test(t))return new Date(t);let e,r,o,s,n,i,a,c;if((c=O$.exec(t))?[,e,r,o,s,n,i,a]=c:(c=D$.exec(t))?([,e,r,o,s,n,i,a]=
c,o=(Number(o)+1900).toString()):(c=N$.exec(t))&&([,r,e,s,n,i,a,o]=c),o&&i){let l=Date.UTC(Number(o),k$.indexOf(r),Number(e),Number(s),Number(n),Number(i),a?Math.
round(parseFloat(`0.${a}`)*1e3):0);Xr(e,1,31),Xr(s,0,23),Xr(n,0,59),Xr(i,0,60);let u=new Date(l);return u.setUTCFullYear(Number(o)),u}throw new TypeError(`Inval\
id RFC7231 date-time value ${t}.`)}});function Qd(t,e,r){if(r<=0||!Number.isInteger(r))throw new Error("Invalid number of delimiters ("+r+") for splitEvery.");let o=t.split(e);if(r===1)return o;let s=[],
n="";for(let i=0;i<o.length;i++)n===""?n=o[i]:n+=e+o[i],(i+1)%r===0&&(s.push(n),n="");return n!==""&&s.push(n),s}var kS=p(()=>{});var Hn,$S=p(()=>{Hn=t=>{let e=t.length,r=[],o=!1,s=!1,n=0;for(let i=0;i<e;++i){let a=t[i];switch(a){case'"':s||(o=!o);break;case",":o||(r.push(t.slice(n,i)),n=i+
1);break;default:}s=a==="\\"&&!s}return r.push(t.slice(n)),r.map(i=>{i=i.trim();let a=i.length;return a<2?i:i[0]==='"'&&i[a-1]==='"'?(i=i.slice(1,a-1),i.replace(
/\\(["\\])/g,"$1")):i.replace(/\\"/g,'"')})}});var LS,Te,US=p(()=>{LS=/^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/,Te=class t{string;type;constructor(e,r){if(this.string=e,this.type=r,!LS.test(e))throw new Error(
`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${e}"`)}toString(){return this.string}static[Symbol.hasInstance](e){
if(!e||typeof e!="object")return!1;let r=e;return t.prototype.isPrototypeOf(e)||r.type==="bigDecimal"&&LS.test(r.string)}}});function Bn(t){if(t.length%2!==0)throw new Error("Hex encoded strings must have an even number length");let e=new Uint8Array(t.length/2);for(let r=0;r<t.length;r+=
2){let o=t.slice(r,r+2).toLowerCase();if(o in Zd)e[r/2]=Zd[o];else throw new Error(`Cannot decode unrecognized sequence ${o} as hexadecimal`)}return e}function le(t){
let e="";for(let r=0;r<t.byteLength;r++)e+=FS[t[r]];return e}var FS,Zd,em=p(()=>{FS={},Zd={};for(let t=0;t<256;t++){let e=t.toString(16).toLowerCase();e.length===
1&&(e=`0${e}`),FS[t]=e,Zd[e]=t}});var Bs,ft,MS=p(()=>{Bs=require("node:fs"),ft=t=>{if(!t)return 0;if(typeof t=="string")return Buffer.byteLength(t);if(typeof t.byteLength=="number")return t.byteLength;
if(typeof t.size=="number")return t.size;if(typeof t.start=="number"&&typeof t.end=="number")return t.end+1-t.start;if(t instanceof Bs.ReadStream){if(t.path!=null)
return(0,Bs.lstatSync)(t.path).size;if(typeof t.fd=="number")return(0,Bs.fstatSync)(t.fd).size}throw new Error(`Body Length computation failed for ${t}`)}});var mr,HS=p(()=>{Oa();mr=t=>t instanceof Uint8Array?t:typeof t=="string"?oe(t):ArrayBuffer.isView(t)?new Uint8Array(t.buffer,t.byteOffset,t.byteLength/Uint8Array.
BYTES_PER_ELEMENT):new Uint8Array(t)});function ka(t,e){if(e===void 0){e=0;for(let s of t)e+=s.byteLength}let r=new Uint8Array(e),o=0;for(let s of t)r.set(s,o),o+=s.byteLength;return r}var tm=p(()=>{});var Ze,Gn=p(()=>{Ze=class t extends Error{name="ProviderError";tryNextLink;constructor(e,r=!0){let o,s=!0;typeof r=="boolean"?(o=void 0,s=r):r!=null&&typeof r==
"object"&&(o=r.logger,s=r.tryNextLink??!0),super(e),this.tryNextLink=s,Object.setPrototypeOf(this,t.prototype),o?.debug?.(`@smithy/property-provider ${s?"->":"(\
!)"} ${e}`)}static from(e,r=!0){return Object.assign(new this(e.message,r),e)}}});var w,$a=p(()=>{Gn();w=class t extends Ze{name="CredentialsProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var fr,BS=p(()=>{Gn();fr=class t extends Ze{name="TokenProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var Vo,rm=p(()=>{Gn();Vo=(...t)=>async()=>{if(t.length===0)throw new Ze("No providers in chain");let e;for(let r of t)try{return await r()}catch(o){if(e=o,o?.tryNextLink)
continue;throw o}throw e}});var GS,jS=p(()=>{GS=t=>()=>Promise.resolve(t)});var La,om=p(()=>{La=(t,e,r)=>{let o,s,n,i=!1,a=async()=>{s||(s=t());try{o=await s,n=!0,i=!1}finally{s=void 0}return o};return e===void 0?async c=>((!n||c?.forceRefresh)&&
(o=await a()),o):async c=>((!n||c?.forceRefresh)&&(o=await a()),i?o:r&&!r(o)?(i=!0,o):(e(o)&&await a(),o))}});var gr,Ua=p(()=>{gr=(t,e,r)=>{if(e in t){if(t[e]==="true")return!0;if(t[e]==="false")return!1;throw new Error(`Cannot load ${r} "${e}". Expected "true" or "fals\
e", got ${t[e]}.`)}}});var gt,Fa=p(()=>{(function(t){t.ENV="env",t.CONFIG="shared config entry"})(gt||(gt={}))});var zS,VS,sm,$$,uo,jn=p(()=>{zS=require("node:os"),VS=require("node:path"),sm={},$$=()=>process&&process.geteuid?`${process.geteuid()}`:"DEFAULT",uo=()=>{let{HOME:t,
USERPROFILE:e,HOMEPATH:r,HOMEDRIVE:o=`C:${VS.sep}`}=process.env;if(t)return t;if(e)return e;if(r)return`${o}${r}`;let s=$$();return sm[s]||(sm[s]=(0,zS.homedir)()),
sm[s]}});var Ma,WS,ht,nm=p(()=>{Ma="AWS_PROFILE",WS="default",ht=t=>t.profile||process.env[Ma]||WS});var qS,KS,zn,im=p(()=>{qS=require("node:crypto"),KS=require("node:path");jn();zn=t=>{let r=(0,qS.createHash)("sha1").update(t).digest("hex");return(0,KS.join)(uo(),
".aws","sso","cache",`${r}.json`)}});var JS,Vn,Wn,am=p(()=>{JS=require("node:fs/promises");im();Vn={},Wn=async t=>{if(Vn[t])return Vn[t];let e=zn(t),r=await(0,JS.readFile)(e,"utf8");return JSON.parse(
r)}});var XS,YS=p(()=>{Mr();XS=t=>Object.entries(t).filter(([e])=>{let r=e.indexOf(".");return r===-1?!1:Object.values(Fr).includes(e.substring(0,r))}).reduce((e,[r,o])=>{
let s=r.indexOf("."),n=r.substring(0,s)===Fr.PROFILE?r.substring(s+1):r;return e[n]=o,e},{...t.default&&{default:t.default}})});var QS,L$,Ha,cm=p(()=>{QS=require("node:path");jn();L$="AWS_CONFIG_FILE",Ha=()=>process.env[L$]||(0,QS.join)(uo(),".aws","config")});var ZS,U$,eE,tE=p(()=>{ZS=require("node:path");jn();U$="AWS_SHARED_CREDENTIALS_FILE",eE=()=>process.env[U$]||(0,ZS.join)(uo(),".aws","credentials")});var F$,M$,qn,pm=p(()=>{Mr();F$=/^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/,M$=["__proto__","profile __proto__"],qn=t=>{let e={},r,o;for(let s of t.split(/\r?\n/)){let n=s.
split(/(^|\s)[;#]/)[0].trim();if(n[0]==="["&&n[n.length-1]==="]"){r=void 0,o=void 0;let a=n.substring(1,n.length-1),c=F$.exec(a);if(c){let[,l,,u]=c;Object.values(
Fr).includes(l)&&(r=[l,u].join("."))}else r=a;if(M$.includes(a))throw new Error(`Found invalid profile name "${a}"`)}else if(r){let a=n.indexOf("=");if(![0,-1].
includes(a)){let[c,l]=[n.substring(0,a).trim(),n.substring(a+1).trim()];if(l==="")o=c;else{o&&s.trimStart()===s&&(o=void 0),e[r]=e[r]||{};let u=o?[o,c].join("."):
c;e[r][u]=l}}}}return e}});var rE,lm,Kn,Jn,Ba=p(()=>{rE=require("node:fs/promises"),lm={},Kn={},Jn=(t,e)=>Kn[t]!==void 0?Kn[t]:((!lm[t]||e?.ignoreCache)&&(lm[t]=(0,rE.readFile)(t,"utf8")),
lm[t])});var um,oE,Ga,dm=p(()=>{um=require("node:path");YS();cm();tE();jn();pm();Ba();oE=()=>({}),Ga=async(t={})=>{let{filepath:e=eE(),configFilepath:r=Ha()}=t,o=uo(),s="\
~/",n=e;e.startsWith(s)&&(n=(0,um.join)(o,e.slice(2)));let i=r;r.startsWith(s)&&(i=(0,um.join)(o,r.slice(2)));let a=await Promise.all([Jn(i,{ignoreCache:t.ignoreCache}).
then(qn).then(XS).catch(oE),Jn(n,{ignoreCache:t.ignoreCache}).then(qn).catch(oE)]);return{configFile:a[0],credentialsFile:a[1]}}});var sE,nE=p(()=>{Mr();sE=t=>Object.entries(t).filter(([e])=>e.startsWith(Fr.SSO_SESSION+".")).reduce((e,[r,o])=>({...e,[r.substring(r.indexOf(".")+1)]:o}),{})});var H$,Xn,iE=p(()=>{cm();nE();pm();Ba();H$=()=>({}),Xn=async(t={})=>Jn(t.configFilepath??Ha()).then(qn).then(sE).catch(H$)});var aE,cE=p(()=>{aE=(...t)=>{let e={};for(let r of t)for(let[o,s]of Object.entries(r))e[o]!==void 0?Object.assign(e[o],s):e[o]=s;return e}});var Cr,pE=p(()=>{dm();cE();Cr=async t=>{let e=await Ga(t);return aE(e.configFile,e.credentialsFile)}});var Yn,lE=p(()=>{am();Ba();Yn={getFileRecord(){return Kn},interceptFile(t,e){Kn[t]=Promise.resolve(e)},getTokenRecord(){return Vn},interceptToken(t,e){Vn[t]=e}}});function ja(t){try{let e=new Set(Array.from(t.match(/([A-Z_]){3,}/g)??[]));return e.delete("CONFIG"),e.delete("CONFIG_PREFIX_SEPARATOR"),e.delete("ENV"),[...e].
join(", ")}catch{return t}}var mm=p(()=>{});var uE,dE=p(()=>{$a();mm();uE=(t,e)=>async()=>{try{let r=t(process.env,e);if(r===void 0)throw new Error;return r}catch(r){throw new w(r.message||`Not found in E\
NV: ${ja(t.toString())}`,{logger:e?.logger})}}});var mE,fE=p(()=>{$a();nm();dm();mm();mE=(t,{preferredFile:e="config",...r}={})=>async()=>{let o=ht(r),{configFile:s,credentialsFile:n}=await Ga(r),i=n[o]||{},a=s[o]||
{},c=e==="config"?{...i,...a}:{...a,...i};try{let u=t(c,e==="config"?s:n);if(u===void 0)throw new Error;return u}catch(l){throw new w(l.message||`Not found in c\
onfig files w/ profile [${o}]: ${ja(t.toString())}`,{logger:r.logger})}}});var B$,gE,hE=p(()=>{jS();B$=t=>typeof t=="function",gE=t=>B$(t)?async()=>await t():GS(t)});var _,fm=p(()=>{rm();om();dE();fE();hE();_=({environmentVariableSelector:t,configFileSelector:e,default:r},o={})=>{let{signingName:s,logger:n}=o;return La(Vo(uE(
t,{signingName:s,logger:n}),mE(e,o),gE(r)))}});var yE,SE,yt,EE=p(()=>{Ua();Fa();yE="AWS_USE_DUALSTACK_ENDPOINT",SE="use_dualstack_endpoint",yt={environmentVariableSelector:t=>gr(t,yE,gt.ENV),configFileSelector:t=>gr(
t,SE,gt.CONFIG),default:!1}});var xE,RE,St,_E=p(()=>{Ua();Fa();xE="AWS_USE_FIPS_ENDPOINT",RE="use_fips_endpoint",St={environmentVariableSelector:t=>gr(t,xE,gt.ENV),configFileSelector:t=>gr(t,
RE,gt.CONFIG),default:!1}});var qo,mo,Gs,wE,IE,gm=p(()=>{qo=(t,e)=>{let r=[];if(t&&r.push(t),e)for(let o of e)r.push(o);return r},mo=(t,e)=>`${t||"anonymous"}${e&&e.length>0?` (a.k.a. ${e.
join(",")})`:""}`,Gs=()=>{let t=[],e=[],r=!1,o=new Set,s=d=>d.sort((m,f)=>wE[f.step]-wE[m.step]||IE[f.priority||"normal"]-IE[m.priority||"normal"]),n=d=>{let m=!1,
f=g=>{let y=qo(g.name,g.aliases);if(y.includes(d)){m=!0;for(let h of y)o.delete(h);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},i=d=>{let m=!1,f=g=>{
if(g.middleware===d){m=!0;for(let y of qo(g.name,g.aliases))o.delete(y);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},a=d=>(t.forEach(m=>{d.add(m.middleware,
{...m})}),e.forEach(m=>{d.addRelativeTo(m.middleware,{...m})}),d.identifyOnResolve?.(u.identifyOnResolve()),d),c=d=>{let m=[];return d.before.forEach(f=>{f.before.
length===0&&f.after.length===0?m.push(f):m.push(...c(f))}),m.push(d),d.after.reverse().forEach(f=>{f.before.length===0&&f.after.length===0?m.push(f):m.push(...c(
f))}),m},l=(d=!1)=>{let m=[],f=[],g={};return t.forEach(h=>{let S={...h,before:[],after:[]};for(let x of qo(S.name,S.aliases))g[x]=S;m.push(S)}),e.forEach(h=>{let S={
...h,before:[],after:[]};for(let x of qo(S.name,S.aliases))g[x]=S;f.push(S)}),f.forEach(h=>{if(h.toMiddleware){let S=g[h.toMiddleware];if(S===void 0){if(d)return;
throw new Error(`${h.toMiddleware} is not found when adding ${mo(h.name,h.aliases)} middleware ${h.relation} ${h.toMiddleware}`)}h.relation==="after"&&S.after.push(
h),h.relation==="before"&&S.before.push(h)}}),s(m).map(c).reduce((h,S)=>(h.push(...S),h),[])},u={add:(d,m={})=>{let{name:f,override:g,aliases:y}=m,h={step:"init\
ialize",priority:"normal",middleware:d,...m},S=qo(f,y);if(S.length>0){if(S.some(x=>o.has(x))){if(!g)throw new Error(`Duplicate middleware name '${mo(f,y)}'`);for(let x of S){
let T=t.findIndex(I=>I.name===x||I.aliases?.some(M=>M===x));if(T===-1)continue;let R=t[T];if(R.step!==h.step||h.priority!==R.priority)throw new Error(`"${mo(R.name,
R.aliases)}" middleware with ${R.priority} priority in ${R.step} step cannot be overridden by "${mo(f,y)}" middleware with ${h.priority} priority in ${h.step} s\
tep.`);t.splice(T,1)}}for(let x of S)o.add(x)}t.push(h)},addRelativeTo:(d,m)=>{let{name:f,override:g,aliases:y}=m,h={middleware:d,...m},S=qo(f,y);if(S.length>0){
if(S.some(x=>o.has(x))){if(!g)throw new Error(`Duplicate middleware name '${mo(f,y)}'`);for(let x of S){let T=e.findIndex(I=>I.name===x||I.aliases?.some(M=>M===
x));if(T===-1)continue;let R=e[T];if(R.toMiddleware!==h.toMiddleware||R.relation!==h.relation)throw new Error(`"${mo(R.name,R.aliases)}" middleware ${R.relation}\
 "${R.toMiddleware}" middleware cannot be overridden by "${mo(f,y)}" middleware ${h.relation} "${h.toMiddleware}" middleware.`);e.splice(T,1)}}for(let x of S)o.
add(x)}e.push(h)},clone:()=>a(Gs()),use:d=>{d.applyToStack(u)},remove:d=>typeof d=="string"?n(d):i(d),removeByTag:d=>{let m=!1,f=g=>{let{tags:y,name:h,aliases:S}=g;
if(y&&y.includes(d)){let x=qo(h,S);for(let T of x)o.delete(T);return m=!0,!1}return!0};return t=t.filter(f),e=e.filter(f),m},concat:d=>{let m=a(Gs());return m.use(
d),m.identifyOnResolve(r||m.identifyOnResolve()||(d.identifyOnResolve?.()??!1)),m},applyToStack:a,identify:()=>l(!0).map(d=>{let m=d.step??d.relation+" "+d.toMiddleware;
return mo(d.name,d.aliases)+" - "+m}),identifyOnResolve(d){return typeof d=="boolean"&&(r=d),r},resolve:(d,m)=>{for(let f of l().map(g=>g.middleware).reverse())
d=f(d,m);return r&&console.log(u.identify()),d}};return u},wE={initialize:5,serialize:4,build:3,finalizeRequest:2,deserialize:1},IE={high:3,normal:2,low:1}});var Re,TE=p(()=>{gm();Re=class{config;middlewareStack=Gs();initConfig;handlers;constructor(e){this.config=e;let{protocol:r,protocolSettings:o}=e;o&&typeof r=="f\
unction"&&(e.protocol=new r(o))}send(e,r,o){let s=typeof r!="function"?r:void 0,n=typeof r=="function"?r:o,i=s===void 0&&this.config.cacheMiddleware===!0,a;if(i){
this.handlers||(this.handlers=new WeakMap);let c=this.handlers;c.has(e.constructor)?a=c.get(e.constructor):(a=e.resolveMiddleware(this.middlewareStack,this.config,
s),c.set(e.constructor,a))}else delete this.handlers,a=e.resolveMiddleware(this.middlewareStack,this.config,s);if(n)a(e).then(c=>n(null,c.output),c=>n(c)).catch(
()=>{});else return a(e).then(c=>c.output)}destroy(){this.config?.requestHandler?.destroy?.(),delete this.handlers}}});var Yr,hm=p(()=>{Yr=t=>typeof t=="function"?t():t});var za,ym=p(()=>{za=(t,e,r,o,s)=>({name:e,namespace:t,traits:r,input:o,output:s})});var vE,Sm,AE=p(()=>{Q();ym();vE=t=>(e,r)=>async o=>{let{response:s}=await e(o),{operationSchema:n}=re(r),[,i,a,c,l,u]=n??[];try{let d=await t.protocol.deserializeResponse(
za(i,a,c,l,u),{...t,...r},s);return{response:s,output:d}}catch(d){if(Object.defineProperty(d,"$response",{value:s,enumerable:!1,writable:!1,configurable:!1}),!("\
$metadata"in d)){let m="Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";try{d.message+=`
  `+m}catch{!r.logger||r.logger?.constructor?.name==="NoOpLogger"?console.warn(m):r.logger?.warn?.(m)}typeof d.$responseBodyText<"u"&&d.$response&&(d.$response.
body=d.$responseBodyText);try{if(dt.isInstance(s)){let{headers:f={},statusCode:g}=s,y=Object.entries(f);d.$metadata={httpStatusCode:g,requestId:Sm(/^x-[\w-]+-request-?id$/,
y),extendedRequestId:Sm(/^x-[\w-]+-id-2$/,y),cfId:Sm(/^x-[\w-]+-cf-id$/,y)}}}catch{}}throw d}},Sm=(t,e)=>(e.find(([r])=>r.match(t))||[void 0,void 0])[1]});var CE,bE=p(()=>{Q();ym();CE=t=>(e,r)=>async o=>{let{operationSchema:s}=re(r),[,n,i,a,c,l]=s??[],u=r.endpointV2?async()=>lo(r.endpointV2):t.endpoint,d=await t.protocol.
serializeRequest(za(n,i,a,c,l),o.input,{...t,...r,endpoint:u});return e({...o,request:d})}});function Et(t){return{applyToStack:e=>{e.add(CE(t),OE),e.add(vE(t),PE),t.protocol.setSerdeContext(t)}}}var PE,OE,DE=p(()=>{AE();bE();PE={name:"deserializerMiddl\
eware",step:"deserialize",tags:["DESERIALIZER"],override:!0},OE={name:"serializerMiddleware",step:"serialize",tags:["SERIALIZER"],override:!0}});function fo(t){if(typeof t=="object")return t;if(t=t|0,Va[t])return Va[t];let e={},r=0;for(let o of["httpLabel","idempotent","idempotencyToken","sensitive","htt\
pPayload","httpResponseCode","httpQueryParams"])(t>>r++&1)===1&&(e[o]=1);return Va[t]=e}var Va,Em=p(()=>{Va=[]});function Zn(t,e){if(t instanceof H)return Object.assign(t,{memberName:e,_isMemberSchema:!0});let r=H;return new r(t,e)}var Qn,Wa,qa,H,xm,NE,kE=p(()=>{hm();Em();
Qn={it:Symbol.for("@smithy/nor-struct-it"),ns:Symbol.for("@smithy/ns")},Wa=[],qa={},H=class t{ref;memberName;static symbol=Symbol.for("@smithy/nor");symbol=t.symbol;name;schema;_isMemberSchema;traits;memberTraits;normalizedTraits;constructor(e,r){
this.ref=e,this.memberName=r;let o=[],s=e,n=e;for(this._isMemberSchema=!1;xm(s);)o.push(s[1]),s=s[0],n=Yr(s),this._isMemberSchema=!0;if(o.length>0){this.memberTraits=
{};for(let i=o.length-1;i>=0;--i){let a=o[i];Object.assign(this.memberTraits,fo(a))}}else this.memberTraits=0;if(n instanceof t){let i=this.memberTraits;Object.
assign(this,n),this.memberTraits=Object.assign({},i,n.getMemberTraits(),this.getMemberTraits()),this.normalizedTraits=void 0,this.memberName=r??n.memberName;return}
if(this.schema=Yr(n),NE(this.schema)?(this.name=`${this.schema[1]}#${this.schema[2]}`,this.traits=this.schema[3]):(this.name=this.memberName??String(n),this.traits=
0),this._isMemberSchema&&!r)throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`)}static[Symbol.hasInstance](e){
let r=this.prototype.isPrototypeOf(e);return!r&&typeof e=="object"&&e!==null?e.symbol===this.symbol:r}static of(e){let r=typeof e=="function"||typeof e=="object"&&
e!==null;if(typeof e=="number"){if(Wa[e])return Wa[e]}else if(typeof e=="string"){if(qa[e])return qa[e]}else if(r&&e[Qn.ns])return e[Qn.ns];let o=Yr(e);if(o instanceof
t)return o;if(xm(o)){let[n,i]=o;if(n instanceof t)return Object.assign(n.getMergedTraits(),fo(i)),n;throw new Error(`@smithy/core/schema - may not init unwrappe\
d member schema=${JSON.stringify(e,null,2)}.`)}let s=new t(o);return r?e[Qn.ns]=s:typeof o=="string"?qa[o]=s:typeof o=="number"?Wa[o]=s:s}getSchema(){let e=this.
schema;return Array.isArray(e)&&e[0]===0?e[4]:e}getName(e=!1){let{name:r}=this;return!e&&r&&r.includes("#")?r.split("#")[1]:r||void 0}getMemberName(){return this.
memberName}isMemberSchema(){return this._isMemberSchema}isListSchema(){let e=this.getSchema();return typeof e=="number"?e>=64&&e<128:e[0]===1}isMapSchema(){let e=this.
getSchema();return typeof e=="number"?e>=128&&e<=255:e[0]===2}isStructSchema(){let e=this.getSchema();if(typeof e!="object")return!1;let r=e[0];return r===3||r===
-3||r===4}isUnionSchema(){let e=this.getSchema();return typeof e!="object"?!1:e[0]===4}isBlobSchema(){let e=this.getSchema();return e===21||e===42}isTimestampSchema(){
let e=this.getSchema();return typeof e=="number"&&e>=4&&e<=7}isUnitSchema(){return this.getSchema()==="unit"}isDocumentSchema(){return this.getSchema()===15}isStringSchema(){
return this.getSchema()===0}isBooleanSchema(){return this.getSchema()===2}isNumericSchema(){return this.getSchema()===1}isBigIntegerSchema(){return this.getSchema()===
17}isBigDecimalSchema(){return this.getSchema()===19}isStreaming(){let{streaming:e}=this.getMergedTraits();return!!e||this.getSchema()===42}isIdempotencyToken(){
return!!this.getMergedTraits().idempotencyToken}getMergedTraits(){return this.normalizedTraits??(this.normalizedTraits={...this.getOwnTraits(),...this.getMemberTraits()})}getMemberTraits(){
return fo(this.memberTraits)}getOwnTraits(){return fo(this.traits)}getKeySchema(){let[e,r]=[this.isDocumentSchema(),this.isMapSchema()];if(!e&&!r)throw new Error(
`@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`);let o=this.getSchema(),s=e?15:o[4]??0;return Zn([s,0],"key")}getValueSchema(){let e=this.
getSchema(),[r,o,s]=[this.isDocumentSchema(),this.isMapSchema(),this.isListSchema()],n=typeof e=="number"?63&e:e&&typeof e=="object"&&(o||s)?e[3+e[0]]:r?15:void 0;
if(n!=null)return Zn([n,0],o?"value":"member");throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`)}getMemberSchema(e){let r=this.getSchema();
if(this.isStructSchema()&&r[4].includes(e)){let o=r[4].indexOf(e),s=r[5][o];return Zn(xm(s)?s:[s,0],e)}if(this.isDocumentSchema())return Zn([15,0],e);throw new Error(
`@smithy/core/schema - ${this.getName(!0)} has no member=${e}.`)}getMemberSchemas(){let e={};try{for(let[r,o]of this.structIterator())e[r]=o}catch{}return e}getEventStreamMember(){
if(this.isStructSchema()){for(let[e,r]of this.structIterator())if(r.isStreaming()&&r.isStructSchema())return e}return""}*structIterator(){if(this.isUnitSchema())
return;if(!this.isStructSchema())throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");let e=this.getSchema(),r=e[4].length,o=e[Qn.it];if(o&&
r===o.length){yield*o;return}o=Array(r);for(let s=0;s<r;++s){let n=e[4][s],i=Zn([e[5][s],0],n);yield o[s]=[n,i]}e[Qn.it]=o}};xm=t=>Array.isArray(t)&&t.length===
2,NE=t=>Array.isArray(t)&&t.length>=5});var J,$E=p(()=>{J=class t{namespace;schemas;exceptions;static registries=new Map;constructor(e,r=new Map,o=new Map){this.namespace=e,this.schemas=r,this.exceptions=
o,t.registries.has(e)||t.registries.set(e,this)}static for(e){return t.registries.get(e)??new t(e)}copyFrom(e){let{schemas:r,exceptions:o}=this;for(let[s,n]of e.
schemas)r.has(s)||r.set(s,n);for(let[s,n]of e.exceptions)o.has(s)||o.set(s,n)}register(e,r){let o=this.normalizeShapeId(e);for(let s of[this,t.for(o.split("#")[0])])
s.schemas.has(o)||s.schemas.set(o,r)}getSchema(e){let r=this.normalizeShapeId(e);if(!this.schemas.has(r)){if(!e.includes("#")){let o="#"+e,s=[];for(let[n,i]of this.
schemas.entries())n.endsWith(o)&&s.push(i);if(s.length===1)return s[0]}throw new Error(`@smithy/core/schema - schema not found for ${r}`)}return this.schemas.get(
r)}registerError(e,r){let o=e,s=o[1],n=s+"#"+o[2];r.hasOwnProperty?.("shapeId")||(r.shapeId=n);for(let i of[this,t.for(s)])!i.schemas.has(n)&&!i.exceptions.has(
o)&&(i.schemas.set(n,o),i.exceptions.set(o,r))}getErrorCtor(e){let r=e;return this.exceptions.has(r)?this.exceptions.get(r):t.for(r[1]).exceptions.get(r)}getBaseException(){
for(let e of this.exceptions.keys())if(Array.isArray(e)){let[,r,o]=e,s=r+"#"+o;if(s.startsWith("smithy.ts.sdk.synthetic.")&&s.endsWith("ServiceException"))return e}}find(e){
for(let r of this.schemas.values())if(e(r))return r}clear(){this.schemas.clear(),this.exceptions.clear()}normalizeShapeId(e){return e.includes("#")?e:this.namespace+
"#"+e}}});var Z=p(()=>{hm();DE();kE();Em();$E()});function js(t,e){if(e==null)return e;let r=H.of(t);if(r.getMergedTraits().sensitive)return Rm;if(r.isListSchema()){let o=r.getValueSchema();if(o.getMergedTraits().
sensitive)return Rm;if(Array.isArray(e))return e.map(s=>js(o,s))}else if(r.isMapSchema()){let o=r.getValueSchema();if(r.getKeySchema().getMergedTraits().sensitive||
o.getMergedTraits().sensitive)return Rm;if(typeof e=="object")return Object.fromEntries(Object.entries(e).map(([s,n])=>[s,js(o,n)]))}else if(r.isStructSchema()&&
typeof e=="object"){let o=e,s={};for(let[n,i]of r.structIterator())o[n]!=null&&(s[n]=js(i,o[n]));return s}return e}var Rm,LE=p(()=>{Z();Rm="***SensitiveInformat\
ion***"});var UE,Rr,_m,wm=p(()=>{Mr();gm();LE();Z();UE=Symbol.for("@smithy/op-event-stream"),Rr=class{middlewareStack=Gs();schema;static classBuilder(){return new _m}resolveMiddlewareWithContext(e,r,o,{
middlewareFn:s,clientName:n,commandName:i,inputFilterSensitiveLog:a,outputFilterSensitiveLog:c,smithyContext:l,additionalContext:u,CommandCtor:d}){for(let I of s.
bind(this)(d,e,r,o))this.middlewareStack.use(I);let m=e.concat(this.middlewareStack),{logger:f}=r,g=u[Ar],y={logger:f,clientName:n,commandName:i,inputFilterSensitiveLog:a,
outputFilterSensitiveLog:c,...u,[Ar]:{...g,commandInstance:this,...l,...o?.metricsRecorder===void 0?{}:{metricsRecorder:o.metricsRecorder},...o?.abortSignal===void 0?
{}:{abortSignal:o.abortSignal}}},{requestHandler:h}=r,S=o??{};S.metricsRecorder&&(S={...S},delete S.metricsRecorder);let x,T=this.schema,R=T?.[UE];if(R!==void 0)
x=R;else if(T&&Array.isArray(T)&&T[0]===9){let[,,,,I,M]=T;x=T[UE]=!!(H.of(I).getEventStreamMember()||H.of(M).getEventStreamMember())}return x&&(S={isEventStream:x,
...S}),m.resolve(I=>h.handle(I.request,S),y)}},_m=class{_init=()=>{};_ep={};_middlewareFn=()=>[];_commandName="";_clientName="";_additionalContext={};_smithyContext={};_inputFilterSensitiveLog=void 0;_outputFilterSensitiveLog=void 0;_serializer=null;_deserializer=null;_operationSchema;init(e){
this._init=e}ep(e){return this._ep=e,this}m(e){return this._middlewareFn=e,this}s(e,r,o={}){return this._smithyContext={service:e,operation:r,...o},this}c(e={}){
return this._additionalContext=e,this}n(e,r){return this._clientName=e,this._commandName=r,this}f(e=o=>o,r=o=>o){return this._inputFilterSensitiveLog=e,this._outputFilterSensitiveLog=
r,this}ser(e){return this._serializer=e,this}de(e){return this._deserializer=e,this}sc(e){return this._operationSchema=e,this._smithyContext.operationSchema=e,this}build(){
let e=this,r;return r=class extends Rr{input;static getEndpointParameterInstructions(){return e._ep}constructor(...[o]){super(),this.input=o??{},e._init(this),this.
schema=e._operationSchema}resolveMiddleware(o,s,n){let i=e._operationSchema,a=i?.[4]??i?.input,c=i?.[5]??i?.output;return this.resolveMiddlewareWithContext(o,s,
n,{CommandCtor:r,middlewareFn:e._middlewareFn,clientName:e._clientName,commandName:e._commandName,inputFilterSensitiveLog:e._inputFilterSensitiveLog??(i?js.bind(
null,a):l=>l),outputFilterSensitiveLog:e._outputFilterSensitiveLog??(i?js.bind(null,c):l=>l),smithyContext:e._smithyContext,additionalContext:e._additionalContext})}serialize=e.
_serializer;deserialize=e._deserializer}}}});var Qr,FE=p(()=>{Qr=(t,e,r)=>{for(let[n,i]of Object.entries(t)){let a=async function(l,u,d){let m=new i(l);if(typeof u=="function")this.send(m,u);else if(typeof d==
"function"){if(typeof u!="object")throw new Error(`Expected http options but got ${typeof u}`);this.send(m,u||{},d)}else return this.send(m,u)},c=(n[0].toLowerCase()+
n.slice(1)).replace(/Command$/,"");e.prototype[c]=a}let{paginators:o={},waiters:s={}}=r??{};for(let[n,i]of Object.entries(o))e.prototype[n]===void 0&&(e.prototype[n]=
function(a={},c,...l){return i({...c,client:this},a,...l)});for(let[n,i]of Object.entries(s))e.prototype[n]===void 0&&(e.prototype[n]=async function(a={},c,...l){
let u=c;return typeof c=="number"&&(u={maxWaitTime:c}),i({...u,client:this},a,...l)})}});var Me,Ka,ME=p(()=>{Me=class t extends Error{static shapeId="smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";$fault;$response;$retryable;$metadata;constructor(e){
super(e.message),Object.setPrototypeOf(this,Object.getPrototypeOf(this).constructor.prototype),this.name=e.name,this.$fault=e.$fault,this.$metadata=e.$metadata}static isInstance(e){
if(!e)return!1;let r=e;return t.prototype.isPrototypeOf(r)||!!r.$fault&&!!r.$metadata&&(r.$fault==="client"||r.$fault==="server")}static[Symbol.hasInstance](e){
if(!e)return!1;let r=e;if(this===t)return t.isInstance(e);if(t.isInstance(e)){if(this.prototype.isPrototypeOf(e))return!0;let o=Object.prototype.hasOwnProperty.
call(this,"shapeId")?this.shapeId:void 0,s=!1;if(o){let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor,c=a!==t&&Object.prototype.
hasOwnProperty.call(a,"shapeId")?a?.shapeId:void 0;if(c&&(s=!0,c===o))return!0;i=Object.getPrototypeOf(i)}}if(o&&s)return!1;let n=this.name;if(n&&n.length>=6){if(r.
name===n)return!0;let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor?.name;if(a&&a!=="Error"&&a===n)return!0;i=Object.getPrototypeOf(
i)}}}return!1}},Ka=(t,e={})=>{Object.entries(e).filter(([,o])=>o!==void 0).forEach(([o,s])=>{(t[o]==null||t[o]==="")&&(t[o]=s)});let r=t.message||t.Message||"Un\
knownError";return t.message=r,delete t.Message,t}});var xt,HE=p(()=>{xt=t=>{switch(t){case"standard":return{retryMode:"standard",connectionTimeout:3100};case"in-region":return{retryMode:"standard",connectionTimeout:1100};case"\
cross-region":return{retryMode:"standard",connectionTimeout:3100};case"mobile":return{retryMode:"standard",connectionTimeout:3e4};default:return{}}}});var BE,Rt,GE=p(()=>{BE=!1,Rt=t=>{t&&!BE&&parseInt(t.substring(1,t.indexOf(".")))<16&&(BE=!0)}});var jE,zE,VE,WE=p(()=>{Q();Mr();jE=Object.values(Jr),zE=t=>{let e=[];for(let r in Jr){if(!C(Jr,r))continue;let o=Jr[r];t[o]!==void 0&&e.push({algorithmId:()=>o,
checksumConstructor:()=>t[o]})}for(let[r,o]of Object.entries(t.checksumAlgorithms??{}))e.push({algorithmId:()=>r,checksumConstructor:()=>o});return{addChecksumAlgorithm(r){
t.checksumAlgorithms=t.checksumAlgorithms??{};let o=r.algorithmId(),s=r.checksumConstructor();jE.includes(o)?t.checksumAlgorithms[o.toUpperCase()]=s:t.checksumAlgorithms[o]=
s,e.push(r)},checksumAlgorithms(){return e}}},VE=t=>{let e={};return t.checksumAlgorithms().forEach(r=>{let o=r.algorithmId();jE.includes(o)&&(e[o]=r.checksumConstructor())}),
e}});var qE,KE,JE=p(()=>{qE=t=>({setRetryStrategy(e){t.retryStrategy=e},retryStrategy(){return t.retryStrategy}}),KE=t=>{let e={};return e.retryStrategy=t.retryStrategy(),
e}});var _t,wt,XE=p(()=>{WE();JE();_t=t=>Object.assign(zE(t),qE(t)),wt=t=>Object.assign(VE(t),KE(t))});var Ja,YE=p(()=>{Q();Ja=t=>{let e="#text";for(let r in t)C(t,r)&&(t[r][e]!==void 0?t[r]=t[r][e]:typeof t[r]=="object"&&t[r]!==null&&(t[r]=Ja(t[r])));return t}});var xe,QE=p(()=>{xe=class{trace(){}debug(){}info(){}warn(){}error(){}}});function It(t,e,r,o){return function(n,i,a,c,l={}){let u=Object.assign({},t,n);return Rr.classBuilder().ep(u).m(function(d,m,f,g){let y=i.call(this,d,m,f,g);return y.
unshift(o(f,d.getEndpointParameterInstructions())),y}).s(e,a,l).n(r,a.charAt(0).toUpperCase()+a.slice(1)+"Command").sc(c).build()}}var ZE=p(()=>{wm()});var v=p(()=>{Q();Q();TE();wm();FE();HE();GE();ME();XE();YE();QE();ZE()});var ex,Im,Tm,tx,rx,ox,sx,nx,ix,vm=p(()=>{ex="AWS_EXECUTION_ENV",Im="AWS_REGION",Tm="AWS_DEFAULT_REGION",tx="AWS_EC2_METADATA_DISABLED",rx=["in-region","cross-re\
gion","mobile","standard","legacy"],ox="/latest/meta-data/placement/region",sx="/latest/api/token",nx="x-aws-ec2-metadata-token",ix="x-aws-ec2-metadata-token-tt\
l-seconds"});var ax,G$,lx,Xa,cx,j$,px,Am=p(()=>{vm();ax=1e3,G$=6e4,lx=0,Xa=async()=>{if(!process.env[tx]&&!(Date.now()<lx))try{let t=j$(),e=(await px({...t,path:sx,method:"P\
UT",headers:{[ix]:"21600"}})).toString();return(await px({...t,path:ox,method:"GET",headers:{[nx]:e}})).toString().trim()||cx()}catch{return cx()}},cx=()=>{lx=Date.
now()+G$},j$=()=>{let t=process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;if(t){let e=new URL(t);return{hostname:e.hostname.replace(/^\[(.+)]$/,"$1"),port:e.port?Number(
e.port):void 0}}return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE==="IPv6"?{hostname:"fd00:ec2::254"}:{hostname:"169.254.169.254"}},px=async t=>{let{request:e}=await import("node:http");
return new Promise((r,o)=>{let s=e({hostname:t.hostname,port:t.port,path:t.path,method:t.method,headers:t.headers,timeout:ax,signal:AbortSignal.timeout(ax)});s.
on("error",n=>{o(n),s.destroy()}),s.on("timeout",()=>{o(new Error("TimeoutError from instance metadata service")),s.destroy()}),s.on("response",n=>{let{statusCode:i=400}=n;
if(i<200||i>=300){o(Object.assign(new Error("Error response received from instance metadata service"),{statusCode:i})),s.destroy();return}let a=[];n.on("data",c=>a.
push(c)),n.on("end",()=>{r(Buffer.concat(a)),s.destroy()})}),s.end()})}});var ux,dx,ve,He,Cm=p(()=>{Am();ux="AWS_REGION",dx="region",ve={environmentVariableSelector:t=>t[ux],configFileSelector:t=>t[dx],default:async()=>{let t=await Xa();
if(t)return t;throw new Error("Region is missing")}},He={preferredFile:"credentials"}});var mx,fx,gx=p(()=>{Q();mx=new Set,fx=(t,e=Hr)=>{if(!mx.has(t)&&!e(t))if(t==="*")console.warn('@smithy/config-resolver WARN - Please use the caller region inste\
ad of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.');else throw new Error(`Region not accepted: region="${t}\
" is not a valid hostname component.`);else mx.add(t)}});var Ya,bm=p(()=>{Ya=t=>typeof t=="string"&&(t.startsWith("fips-")||t.endsWith("-fips"))});var hx,yx=p(()=>{bm();hx=t=>Ya(t)?["fips-aws-global","aws-fips"].includes(t)?"us-east-1":t.replace(/fips-(dkr-|prod-)?|-fips/,""):t});var Tt,Sx=p(()=>{gx();yx();bm();Tt=t=>{let{region:e,useFipsEndpoint:r}=t;if(!e)throw new Error("Region is missing");return Object.assign(t,{region:async()=>{let o=typeof e==
"function"?await e():e,s=hx(o);return fx(s),s},useFipsEndpoint:async()=>{let o=typeof e=="string"?e:await e();return Ya(o)?!0:typeof r!="function"?Promise.resolve(
!!r):r()}})}});var z$,V$,Ex,xx=p(()=>{z$="AWS_DEFAULTS_MODE",V$="defaults_mode",Ex={environmentVariableSelector:t=>t[z$],configFileSelector:t=>t[V$],default:"legacy"}});var vt,W$,q$,Rx=p(()=>{Cm();Am();fm();om();vm();xx();vt=({region:t=_(ve),defaultsMode:e=_(Ex)}={})=>La(async()=>{let r=typeof e=="function"?await e():e;switch(r?.
toLowerCase()){case"auto":return W$(t);case"in-region":case"cross-region":case"mobile":case"standard":case"legacy":return Promise.resolve(r?.toLocaleLowerCase());case void 0:
return Promise.resolve("legacy");default:throw new Error(`Invalid parameter for "defaultsMode", expect ${rx.join(", ")}, got ${r}`)}}),W$=async t=>{if(t){let e=typeof t==
"function"?await t():t,r=await q$();return r?e===r?"in-region":"cross-region":"standard"}return"standard"},q$=async()=>process.env[ex]&&(process.env[Im]||process.
env[Tm])?process.env[Im]??process.env[Tm]:Xa()});var L=p(()=>{Gn();$a();BS();rm();Ua();Fa();nm();im();am();iE();pE();lE();fm();EE();_E();Cm();Sx();Rx()});var _x,wx,Ix,Tx=p(()=>{_x="AWS_ENDPOINT_URL",wx="endpoint_url",Ix=t=>({environmentVariableSelector:e=>{let r=t.split(" ").map(n=>n.toUpperCase()),o=e[[_x,...r].
join("_")];if(o)return o;let s=e[_x];if(s)return s},configFileSelector:(e,r)=>{if(e.services){let s=["services",e.services].join(".");if(!r||!r[s])throw new Error(
`The services section "${e.services}" specified in the profile is not present in the shared configuration file.`);let n=r[s],i=t.split(" ").map(c=>c.toLowerCase()),
a=n[[i.join("_"),wx].join(".")];if(a)return a}let o=e[wx];if(o)return o},default:void 0})});var K$,J$,vx,Ax=p(()=>{L();K$="AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",J$="ignore_configured_endpoint_urls",vx={environmentVariableSelector:t=>gr(t,K$,gt.ENV),configFileSelector:t=>gr(
t,J$,gt.CONFIG),default:!1}});var ei,Cx=p(()=>{L();Tx();Ax();ei=async t=>{if(!await _(vx)())return _(Ix(t??""))()}});var Pm,X$,Y$,Q$,bx,Px,Ox=p(()=>{Pm=async t=>{let e=t?.Bucket||"";if(typeof t.Bucket=="string"&&(t.Bucket=e.replace(/#/g,encodeURIComponent("#")).replace(/\?/g,encodeURIComponent(
"?"))),Px(e)){if(t.ForcePathStyle===!0)throw new Error("Path-style addressing cannot be used with ARN buckets")}else(!bx(e)||e.indexOf(".")!==-1&&!String(t.Endpoint).
startsWith("http:")||e.toLowerCase()!==e||e.length<3)&&(t.ForcePathStyle=!0);return t.DisableMultiRegionAccessPoints&&(t.disableMultiRegionAccessPoints=!0,t.DisableMRAP=
!0),t},X$=/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,Y$=/(\d+\.){3}\d+/,Q$=/\.\./,bx=t=>X$.test(t)&&!Y$.test(t)&&!Q$.test(t),Px=t=>{let[e,r,o,,,s]=t.split(":"),n=e===
"arn"&&t.split(":").length>=6,i=!!(n&&r&&o&&s);if(n&&!i)throw new Error(`Invalid ARN: ${t} was an invalid ARN.`);return i}});var Dx=p(()=>{Ox()});var Nx,kx=p(()=>{Nx=(t,e,r,o=!1)=>{let s=async()=>{let n;return o?n=r.clientContextParams?.[t]??r[t]??r[e]:n=r[t]??r[e],typeof n=="function"?n():n};return t==="\
credentialScope"||e==="CredentialScope"?async()=>{let n=typeof r.credentials=="function"?await r.credentials():r.credentials;return n?.credentialScope??n?.CredentialScope}:
t==="accountId"||e==="AccountId"?async()=>{let n=typeof r.credentials=="function"?await r.credentials():r.credentials;return n?.accountId??n?.AccountId}:t==="en\
dpoint"||e==="endpoint"?async()=>{if(r.isCustomEndpoint===!1)return;let n=await s();if(n&&typeof n=="object"){if("url"in n)return n.url.href;if("hostname"in n){
let{protocol:i,hostname:a,port:c,path:l}=n;return`${i}//${a}${c?":"+c:""}${l}`}}return n}:s}});var Om=p(()=>{Q()});function Qa(t){return async(e,r,o,s)=>{if(!o.isCustomEndpoint&&!o.ignoreConfiguredEndpointUrls){let a;o.serviceConfiguredEndpoint?a=await o.serviceConfiguredEndpoint():
a=await t(o.serviceId),a&&(o.endpoint=()=>Promise.resolve(lo(a)),o.isCustomEndpoint=!0,s?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from confi\
g: ${a}`))}let n=await zs(e,r,o);if(typeof o.endpointProvider!="function")throw new Error("config.endpointProvider is not set.");let i=o.endpointProvider(n,s);if(o.
isCustomEndpoint&&o.endpoint){let a=await o.endpoint();if(a?.headers){i.headers??={};for(let[c,l]of Object.entries(a.headers))i.headers[c]=Array.isArray(l)?l:[l]}}
return i}}var zs,Za=p(()=>{Dx();kx();Om();zs=async(t,e,r)=>{let o={},s=e?.getEndpointParameterInstructions?.()||{};for(let[n,i]of Object.entries(s))switch(i.type){case"\
staticContextParams":o[n]=i.value;break;case"contextParams":o[n]=t[i.name];break;case"clientContextParams":case"builtInParams":o[n]=await Nx(i.name,n,r,i.type!==
"builtInParams")();break;case"operationContextParams":o[n]=i.get(t);break;default:throw new Error("Unrecognized endpoint parameter instruction: "+JSON.stringify(
i))}return Object.keys(s).length===0&&Object.assign(o,r),String(r.serviceId).toLowerCase()==="s3"&&await Pm(o),o}});function Z$(t,e,r){t.__smithy_context?t.__smithy_context.features||(t.__smithy_context.features={}):t.__smithy_context={features:{}},t.__smithy_context.features[e]=
r}function ec(t){let e=Qa(t);return({config:r,instructions:o})=>(s,n)=>async i=>{r.isCustomEndpoint&&Z$(n,"ENDPOINT_OVERRIDE","N");let a=await e(i.input,{getEndpointParameterInstructions(){
return o}},{...r},n);n.endpointV2=a,n.authSchemes=a.properties?.authSchemes;let c=n.authSchemes?.[0];if(c){n.signing_region=c.signingRegion,n.signing_service=c.
signingName;let u=re(n)?.selectedHttpAuthScheme?.httpAuthOption;u&&(u.signingProperties=Object.assign(u.signingProperties||{},{signing_region:c.signingRegion,signingRegion:c.
signingRegion,signing_service:c.signingName,signingName:c.signingName,signingRegionSet:c.signingRegionSet},c.properties))}return s({...i})}}var Dm=p(()=>{Q();Za()});function $x(t){let e=ec(t);return(r,o)=>({applyToStack:s=>{s.addRelativeTo(e({config:r,instructions:o}),t1)}})}var e1,t1,Lx=p(()=>{Dm();e1={name:"serializerMidd\
leware",step:"serialize",tags:["SERIALIZER"],override:!0},t1={step:"serialize",tags:["ENDPOINT_PARAMETERS","ENDPOINT_V2","ENDPOINT"],name:"endpointV2Middleware",
override:!0,relation:"before",toMiddleware:e1.name}});function Ux(t){return e=>{let r=e.tls??!0,{endpoint:o,useDualstackEndpoint:s,useFipsEndpoint:n}=e,i=o!=null?async()=>lo(await W(o)()):void 0,c=Object.assign(e,{
endpoint:i,tls:r,isCustomEndpoint:!!o,useDualstackEndpoint:W(s??!1),useFipsEndpoint:W(n??!1),ignoreConfiguredEndpointUrls:!!e.ignoreConfiguredEndpointUrls}),l;return c.
serviceConfiguredEndpoint=async()=>(e.serviceId&&!l&&(l=t(e.serviceId)),l),c}}var Fx=p(()=>{Q();Om()});var Be,Mx=p(()=>{Be=class t{nodes;root;conditions;results;constructor(e,r,o,s){this.nodes=e,this.root=r,this.conditions=o,this.results=s}static from(e,r,o,s){return new t(
e,r,o,s)}}});var Ge,Hx=p(()=>{Ge=class{capacity;data=new Map;parameters=[];constructor({size:e,params:r}){this.capacity=e??50,r&&(this.parameters=r)}get(e,r){let o=this.hash(
e);if(o===!1)return r();if(!this.data.has(o)){if(this.data.size>this.capacity+10){let s=this.data.keys(),n=0;for(;;){let{value:i,done:a}=s.next();if(this.data.delete(
i),a||++n>10)break}}this.data.set(o,r())}return this.data.get(o)}size(){return this.data.size}hash(e){let r="",{parameters:o}=this;if(o.length===0)return!1;for(let s of o){
let n=e[s],i=n==null?"\0":String(n);if(i.includes("|;"))return!1;r+=i+"|;"}return r}}});var he,Bx=p(()=>{he=class extends Error{constructor(e){super(e),this.name="EndpointError"}}});var Zr=p(()=>{Bx()});var Nm,Gx=p(()=>{Nm="endpoints"});function Vs(t){return typeof t!="object"||t==null?t:"ref"in t?`$${Vs(t.ref)}`:"fn"in t?`${t.fn}(${(t.argv||[]).map(Vs).join(", ")})`:JSON.stringify(t,null,2)}var jx=p(
()=>{});var zx=p(()=>{Gx();jx()});var Ae,km=p(()=>{Ae={}});var $m,Vx=p(()=>{$m=(t,e)=>t===e});function Lm(...t){for(let e of t)if(e!=null)return e}var Wx=p(()=>{});var qx,Kx=p(()=>{Zr();qx=t=>{let e=t.split("."),r=[];for(let o of e){let s=o.indexOf("[");if(s!==-1){if(o.indexOf("]")!==o.length-1)throw new he(`Path: '${t}' d\
oes not end with ']'`);let n=o.slice(s+1,-1);if(Number.isNaN(parseInt(n)))throw new he(`Invalid array index: '${n}' in path: '${t}'`);s!==0&&r.push(o.slice(0,s)),
r.push(n)}else r.push(o)}return r}});var ti,Jx=p(()=>{Zr();Kx();ti=(t,e)=>qx(e).reduce((r,o)=>{if(typeof r!="object")throw new he(`Index '${o}' in '${e}' not found in '${JSON.stringify(t)}'`);if(Array.
isArray(r)){let s=parseInt(o);return r[s<0?r.length+s:s]}return r[o]},t)});var Um,Xx=p(()=>{Um=t=>t!=null});function Fm(t,e,r){return t?e:r}var Yx=p(()=>{});var Mm,Qx=p(()=>{Mm=t=>!t});var r1,Ws,Hm=p(()=>{r1=new RegExp("^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$"),Ws=t=>r1.test(t)||t.startsWith(
"[")&&t.endsWith("]")});var Bm,Gm,Zx=p(()=>{Mr();Hm();Bm={[jo.HTTP]:80,[jo.HTTPS]:443},Gm=t=>{let e=(()=>{try{if(t instanceof URL)return t;if(typeof t=="object"&&"hostname"in t){let{hostname:m,
port:f,protocol:g="",path:y="",query:h={}}=t,S=new URL(`${g}//${m}${f?`:${f}`:""}${y}`);return S.search=Object.entries(h).map(([x,T])=>`${x}=${T}`).join("&"),S}
return new URL(t)}catch{return null}})();if(!e)return console.error(`Unable to parse ${JSON.stringify(t)} as a whatwg URL.`),null;let r=e.href,{host:o,hostname:s,
pathname:n,protocol:i,search:a}=e;if(a)return null;let c=i.slice(0,-1);if(!Object.values(jo).includes(c))return null;let l=Ws(s),u=r.includes(`${o}:${Bm[c]}`)||
typeof t=="string"&&t.includes(`${o}:${Bm[c]}`),d=`${o}${u?`:${Bm[c]}`:""}`;return{scheme:c,authority:d,path:n,normalizedPath:n.endsWith("/")?n:`${n}/`,isIp:l}}});function jm(t,e,r){if(r===1)return[t];if(t==="")return[""];let o=t.split(e);return r===0?o:o.slice(0,r-1).concat(o.slice(1).join(e))}var eR=p(()=>{});var zm,tR=p(()=>{zm=(t,e)=>t===e});var Vm,rR=p(()=>{Vm=(t,e,r,o)=>t==null||e>=r||t.length<r||/[^\u0000-\u007f]/.test(t)?null:o?t.substring(t.length-r,t.length-e):t.substring(e,r)});var Wm,oR=p(()=>{Wm=t=>encodeURIComponent(t).replace(/[!*'()]/g,e=>`%${e.charCodeAt(0).toString(16).toUpperCase()}`)});var qm=p(()=>{Vx();Wx();Jx();Xx();Q();Yx();Qx();Zx();eR();tR();rR();oR()});var sR,nR=p(()=>{qm();sR={booleanEquals:$m,coalesce:Lm,getAttr:ti,isSet:Um,isValidHostLabel:Hr,ite:Fm,not:Mm,parseURL:Gm,split:jm,stringEquals:zm,substring:Vm,uriEncode:Wm}});var tc,Km=p(()=>{qm();tc=(t,e)=>{let r=[],{referenceRecord:o,endpointParams:s}=e,n=0;for(;n<t.length;){let i=t.indexOf("{",n);if(i===-1){r.push(t.slice(n));break}
r.push(t.slice(n,i));let a=t.indexOf("}",i);if(a===-1){r.push(t.slice(i));break}t[i+1]==="{"&&t[a+1]==="}"&&(r.push(t.slice(i+1,a)),n=a+2);let c=t.substring(i+1,
a);if(c.includes("#")){let[l,u]=c.split("#");r.push(ti(o[l]??s[l],u))}else r.push(o[c]??s[c]);n=a+1}return r.join("")}});var iR,aR=p(()=>{iR=({ref:t},e)=>e.referenceRecord[t]??e.endpointParams[t]});var Ko,rc,cR,ri=p(()=>{Zr();km();nR();Km();aR();Ko=(t,e,r)=>{if(typeof t=="string")return tc(t,r);if(t.fn)return cR.callFunction(t,r);if(t.ref)return iR(t,r);throw new he(
`'${e}': ${String(t)} is not a string, function or reference.`)},rc=({fn:t,argv:e},r)=>{let o=Array(e.length);for(let i=0;i<o.length;++i){let a=e[i];typeof a=="\
boolean"||typeof a=="number"?o[i]=a:o[i]=cR.evaluateExpression(a,"arg",r)}let s=t.indexOf(".");if(s!==-1){let a=Ae[t.slice(0,s)]?.[t.slice(s+1)];if(typeof a=="f\
unction")return a(...o)}let n=sR[t];if(typeof n=="function")return n(...o);throw new Error(`function ${t} not loaded in endpointFunctions.`)},cR={evaluateExpression:Ko,
callFunction:rc}});var pR=p(()=>{ri()});var lR,uR=p(()=>{zx();Zr();pR();lR=(t,e)=>{let{assign:r}=t;if(r&&r in e.referenceRecord)throw new he(`'${r}' is already defined in Reference Record.`);let o=rc(
t,e);e.logger?.debug?.(`${Nm} evaluateCondition: ${Vs(t)} = ${Vs(o)}`);let s=o===""?!0:!!o;return r!=null?{result:s,toAssign:{name:r,value:o}}:{result:s}}});var dR,mR=p(()=>{Zr();ri();dR=(t,e)=>Object.entries(t??{}).reduce((r,[o,s])=>(r[o]=s.map(n=>{let i=Ko(n,"Header value entry",e);if(typeof i!="string")throw new he(
`Header '${o}' value '${i}' is not a string`);return i}),r),{})});var Jm,fR,gR,hR=p(()=>{Zr();Km();Jm=(t,e)=>Object.entries(t).reduce((r,[o,s])=>(r[o]=gR.getEndpointProperty(s,e),r),{}),fR=(t,e)=>{if(Array.isArray(t))return t.
map(r=>fR(r,e));switch(typeof t){case"string":return tc(t,e);case"object":if(t===null)throw new he(`Unexpected endpoint property: ${t}`);return gR.getEndpointProperties(
t,e);case"boolean":return t;default:throw new he(`Unexpected endpoint property type: ${typeof t}`)}},gR={getEndpointProperty:fR,getEndpointProperties:Jm}});var yR,SR=p(()=>{Zr();ri();yR=(t,e)=>{let r=Ko(t,"Endpoint URL",e);if(typeof r=="string")try{return new URL(r)}catch(o){throw console.error(`Failed to construct\
 URL with ${r}`,o),o}throw new he(`Endpoint URL must be a string, got ${typeof r}`)}});var Xm,At,ER=p(()=>{Zr();uR();ri();mR();hR();SR();Xm=1e8,At=(t,e)=>{let{nodes:r,root:o,results:s,conditions:n}=t,i=o,a={},c={referenceRecord:a,endpointParams:e.
endpointParams,logger:e.logger};for(;i!==1&&i!==-1&&i<Xm;){let l=3*(Math.abs(i)-1),[u,d,m]=[r[l],r[l+1],r[l+2]],[f,g,y]=n[u],h=lR({fn:f,assign:y,argv:g},c);if(h.
toAssign){let{name:S,value:x}=h.toAssign;a[S]=x}i=i>=0===h.result?d:m}if(i>=Xm){let l=s[i-Xm];if(l[0]===-1){let[,f]=l;throw new he(Ko(f,"Error",c))}let[u,d,m]=l;
return{url:yR(u,c),properties:Jm(d,c),headers:dR(m??{},c)}}throw new he("No matching endpoint.")}});var OX,Qt,DX,Zt,z=p(()=>{Cx();Za();Dm();Lx();Fx();Mx();Hx();ER();Hm();Q();km();Za();OX=Qa(ei),Qt=Ux(ei),DX=ec(ei),Zt=$x(ei)});var oi,oc,sc=p(()=>{oi=t=>typeof ReadableStream=="function"&&(t?.constructor?.name===ReadableStream.name||t instanceof ReadableStream),oc=t=>typeof Blob=="funct\
ion"&&(t?.constructor?.name===Blob.name||t instanceof Blob)});var xR,RR=p(()=>{xR=t=>new TextEncoder().encode(t)});var _R,jX,wR,nc,Ym,IR,TR=p(()=>{_R="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",jX=Object.entries(_R).reduce((t,[e,r])=>(t[r]=Number(e),t),
{}),wR=_R.split(""),nc=6,Ym=8,IR=63});function vR(t){let e;typeof t=="string"?e=xR(t):e=t;let r=typeof e=="object"&&typeof e.length=="number",o=typeof e=="object"&&typeof e.byteOffset=="number"&&typeof e.
byteLength=="number";if(!r&&!o)throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");let s="";for(let n=0;n<e.length;n+=
3){let i=0,a=0;for(let l=n,u=Math.min(n+3,e.length);l<u;l++)i|=e[l]<<(u-l-1)*Ym,a+=Ym;let c=Math.ceil(a/nc);i<<=c*nc-a;for(let l=1;l<=c;l++){let u=(c-l)*nc;s+=wR[(i&
IR<<u)>>u]}s+="==".slice(0,4-c)}return s}var AR=p(()=>{RR();TR()});var CR,bR=p(()=>{CR=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@smi\
thy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return new TextDecoder("utf-8").decode(t)}});async function Qm(t){return t.arrayBuffer().then(e=>new Uint8Array(e))}async function Zm(t){let e=[],r=t.getReader(),o=0;for(;;){let{done:s,value:n}=await r.read();
if(n&&(e.push(n),o+=n.length),s)break}return ka(e,o)}var PR,ef=p(()=>{tm();sc();PR=async t=>oc(t)?Qm(t):Zm(t)});var OR,NR,DR,kR=p(()=>{AR();em();bR();ef();sc();OR="The stream has already been transformed.",NR=t=>{if(!DR(t)&&!oi(t)){let s=t?.__proto__?.constructor?.name||t;
throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${s}`)}let e=!1,r=async()=>{if(e)throw new Error(OR);return e=!0,await PR(
t)},o=s=>{if(typeof s.stream!="function")throw new Error(`Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.
If you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body`);return s.stream()};return Object.
assign(t,{transformToByteArray:r,transformToString:async s=>{let n=await r();if(s==="base64")return vR(n);if(s==="hex")return le(n);if(s===void 0||s==="utf8"||s===
"utf-8")return CR(n);if(typeof TextDecoder=="function")return new TextDecoder(s).decode(n);throw new Error("TextDecoder is not available, please make sure polyf\
ill is provided.")},transformToWebStream:()=>{if(e)throw new Error(OR);if(e=!0,DR(t))return o(t);if(oi(t))return t;throw new Error(`Cannot transform payload to \
web stream, got ${t}`)}})},DR=t=>typeof Blob=="function"&&t instanceof Blob});var $R,Pe,tf,rf=p(()=>{$R=require("node:stream");tm();ef();sc();Pe=t=>oc(t)?Qm(t):oi(t)?Zm(t):new Promise((e,r)=>{let o=new tf,s=t;s.pipe(o),s.on("error",n=>{o.
end(),r(n)}),o.on("error",r),o.on("finish",function(){let n=ka(this.bufferedBytes);e(n)})}),tf=class extends $R.Writable{bufferedBytes=[];_write(e,r,o){this.bufferedBytes.
push(e),o()}}});var ic,LR,si,UR=p(()=>{ic=require("node:stream");Fs();kR();rf();LR="The stream has already been transformed.",si=t=>{if(!(t instanceof ic.Readable))try{return NR(
t)}catch{let s=t?.__proto__?.constructor?.name||t;throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${s}`)}let e=!1,r=async()=>{
if(e)throw new Error(LR);return e=!0,await Pe(t)};return Object.assign(t,{transformToByteArray:r,transformToString:async o=>{let s=await r();return o===void 0||
Buffer.isEncoding(o)?Us(s.buffer,s.byteOffset,s.byteLength).toString(o):new TextDecoder(o).decode(s)},transformToWebStream:()=>{if(e)throw new Error(LR);if(t.readableFlowing!==
null)throw new Error("The stream has been consumed by other callbacks.");if(typeof ic.Readable.toWeb!="function")throw new Error("Readable.toWeb() is not suppor\
ted. Please ensure a polyfill is available.");return e=!0,ic.Readable.toWeb(t)}})}});function eo(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var FR=p(()=>{});var MR,qs,o1,of,Ks,O=p(()=>{MR=require("node:crypto");Zy();eS();rS();Oa();oS();nS();CS();bS();PS();NS();kS();$S();US();em();MS();HS();$d();UR();rf();Q();FR();qs=
class extends tS(ee,oe,pe,Ee){},o1=MR.getRandomValues,of=sS(o1),Ks=of});var et,Js=p(()=>{O();et=async(t=new Uint8Array,e)=>{if(t instanceof Uint8Array)return qs.mutate(t);if(!t)return qs.mutate(new Uint8Array);let r=e.streamCollector(
t);return qs.mutate(await r)}});function Jo(t){return/^[\w.~-]+$/.test(t)?t:encodeURIComponent(t).replace(/[!'()*]/g,function(e){return"%"+e.charCodeAt(0).toString(16).toUpperCase()})}var sf=p(
()=>{});var BR,je,s1,n1,i1,a1,ac,HR,Xo=p(()=>{Z();O();BR=Symbol.for("@smithy/schema-x"),je=class t extends H{static identity=Symbol.for("@smithy/HttpBindingNormalizedSc\
hema");identity=t.identity;bindings;constructor(e){super(e)}static of(e){let r=H.of(e);if(r.identity===t.identity)return r;let o=r.isMemberSchema()?r:r.getSchema(),
s=typeof o=="object"&&o!==null?o:r;return s[BR]??=new t(r)}getHttpBindingLocation(e){return e.httpPayload?36:e.httpLabel?33:e.httpHeader?38:typeof e.httpPrefixHeaders==
"string"?39:e.httpQuery?34:e.httpQueryParams?35:e.httpResponseCode?37:32}getHttpBindingValue(e,r,o=!1){let s=this.getSchema(),n=typeof s=="number"?s&255:this.isListSchema()?
64:255,i=e&7,a=r.mediaType?r.mediaType==="application/json"||r.mediaType.endsWith("+json")?2:1:0,c=r.streaming||n===42?this.isStructSchema()?2:1:0,l=n>=4&&n<=7?
i>=6?2:i>0&&i<4?1:0:0,u=n|a<<8|(r.idempotencyToken?1:0)<<10|c<<11|(r.sparse?1:0)<<13|l<<14|(r.hostLabel?1:0)<<17|(e===36&&typeof s!="object"?1:0)<<18,d=n&192,m=i&
2&&(d===64||!o&&i&1)?this.getHttpBindingCollectionValue(e,r):void 0,f=(m?.[1]??0)&255;return u|=(i>=6&&(f===4||f===6)?1:0)<<16,[this,u,m]}getHttpBindingCollectionValue(e,r=this.
getMergedTraits()){let o=t.of(this.getValueSchema());return o.getHttpBindingValue(e,{...o.getMergedTraits(),...r},!0)}getHttpBindings(){let e=this.getSchema();return typeof e!=
"object"||e===null?a1:this.bindings??=s1(this)}},s1=t=>{let e=[],r=[],o=[],s=[],n=[],i={},a={},c=[],l={headers:a,prefixHeaders:c},u={request:{memberBindings:n,byName:i},
response:{bodyMemberNames:e,bindings:l}},{request:d,response:m}=u;for(let[f,g]of t.structIterator()){let y=je.of(g),h=y.getMergedTraits(),S=y.getHttpBindingLocation(
h),x=h.httpHeader?.toLowerCase()??h.httpPrefixHeaders?.toLowerCase()??h.httpQuery,T=y.getHttpBindingValue(S,h),R=[f,T,S,x];f==="__proto__"&&eo(i),i[f]=R,T[1]>>10&
1&&(d.hasIdempotency=!0),n.push(R);let I=S&7;if(I===0&&(o.push(f),s.push(g)),(I&4)===0)e.push(f),r.push(g);else if((I&6)===4)if(I&1)l.statusCode=R;else{l.payload=
R;let M=T[1]&255;d.contentTypeInstruction=h.mediaType??(M===0?"text/plain":M===21||M===42?"application/octet-stream":null)}else I&1?(d.hasPrefixHeaders=!0,c.push(
R)):(x==="__proto__"&&eo(a),a[x]=R)}return d.contentTypeInstruction===void 0&&o.length&&(d.contentTypeInstruction=null),d.syntheticBodySchema=HR(t,o,s),m.syntheticBodySchema=
HR(t,e,r),u},n1=t=>{let e=[],r=0;for(let o of t.matchAll(/\{([^{}+]+)(\+)?\}/g))o.index>r&&e.push([t.slice(r,o.index),0]),e.push([o[1],o[2]?2:1]),r=o.index+o[0].
length;return e.length&&r<t.length&&e.push([t.slice(r),0]),e.length?e:void 0},i1=t=>{let{http:e,endpoint:r}=fo(t.traits??{}),[o,s]=e?.[1].split("?")??[];return[
e?.[0],o,s?[...new URLSearchParams(s)]:[],o?n1(o):void 0,r?.[0]]},a1={request:{memberBindings:[],byName:{}},response:{bodyMemberNames:[],bindings:{headers:{},prefixHeaders:[]}}},
ac=t=>t[BR]??=i1(t),HR=(t,e,r)=>{if(!e.length)return;let o=t.getSchema(),s=[3,o[1],o[2],t.getMergedTraits(),e,r],n=o[6],i=n&&e.reduce((a,c)=>a+(o[4].indexOf(c)<
n?1:0),0);return i&&(s[6]=i),s}});var Gr,ni=p(()=>{Gr=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var GR,nf,cc,jR=p(()=>{GR=new Uint32Array(256);for(let t=0;t<256;++t){let e=t;for(let r=0;r<8;++r)e=e&1?3988292384^e>>>1:e>>>1;GR[t]=e>>>0}nf=4294967295,cc=class{digestLength=4;checksum=nf;update(e){
for(let r=0;r<e.length;++r)this.checksum=this.checksum>>>8^GR[(this.checksum^e[r])&255]}digestSync(){return(this.checksum^nf)>>>0}async digest(){let e=this.digestSync(),
r=new Uint8Array(4);return new DataView(r.buffer).setUint32(0,e,!1),r}reset(){this.checksum=nf}}});function c1(t){return class{digestLength=4;value=0;update(r){this.value=t(r,this.value)}digestSync(){return this.value>>>0}async digest(){let r=new Uint8Array(4);
return new DataView(r.buffer).setUint32(0,this.digestSync(),!1),r}reset(){this.value=0}}}var af,zR,Xs,VR=p(()=>{af=io(require("node:zlib"));jR();zR=typeof af.crc32==
"function"?af.crc32:void 0,Xs=zR?c1(zR):cc});var ze,WR,p1,pc,qR,l1,KR=p(()=>{O();ze=64,WR=32,p1=2**53-1,pc=class t{digestLength=WR;state=Int32Array.from(qR);w;buffer=new Uint8Array(64);bufferLength=0;bytesHashed=0;finished=!1;inner;outer;constructor(e){
if(e){let r=t.normalizeKey(e);this.inner=new t,this.outer=new t;let{inner:o,outer:s}=this,n=new Uint8Array(ze*2);for(let i=0;i<ze;++i)n[i]=54^r[i],n[i+ze]=92^r[i];
o.update(n.subarray(0,ze)),s.update(n.subarray(ze))}}update(e){if(this.finished)throw new Error("Attempted to update an already finished HMAC.");if(this.inner){
this.inner.update(e);return}let r=mr(e),o=0,{byteLength:s}=r;if(this.bytesHashed+=s,this.bytesHashed*8>p1)throw new Error("Cannot hash more than 2^53 - 1 bits");
for(;s>0;)this.buffer[this.bufferLength++]=r[o++],s--,this.bufferLength===ze&&(this.hashBuffer(),this.bufferLength=0)}async digest(){let{inner:e,outer:r}=this;if(e&&
r){if(this.finished)throw new Error("Attempted to digest an already finished HMAC.");this.finished=!0;let o=e.digestSync();return r.update(o),r.digestSync()}return this.
digestSync()}reset(){this.state=Int32Array.from(qR),this.buffer=new Uint8Array(64),this.bufferLength=0,this.bytesHashed=0}digestSync(){let e=this.state.slice(),
r=this.buffer.slice(),o=this.bufferLength,s=this.bytesHashed*8,n=new DataView(r.buffer,r.byteOffset,r.byteLength);if(n.setUint8(o++,128),(o-1)%ze>=ze-8){for(let a=o;a<
ze;++a)n.setUint8(a,0);this.hashBufferWith(e,r),o=0}for(let a=o;a<ze-8;++a)n.setUint8(a,0);n.setUint32(ze-8,Math.floor(s/4294967296),!1),n.setUint32(ze-4,s,!1),
this.hashBufferWith(e,r);let i=new Uint8Array(WR);for(let a=0;a<8;++a)i[a*4]=e[a]>>>24&255,i[a*4+1]=e[a]>>>16&255,i[a*4+2]=e[a]>>>8&255,i[a*4+3]=e[a]>>>0&255;return i}static normalizeKey(e){
let r=mr(e);if(r.byteLength>ze){let o=new t;o.update(r);let s=o.digestSync(),n=new Uint8Array(ze);return n.set(s),n}if(r.byteLength<ze){let o=new Uint8Array(ze);
return o.set(r),o}return r}hashBuffer(){this.hashBufferWith(this.state,this.buffer)}hashBufferWith(e,r){let o=this.w??=new Int32Array(64),s=e[0],n=e[1],i=e[2],a=e[3],
c=e[4],l=e[5],u=e[6],d=e[7];for(let m=0;m<ze;++m){if(m<16)o[m]=(r[m*4]&255)<<24|(r[m*4+1]&255)<<16|(r[m*4+2]&255)<<8|r[m*4+3]&255;else{let y=o[m-2],h=(y>>>17|y<<
15)^(y>>>19|y<<13)^y>>>10;y=o[m-15];let S=(y>>>7|y<<25)^(y>>>18|y<<14)^y>>>3;o[m]=(h+o[m-7]|0)+(S+o[m-16]|0)}let f=(((c>>>6|c<<26)^(c>>>11|c<<21)^(c>>>25|c<<7))+
(c&l^~c&u)|0)+(d+(l1[m]+o[m]|0)|0)|0,g=((s>>>2|s<<30)^(s>>>13|s<<19)^(s>>>22|s<<10))+(s&n^s&i^n&i)|0;d=u,u=l,l=c,c=a+f|0,a=i,i=n,n=s,s=f+g|0}e[0]+=s,e[1]+=n,e[2]+=
i,e[3]+=a,e[4]+=c,e[5]+=l,e[6]+=u,e[7]+=d}},qR=new Int32Array([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]),l1=new Int32Array(
[1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,
3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,
113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,
3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,
2756734187,3204031479,3329325298])});function d1(){return class{digestLength=32;secret;hash;isHmac;finished=!1;constructor(e){this.secret=e,this.isHmac=!!e,this.hash=this.createHash()}update(e){if(this.
finished)throw new Error("Attempted to update an already finished hash.");this.hash.update(e)}async digest(){let e;return this.isHmac?(this.finished=!0,e=this.hash.
digest()):e=this.hash.copy().digest(),new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}reset(){this.hash=this.createHash(),this.finished=!1}createHash(){return this.
secret?(0,ii.createHmac)("sha256",m1(this.secret)):(0,ii.createHash)("sha256")}}}function m1(t){return typeof t=="string"?t:ArrayBuffer.isView(t)?Buffer.from(t.
buffer,t.byteOffset,t.byteLength):Buffer.from(t)}var ii,u1,tt,JR=p(()=>{ii=require("node:crypto");KR();u1=(()=>{try{return(0,ii.createHash)("sha256"),!0}catch{return!1}})(),
tt=u1?d1():pc});var jr=p(()=>{VR();JR()});function XR(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var go,cf=p(()=>{O();go=class t{bytes;constructor(e){if(this.bytes=e,e.byteLength!==
8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(`${e} is too larg\
e (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,s=Math.abs(Math.round(e));o>-1&&s>0;o--,s/=256)r[o]=s;return e<0&&
XR(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&XR(e),parseInt(le(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var Ys,YR,QR,f1,g1,h1,y1,S1,E1,x1,R1,_1,lc,pf=p(()=>{Q();O();cf();Ys=class{toUtf8;fromUtf8;constructor(e,r){this.toUtf8=e,this.fromUtf8=r}format(e){let r=[];for(let n in e){
if(!C(e,n))continue;let i=this.fromUtf8(n);if(i.byteLength>255)throw new Error(`@smithy/core/event-streams - header name exceeds 255 bytes: ${i.byteLength}`);r.
push(Uint8Array.from([i.byteLength]),i,this.formatHeaderValue(e[n]))}let o=new Uint8Array(r.reduce((n,i)=>n+i.byteLength,0)),s=0;for(let n of r)o.set(n,s),s+=n.
byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.from([2,e.value]);case"\
short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(new ArrayBuffer(
5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let s=new Uint8Array(9);return s[0]=5,s.set(e.value.bytes,1),s;case"bina\
ry":if(e.value.byteLength>lc)throw new Error(`@smithy/core/event-streams - header value (binary) exceeds ${lc} bytes: ${e.value.byteLength}`);let n=new DataView(
new ArrayBuffer(3+e.value.byteLength));n.setUint8(0,6),n.setUint16(1,e.value.byteLength,!1);let i=new Uint8Array(n.buffer);return i.set(e.value,3),i;case"string":
let a=this.fromUtf8(e.value);if(a.byteLength>lc)throw new Error(`@smithy/core/event-streams - header value (string) exceeds ${lc} bytes: ${a.byteLength}`);let c=new DataView(
new ArrayBuffer(3+a.byteLength));c.setUint8(0,7),c.setUint16(1,a.byteLength,!1);let l=new Uint8Array(c.buffer);return l.set(a,3),l;case"timestamp":let u=new Uint8Array(
9);return u[0]=8,u.set(go.fromNumber(e.value.valueOf()).bytes,1),u;case"uuid":if(!_1.test(e.value))throw new Error(`Invalid UUID received: ${e.value}`);let d=new Uint8Array(
17);return d[0]=9,d.set(Bn(e.value.replace(/-/g,"")),1),d}}parse(e){let r={},o=0;for(;o<e.byteLength;){let s=e.getUint8(o++),n=this.toUtf8(new Uint8Array(e.buffer,
e.byteOffset+o,s));switch(o+=s,e.getUint8(o++)){case 0:r[n]={type:QR,value:!0};break;case 1:r[n]={type:QR,value:!1};break;case 2:r[n]={type:f1,value:e.getInt8(o++)};
break;case 3:r[n]={type:g1,value:e.getInt16(o,!1)},o+=2;break;case 4:r[n]={type:h1,value:e.getInt32(o,!1)},o+=4;break;case 5:r[n]={type:y1,value:new go(new Uint8Array(
e.buffer,e.byteOffset+o,8))},o+=8;break;case 6:let i=e.getUint16(o,!1);o+=2,r[n]={type:S1,value:new Uint8Array(e.buffer,e.byteOffset+o,i)},o+=i;break;case 7:let a=e.
getUint16(o,!1);o+=2,r[n]={type:E1,value:this.toUtf8(new Uint8Array(e.buffer,e.byteOffset+o,a))},o+=a;break;case 8:r[n]={type:x1,value:new Date(new go(new Uint8Array(
e.buffer,e.byteOffset+o,8)).valueOf())},o+=8;break;case 9:let c=new Uint8Array(e.buffer,e.byteOffset+o,16);o+=16,r[n]={type:R1,value:`${le(c.subarray(0,4))}-${le(
c.subarray(4,6))}-${le(c.subarray(6,8))}-${le(c.subarray(8,10))}-${le(c.subarray(10))}`};break;default:throw new Error("Unrecognized header type tag")}}return r}};
(function(t){t[t.boolTrue=0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=
6]="byteArray",t[t.string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(YR||(YR={}));QR="boolean",f1="byte",g1="short",h1="integer",y1="long",S1=
"binary",E1="string",x1="timestamp",R1="uuid",_1=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,lc=32767});function e_({byteLength:t,byteOffset:e,buffer:r}){if(t<w1)throw new Error("Provided message too short to accommodate event stream message overhead");let o=new DataView(
r,e,t),s=o.getUint32(0,!1);if(t!==s)throw new Error("Reported message length does not match received message length");let n=o.getUint32(ZR,!1),i=o.getUint32(ho,
!1),a=o.getUint32(t-Yo,!1),c=new Xs;if(c.update(new Uint8Array(r,e,ho)),i!==c.digestSync())throw new Error(`The prelude checksum specified in the message (${i})\
 does not match the calculated CRC32 checksum (${c.digestSync()})`);if(c.update(new Uint8Array(r,e+ho,t-(ho+Yo))),a!==c.digestSync())throw new Error(`The messag\
e checksum (${c.digestSync()}) did not match the expected value of ${a}`);return{headers:new DataView(r,e+ho+Yo,n),body:new Uint8Array(r,e+ho+Yo+n,s-n-(ho+Yo+Yo))}}
var ZR,ho,Yo,w1,t_=p(()=>{jr();ZR=4,ho=ZR*2,Yo=4,w1=ho+Yo*2});var Qs,lf=p(()=>{jr();pf();t_();Qs=class{headerMarshaller;messageBuffer;isEndOfStream;constructor(e,r){this.headerMarshaller=new Ys(e,r),this.messageBuffer=[],this.
isEndOfStream=!1}feed(e){this.messageBuffer.push(this.decode(e))}endOfStream(){this.isEndOfStream=!0}getMessage(){let e=this.messageBuffer.pop(),r=this.isEndOfStream;
return{getMessage(){return e},isEndOfStream(){return r}}}getAvailableMessages(){let e=this.messageBuffer;this.messageBuffer=[];let r=this.isEndOfStream;return{getMessages(){
return e},isEndOfStream(){return r}}}encode({headers:e,body:r}){let o=this.headerMarshaller.format(e),s=o.byteLength+r.byteLength+16,n=new Uint8Array(s),i=new DataView(
n.buffer,n.byteOffset,n.byteLength),a=new Xs;return i.setUint32(0,s,!1),i.setUint32(4,o.byteLength,!1),a.update(n.subarray(0,8)),i.setUint32(8,a.digestSync(),!1),
n.set(o,12),n.set(r,o.byteLength+12),a.update(n.subarray(8,s-4)),i.setUint32(s-4,a.digestSync(),!1),n}decode(e){let{headers:r,body:o}=e_(e);return{headers:this.
headerMarshaller.parse(r),body:o}}formatHeaders(e){return this.headerMarshaller.format(e)}}});var Zs,uf=p(()=>{Zs=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.inputStream)yield this.options.decoder.decode(e)}}});var en,df=p(()=>{en=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.messageStream)yield this.options.encoder.encode(e);this.options.includeEndFrame&&(yield new Uint8Array(0))}}});var tn,mf=p(()=>{tn=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.messageStream){let r=await this.options.deserializer(e);r!==void 0&&(yield r)}}}});var rn,ff=p(()=>{rn=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.inputStream)yield this.options.serializer(e)}}});function uc(t){let e=0,r=0,o=null,s=null,n=a=>{if(typeof a!="number")throw new Error("Attempted to allocate an event message where size was not a number: "+a);e=
a,r=4,o=new Uint8Array(a),new DataView(o.buffer).setUint32(0,a,!1)},i=async function*(){let a=t[Symbol.asyncIterator]();for(;;){let{value:c,done:l}=await a.next();
if(l){if(e)if(e===r)yield o;else throw new Error("Truncated event message received.");else return;return}let u=c.length,d=0;for(;d<u;){if(!o){let f=u-d;s||(s=new Uint8Array(
4));let g=Math.min(4-r,f);if(s.set(c.slice(d,d+g),r),r+=g,d+=g,r<4)break;n(new DataView(s.buffer).getUint32(0,!1)),s=null}let m=Math.min(e-r,u-d);o.set(c.slice(
d,d+m),r),r+=m,d+=m,e&&e===r&&(yield o,o=null,e=0,r=0)}}};return{[Symbol.asyncIterator]:i}}var gf=p(()=>{});function r_(t,e){let r=ai(e.deserializer,e.toUtf8);return{[Symbol.asyncIterator]:async function*(){for await(let o of t){let s=e.eventStreamCodec.decode(o),n=await r(
s);n!==void 0&&(yield n)}}}}function ai(t,e){return async function(r){let{value:o}=r.headers[":message-type"];if(o==="error"){let s=new Error(r.headers[":error-\
message"].value||"UnknownError");throw s.name=r.headers[":error-code"].value,s}else if(o==="exception"){let s=r.headers[":exception-type"].value,n={[s]:r},i=await t(
n);if(i.$unknown){let a=new Error(e(r.body));throw a.name=s,a}throw i[s]}else if(o==="event"){let s={[r.headers[":event-type"].value]:r},n=await t(s);return n.$unknown?
void 0:n}else throw Error(`Unrecognizable event type: ${r.headers[":event-type"].value}`)}}var hf=p(()=>{});var Qo,o_,yf=p(()=>{lf();uf();df();mf();ff();gf();hf();Qo=class{eventStreamCodec;utfEncoder;constructor({utf8Encoder:e,utf8Decoder:r}){this.eventStreamCodec=new Qs(
e,r),this.utfEncoder=e}deserialize(e,r){let o=uc(e);return new tn({messageStream:new Zs({inputStream:o,decoder:this.eventStreamCodec}),deserializer:ai(r,this.utfEncoder)})}serialize(e,r){
return new en({messageStream:new rn({inputStream:e,serializer:r}),encoder:this.eventStreamCodec,includeEndFrame:!0})}},o_=t=>new Qo(t)});async function*I1(t){let e=!1,r=!1,o=new Array;for(t.on("error",s=>{if(e||(e=!0),s)throw s}),t.on("data",s=>{o.push(s)}),t.on("end",()=>{e=!0});!r;){let s=await new Promise(
n=>setTimeout(()=>n(o.shift()),0));s&&(yield s),r=e&&o.length===0}}var s_,ci,n_,i_=p(()=>{s_=require("node:stream");yf();ci=class{universalMarshaller;constructor({
utf8Encoder:e,utf8Decoder:r}){this.universalMarshaller=new Qo({utf8Decoder:r,utf8Encoder:e})}deserialize(e,r){let o=typeof e[Symbol.asyncIterator]=="function"?e:
I1(e);return this.universalMarshaller.deserialize(o,r)}serialize(e,r){return s_.Readable.from(this.universalMarshaller.serialize(e,r))}},n_=t=>new ci(t)});var a_,c_,p_=p(()=>{a_=t=>({[Symbol.asyncIterator]:async function*(){let e=t.getReader();try{for(;;){let{done:r,value:o}=await e.read();if(r)return;yield o}}finally{
e.releaseLock()}}}),c_=t=>{let e=t[Symbol.asyncIterator]();return new ReadableStream({async pull(r){let{done:o,value:s}=await e.next();if(o)return r.close();r.enqueue(
s)}})}});var l_,u_=p(()=>{l_=t=>Object.assign(t,{eventStreamMarshaller:t.eventStreamSerdeProvider(t)})});var dc,d_=p(()=>{Q();Z();O();dc=class{marshaller;serializer;deserializer;serdeContext;defaultContentType;compositeErrorRegistry;constructor({marshaller:e,serializer:r,
deserializer:o,serdeContext:s,defaultContentType:n,compositeErrorRegistry:i}){this.marshaller=e,this.serializer=r,this.deserializer=o,this.serdeContext=s,this.defaultContentType=
n,this.compositeErrorRegistry=i}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o,initialMessageType:s}){let n=this.marshaller,i=r.getEventStreamMember(),
a=r.getMemberSchema(i),c=this.serializer,l=this.defaultContentType,u=Symbol("initialRequestMarker"),d={async*[Symbol.asyncIterator](){if(o){let m={":event-type":{
type:"string",value:s??"initial-request"},":message-type":{type:"string",value:"event"},":content-type":{type:"string",value:l}};c.write(r,o);let f=c.flush();yield{
[u]:!0,headers:m,body:f}}for await(let m of e)yield m}};return n.serialize(d,m=>{if(m[u])return{headers:m.headers,body:m.body};let f="";for(let T in m)if(C(m,T)&&
T!=="__type"){f=T;break}let{additionalHeaders:g,body:y,eventType:h,explicitPayloadContentType:S}=this.writeEventBody(f,a,m);return{headers:{":event-type":{type:"\
string",value:h},":message-type":{type:"string",value:"event"},":content-type":{type:"string",value:S??l},...g},body:y}})}async deserializeEventStream({response:e,
responseSchema:r,initialResponseContainer:o,initialMessageType:s}){let n=this.marshaller,i=r.getEventStreamMember(),c=r.getMemberSchema(i).getMemberSchemas(),l=Symbol(
"initialResponseMarker"),u=n.deserialize(e.body,async f=>{let g="";for(let h in f)if(C(f,h)&&h!=="__type"){g=h;break}let y=f[g].body;if(g===(s??"initial-respons\
e")){let h=await this.deserializer.read(r,y);return delete h[i],{[l]:!0,...h}}else if(g in c){let h=c[g];if(h.isStructSchema()){let S={},x=!1;for(let[T,R]of h.structIterator()){
let{eventHeader:I,eventPayload:M}=R.getMergedTraits();if(x=x||!!(I||M),M)R.isBlobSchema()?S[T]=y:R.isStringSchema()?S[T]=(this.serdeContext?.utf8Encoder??ee)(y):
R.isStructSchema()&&(S[T]=await this.deserializer.read(R,y));else if(I){let V=f[g].headers[T]?.value;V!=null&&(R.isNumericSchema()?V&&typeof V=="object"&&"bytes"in
V?S[T]=BigInt(V.toString()):S[T]=Number(V):S[T]=V)}}return{[g]:await this.readEventMember(h,y,x,S)}}return{[g]:await this.deserializer.read(h,y)}}else return{$unknown:f}}),
d=u[Symbol.asyncIterator](),m=await d.next();if(m.done)return u;if(m.value?.[l]){if(!r)throw new Error("@smithy::core/protocols - initial-response event encount\
ered in event stream but no response schema given.");for(let f in m.value)C(m.value,f)&&(o[f]=m.value[f])}return{async*[Symbol.asyncIterator](){for(m?.value?.[l]||
(yield m.value);;){let{done:f,value:g}=await d.next();if(f)break;yield g}}}}async readEventMember(e,r,o,s){let n,i=e.getSchema();if(Array.isArray(i)&&i[0]===-3){
let c=i[1],l=J.for(c);this.compositeErrorRegistry?.copyFrom(l),n=(this.compositeErrorRegistry??l)?.getErrorCtor(i)}let a=o?s:r.byteLength===0?{}:await this.deserializer.
read(e,r);if(n){let c=a.message??a.Message??"Unknown",l={},u=e.getMergedTraits().error;return u&&(l.$fault=u),Object.assign(new n({}),l,{message:c},a)}return a}writeEventBody(e,r,o){
let s=this.serializer,n=e,i=null,a,c=r.getSchema()[4].includes(e),l={};if(c){let m=r.getMemberSchema(e);if(m.isStructSchema()){for(let[f,g]of m.structIterator()){
let{eventHeader:y,eventPayload:h}=g.getMergedTraits();if(h)i=f;else if(y){let S=o[e][f],x="binary";g.isNumericSchema()?(-2)**31<=S&&S<=2**31-1?x="integer":x="lo\
ng":g.isTimestampSchema()?x="timestamp":g.isStringSchema()?x="string":g.isBooleanSchema()&&(x="boolean"),S!=null&&(l[f]={type:x,value:S},delete o[e][f])}}if(i!==
null){let f=m.getMemberSchema(i);f.isBlobSchema()?a="application/octet-stream":f.isStringSchema()&&(a="text/plain"),s.write(f,o[e][i])}else s.write(m,o[e])}else if(m.
isUnitSchema())s.write(m,{});else throw new Error("@smithy/core/event-streams - non-struct member not supported in event stream union.")}else{let[m,f]=o[e];n=m,
s.write(15,f)}let u=s.flush()??new Uint8Array;return{body:typeof u=="string"?(this.serdeContext?.utf8Decoder??oe)(u):u,eventType:n,explicitPayloadContentType:a,
additionalHeaders:l}}}});var m_={};pr(m_,{EventStreamCodec:()=>Qs,EventStreamMarshaller:()=>ci,EventStreamSerde:()=>dc,HeaderMarshaller:()=>Ys,Int64:()=>go,MessageDecoderStream:()=>Zs,MessageEncoderStream:()=>en,
SmithyMessageDecoderStream:()=>tn,SmithyMessageEncoderStream:()=>rn,UniversalEventStreamMarshaller:()=>Qo,eventStreamSerdeProvider:()=>n_,getChunkedStream:()=>uc,
getMessageUnmarshaller:()=>ai,getUnmarshalledStream:()=>r_,iterableToReadableStream:()=>c_,readableStreamToIterable:()=>a_,resolveEventStreamSerdeConfig:()=>l_,
universalEventStreamSerdeProvider:()=>o_});var f_=p(()=>{lf();pf();cf();uf();df();mf();ff();i_();p_();yf();gf();hf();u_();d_()});var on,Sf=p(()=>{Q();Z();ni();Xo();on=class extends Gr{options;compositeErrorRegistry;constructor(e){super(),this.options=e,this.compositeErrorRegistry=new J(e.
defaultNamespace);for(let r of e.errorTypeRegistries??[])this.compositeErrorRegistry.copyFrom(r)}getRequestType(){return j}getResponseType(){return dt}setSerdeContext(e){
this.serdeContext=e,this.serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e),this.getPayloadCodec()&&this.getPayloadCodec().setSerdeContext(e)}updateServiceEndpoint(e,r){
if("url"in r){e.protocol=r.url.protocol,e.hostname=r.url.hostname,e.port=r.url.port?Number(r.url.port):void 0,e.path=r.url.pathname,e.fragment=r.url.hash||void 0,
e.username=r.url.username||void 0,e.password=r.url.password||void 0,e.query||(e.query={});for(let[o,s]of r.url.searchParams.entries())e.query[o]=s;if(r.headers)
for(let o in r.headers)C(r.headers,o)&&(e.headers[o]=r.headers[o].join(", "));return e}else{if(e.protocol=r.protocol,e.hostname=r.hostname,e.port=r.port?Number(
r.port):void 0,e.path=r.path,e.query={...r.query},r.headers)for(let o in r.headers)C(r.headers,o)&&(e.headers[o]=r.headers[o]);return e}}setHostPrefix(e,r,o,s=ac(
r)){if(this.serdeContext?.disableHostPrefix)return;let n=s[4];if(typeof n!="string")return;let i=n;for(let[a,[,c]]of je.of(r.input).getHttpBindings().request.memberBindings){
if(!(c>>17&1))continue;let l=o[a];if(typeof l!="string")throw new Error(`@smithy/core/schema - ${a} in input must be a string as hostLabel.`);i=i.replace(`{${a}\
}`,l)}if(e.hostname=i+e.hostname,!Ud(e.hostname))throw new Error(`[${e.hostname}] is not a valid hostname.`)}deserializeMetadata(e){return{httpStatusCode:e.statusCode,
requestId:e.headers["x-amzn-requestid"]??e.headers["x-amzn-request-id"]??e.headers["x-amz-request-id"],extendedRequestId:e.headers["x-amz-id-2"],cfId:e.headers["\
x-amz-cf-id"]}}resolveError(e,r,o){let s=[-3,"","Error",0,[],[],0],n;for(let i of o)for(let a of r)try{a==="*"?n=i.getSchema(e):n=i.getSchema(a+"#"+e);let c=i.getErrorCtor(
n);if(c)return[n,c,"modeled"];{let l=i.getBaseException();if(l){let u=i.getErrorCtor(l);if(u)return[n,u,"synthetic"]}}}catch{}for(let i of o){let a=i.getBaseException();
if(a){let c=i.getErrorCtor(a);if(c)return[a,c,"synthetic"]}}return[s,Error,"native"]}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o}){
return(await this.loadEventStreamCapability()).serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o})}async deserializeEventStream({response:e,responseSchema:r,
initialResponseContainer:o}){return(await this.loadEventStreamCapability()).deserializeEventStream({response:e,responseSchema:r,initialResponseContainer:o})}async loadEventStreamCapability(){
let{EventStreamSerde:e,eventStreamSerdeProvider:r}=await Promise.resolve().then(()=>(f_(),m_)),o=this.resolveEventStreamMarshaller(r);return new e({marshaller:o,
serializer:this.serializer,deserializer:this.deserializer,serdeContext:this.serdeContext,defaultContentType:this.getDefaultContentType(),compositeErrorRegistry:this.
compositeErrorRegistry})}getDefaultContentType(){throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missi\
ng.`)}async deserializeHttpMessage(e,r,o,s,n){return[]}getEventStreamMarshaller(){let e=this.serdeContext;if(!e.eventStreamMarshaller)throw new Error("@smithy/c\
ore - HttpProtocol: eventStreamMarshaller missing in serdeContext.");return e.eventStreamMarshaller}resolveEventStreamMarshaller(e){let r=this.serdeContext;return r.
eventStreamMarshaller?r.eventStreamMarshaller:e(this.serdeContext)}}});var pi,g_=p(()=>{Q();O();Xo();Sf();Js();sf();pi=class extends on{async serializeRequest(e,r,o){let s=r&&typeof r=="object"?r:{},n={},i={},a=await o.endpoint(),c=je.
of(e?.input),l=c.getHttpBindings().request,u=ac(e),d=new j({query:n,headers:i});if(a){this.updateServiceEndpoint(d,a),this.setHostPrefix(d,e,s,u);let[f,g,y]=u;if(f){
d.method=f,d.path=d.path==="/"?g:d.path+g;for(let[h,S]of y)n[h]=S}}d.query=n;let m=this.serializeHttpBindings(s,d,l,u);return m&&(d.body=await this.serializeEventStream(
{eventStream:m,requestSchema:c})),d}serializeHttpBindings(e,r,o,s){let n=this.serializer,i=typeof n.writeCodec=="function"?n:void 0,a=r.query,c=r.headers,l=o.syntheticBodySchema,
u=!1,d,m,f,g=Object.getOwnPropertyNames(e),y=Object.getPrototypeOf(e),h=(y===Object.prototype||y===null)&&!o.hasIdempotency&&!o.hasPrefixHeaders&&g.length*2<o.memberBindings.
length,S=h?g.length:o.memberBindings.length;for(let R=0;R<S;++R){let I=h?C(o.byName,g[R])?o.byName[g[R]]:void 0:o.memberBindings[R];if(!I)continue;let M=I[1],V=I[0],
Sr=M[0],Lr=M[1],me=M[2],Ue=I[2],Xt=I[3],lt=e[V];if(!(lt==null&&!(Lr>>10&1)))if(Ue===36){let K=Lr>>11&3;K?K===2?m=lt||void 0:d=lt:(i?i.writeCodec(Sr,lt):n.write(
Sr,lt),d=n.flush())}else if(Ue===33||Ue===38){let K=this.serializeHttpValue(M,lt,Ue,i);Ue===33?(f??=Object.create(null))[V]=K:c[Xt]=K}else if(Ue===39)for(let K in lt){
if(!C(lt,K))continue;let Tr=Xt+K;c[Tr.toLowerCase()]=this.serializeHttpValue(me,lt[K],38,i,i?me[0]:[me[0],{httpHeader:Tr}])}else(Ue&62)===34?this.serializeQuery(
M,lt,Xt,a,i):u=!0}let x=s[1],T=s[3];return x&&T&&r.path.endsWith(x)&&(r.path=r.path.slice(0,-x.length)+this.serializePath(T,f,o)),u&&l&&(i?i.writeCodec(l,e):n.write(
l,e),d=n.flush()),r.body=d,m}serializeQuery(e,r,o,s,n){let[i,a,c]=e,l=n?void 0:i.getMergedTraits();if(o===void 0){for(let u in r)!C(r,u)||u in s||(n||Object.assign(
c[0].getMergedTraits(),{...l,httpQuery:u,httpQueryParams:void 0}),this.serializeQuery(c,r[u],u,s,n));return}if((a&192)===64){let u=[];for(let d of r){let m=this.
serializeHttpValue(c,d,34,n,n?c[0]:[c[0],l]);(a>>13&1||m!==void 0)&&u.push(m)}s[o]=u}else s[o]=this.serializeHttpValue(e,r,34,n,n?i:[i,l])}serializeHttpValue(e,r,o,s,n=e[0]){
let i=e[1],a=i&255;return s&&!(i&1792)&&(a<=2||a===17||a===19)?String(r):(s?s.writeHttpBinding(e,r,o):this.serializer.write(n,r),this.serializer.flush())}serializePath(e,r,o){
let s="";for(let[n,i]of e){if(i===0){s+=n;continue}let a=r?.[n];if(a===void 0){if(C(o.byName,n)&&o.byName[n][2]===33)throw new Error(`No value provided for inpu\
t HTTP label: ${n}.`);s+=`{${n}${i===2?"+":""}}`}else s+=i===2?a.split("/").map(Jo).join("/"):Jo(a)}return s}async deserializeResponse(e,r,o){let s=this.deserializer,
n=typeof s.readCodec=="function"?s:void 0,i=je.of(e.output),a=i.getHttpBindings().response,c={};if(o.statusCode>=300){let u=await et(o.body,r);throw u.byteLength>
0&&Object.assign(c,await s.read(15,u)),await this.handleError(e,r,o,c,this.deserializeMetadata(o)),new Error("@smithy/core/protocols - HTTP Protocol error handl\
er failed to throw.")}let l=await this.deserializeHttpMessage(i,r,o,c);if(l.length){let u=await et(o.body,r);if(u.byteLength>0){let d=await(n?n.readCodec(a.syntheticBodySchema,
u):s.read(a.syntheticBodySchema,u));for(let m of l)d[m]!=null&&(c[m]=d[m])}}else a.bindings.payload||await et(o.body,r);return c.$metadata=this.deserializeMetadata(
o),c}async deserializeHttpMessage(e,r,o,s,n){let i=s instanceof Set?n:s,a=this.deserializer,c=typeof a.readCodec=="function"?a:void 0,l=je.of(e),{bodyMemberNames:u,
bindings:{payload:d,statusCode:m,headers:f,prefixHeaders:g}}=l.getHttpBindings().response,y=o.headers;if(d){let[h,S]=d,[x,T]=S,R=T>>11&3;if(R)R===2?i[h]=await this.
deserializeEventStream({response:o,responseSchema:l}):i[h]=si(o.body);else if(o.body){let I=await et(o.body,r);I.byteLength>0&&(i[h]=await(c?c.readPayload(S,I):
a.read(x,I)))}}for(let h in y){if(!C(y,h))continue;let S=h.toLowerCase(),x=y[h];S!==h&&(delete y[h],y[S]=x);let T=C(f,S)?f[S]:void 0;if(!T)continue;let[R,[I,M,V],
,Sr]=T;if(V){let Lr=M>>16&1?Qd(x,",",2):Hn(x),me=[];for(let Ue of Lr)me.push(c?c.readHttpBinding(V,Ue.trim(),38):await a.read([V[0],{httpHeader:Sr}],Ue.trim()));
i[R]=me}else i[R]=c?c.readHttpBinding(T[1],x,38):await a.read(I,x)}for(let[h,[,,S],,x]of g){i[h]={};for(let T in y){if(!C(y,T)||!T.startsWith(x))continue;let R=y[T];
i[h][T.slice(x.length)]=c?c.readHttpBinding(S,R,38):await a.read([S[0],{httpHeader:T}],R)}}return m&&(i[m[0]]=o.statusCode),u}}});var Zo,h_=p(()=>{Q();Z();Q();Sf();Js();Zo=class extends on{async serializeRequest(e,r,o){let s=this.serializer,n={},i={},a=await o.endpoint(),c=H.of(e?.input),l=c.
getSchema(),u,d=r&&typeof r=="object"?r:{},m=new j({protocol:"",hostname:"",port:void 0,path:"/",fragment:void 0,query:n,headers:i,body:void 0});if(a&&(this.updateServiceEndpoint(
m,a),this.setHostPrefix(m,e,d)),d){let f=c.getEventStreamMember();if(f){if(d[f]){let g={};for(let[y]of c.structIterator())y!==f&&d[y]!=null&&(g[y]=d[y]);u=await this.
serializeEventStream({eventStream:d[f],requestSchema:c,initialRequest:g})}}else s.write(l,d),u=s.flush()}return m.headers=Object.assign(m.headers,i),m.query=n,m.
body=u,m.method="POST",m}async deserializeResponse(e,r,o){let s=this.deserializer,n=H.of(e.output),i={};if(this.isErrorResponse(o.statusCode)){let c=await et(o.
body,r);throw c.byteLength>0&&Object.assign(i,await s.read(15,c)),await this.handleError(e,r,o,i,this.deserializeMetadata(o)),new Error("@smithy/core/protocols \
- RPC Protocol error handler failed to throw.")}for(let c in o.headers){if(!C(o.headers,c))continue;let l=o.headers[c];delete o.headers[c],o.headers[c.toLowerCase()]=
l}let a=n.getEventStreamMember();if(a)i[a]=await this.deserializeEventStream({response:o,responseSchema:n,initialResponseContainer:i});else{let c=await et(o.body,
r);c.byteLength>0&&Object.assign(i,await s.read(n,c))}return i.$metadata=this.deserializeMetadata(o),i}isErrorResponse(e){return e>=300}}});var es,Ef=p(()=>{O();Xo();ni();es=class extends Gr{settings;constructor(e){super(),this.settings=e}read(e,r){let o=je.of(e),s=o.getMergedTraits(),n=o.getHttpBindingLocation(
s);return this.readHttpBinding(o.getHttpBindingValue(n,s),r,n)}readHttpBinding([e,r,o],s,n){let i=r&255;if((i&192)===64)return o??=e.getHttpBindingCollectionValue(
n),Hn(s).map(a=>this.readHttpBinding(o,a,n));switch(i){case 21:case 42:return(this.serdeContext?.base64Decoder??Ee)(s);case 4:case 5:case 6:case 7:{let a=this.settings.
httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:a?a+4:this.settings.timestampFormat.default){case 5:return Xd(s);case 6:return Yd(s);case 7:
return Jd(s);default:return console.warn("Missing timestamp format, parsing value with Date constructor:",s),new Date(s)}}case 0:{let a=r>>8&3;if(!a)return s;let c=s;
return(n&6)===6&&(c=(this.serdeContext?.utf8Encoder??ee)((this.serdeContext?.base64Decoder??Ee)(c))),a===2?mt.from(c):c}case 1:return Number(s);case 2:return s.
toLowerCase()==="true";case 17:return BigInt(s);case 19:return new Te(s,"bigDecimal");default:return s}}}});var li,y_=p(()=>{O();Xo();ni();Ef();li=class extends Gr{codecDeserializer;stringDeserializer;constructor(e,r){super(),this.codecDeserializer=e,this.stringDeserializer=
new es(r)}setSerdeContext(e){this.stringDeserializer.setSerdeContext(e),this.codecDeserializer.setSerdeContext(e),this.serdeContext=e}read(e,r){let o=je.of(e),s=o.
getMergedTraits();if(s.httpHeader||s.httpResponseCode){let n=o.getHttpBindingValue(38,s);return this.readHttpBinding(n,r,38)}return s.httpPayload?this.readPayload(
o.getHttpBindingValue(36,s),r):this.readCodec(o,r)}readHttpBinding(e,r,o){let s=typeof r=="string"?r:(this.serdeContext?.utf8Encoder??ee)(r);return this.stringDeserializer.
readHttpBinding(e,s,o)}readPayload([e,r],o){let s=r&255;return s===21||s===42?typeof o=="string"?(this.serdeContext?.utf8Decoder??oe)(o):o:s===0?typeof o=="stri\
ng"?o:(this.serdeContext?.utf8Encoder??ee)(o):this.readCodec(e,o)}readCodec(e,r){return this.codecDeserializer.read(e,r)}}});var mc,S_=p(()=>{O();Xo();ni();mc=class extends Gr{settings;stringBuffer="";constructor(e){super(),this.settings=e}write(e,r){let o=je.of(e),s=o.getMergedTraits(),
n=o.getHttpBindingLocation(s);this.writeHttpBinding(o.getHttpBindingValue(n,s),r,n)}writeHttpBinding([e,r,o],s,n){let i=r&255;switch(typeof s){case"object":if(s===
null){this.stringBuffer="null";return}if(i>=4&&i<=7){if(!(s instanceof Date))throw new Error(`@smithy/core/protocols - received non-Date value ${s} when schema \
expected Date in ${e.getName(!0)}`);let l=this.settings.httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:l?l+4:this.settings.timestampFormat.
default){case 5:this.stringBuffer=s.toISOString().replace(".000Z","Z");break;case 6:this.stringBuffer=zo(s);break;case 7:this.stringBuffer=String(s.getTime()/1e3);
break;default:console.warn("Missing timestamp format, using epoch seconds",s),this.stringBuffer=String(s.getTime()/1e3)}return}if((i===21||i===42)&&"byteLength"in
s){this.stringBuffer=(this.serdeContext?.base64Encoder??pe)(s);return}if((i&192)===64&&Array.isArray(s)){o??=e.getHttpBindingCollectionValue(n);let l=o[1]&255,u=l>=
4&&l<=7,d="";for(let m of s){this.writeHttpBinding(o,m,n);let f=this.flush();d&&(d+=", "),d+=u?f:Vd(f)}this.stringBuffer=d;return}this.stringBuffer=JSON.stringify(
s,null,2);break;case"string":let a=r>>8&3,c=s;if(a===2&&(c=mt.from(c)),a&&(n&6)===6){this.stringBuffer=(this.serdeContext?.base64Encoder??pe)(c.toString());return}
this.stringBuffer=s;break;default:this.stringBuffer=r>>10&1?Ks():String(s)}}flush(){let e=this.stringBuffer;return this.stringBuffer="",e}}});var ui,E_=p(()=>{Xo();S_();ui=class{codecSerializer;stringSerializer;buffer;constructor(e,r,o=new mc(r)){this.codecSerializer=e,this.stringSerializer=o}setSerdeContext(e){
this.codecSerializer.setSerdeContext(e),this.stringSerializer.setSerdeContext(e)}write(e,r){let o=je.of(e),s=o.getMergedTraits();if(s.httpHeader||s.httpLabel||s.
httpQuery){let n=o.getHttpBindingLocation(s);this.writeHttpBinding(o.getHttpBindingValue(n,s),r,n);return}this.writeCodec(o,r)}writeHttpBinding(e,r,o){this.stringSerializer.
writeHttpBinding(e,r,o),this.buffer=this.stringSerializer.flush()}writeCodec(e,r){this.codecSerializer.write(e,r)}flush(){if(this.buffer!==void 0){let e=this.buffer;
return this.buffer=void 0,e}return this.codecSerializer.flush()}}});function ts(t,e){if(e.timestampFormat.useTrait){let a=t.getSchema();if(a===5||a===6||a===7)return a}let{httpLabel:r,httpPrefixHeaders:o,httpHeader:s,httpQuery:n}=t.
getMergedTraits();return(e.httpBindings?typeof o=="string"||s?6:n||r?5:void 0:void 0)??e.timestampFormat.default}var fc=p(()=>{});var Ct,bt,x_=p(()=>{Ct=t=>(t.logger&&t.logger.constructor?.name!=="NoOpLogger"&&t.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"),t.logger),t.defaultSocketTimeout&&
t.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"),t.defaultSocketTimeout),{setHttpHandler(e){t.requestHandler=e},httpHandler(){
return t.requestHandler},updateHttpClientConfig(e,r){t.requestHandler?.updateHttpClientConfig(e,r)},httpHandlerConfigs(){return t.requestHandler.httpHandlerConfigs()}}),
bt=t=>({requestHandler:t.httpHandler()})});function __(t){return e=>async r=>{let o=r.request;if(j.isInstance(o)){let{body:s,headers:n}=o;if(s&&Object.keys(n).map(i=>i.toLowerCase()).indexOf(R_)===-1)try{
let i=t(s);i!=null&&(o.headers={...o.headers,[R_]:String(i)})}catch{}}return e({...r,request:o})}}var R_,w_,Pt,I_=p(()=>{Q();R_="content-length";w_={step:"build",
tags:["SET_CONTENT_LENGTH","CONTENT_LENGTH"],name:"contentLengthMiddleware",override:!0},Pt=t=>({applyToStack:e=>{e.add(__(t.bodyLengthChecker),w_)}})});var br,T1,xf=p(()=>{br=t=>encodeURIComponent(t).replace(/[!'()*]/g,T1),T1=t=>`%${t.charCodeAt(0).toString(16).toUpperCase()}`});function Rf(t){let e=[];for(let r of Object.keys(t).sort()){let o=t[r];if(r=br(r),Array.isArray(o))for(let s=0,n=o.length;s<n;s++)e.push(`${r}=${br(o[s])}`);else{
let s=r;(o||typeof o=="string")&&(s+=`=${br(o)}`),e.push(s)}}return e.join("&")}var T_=p(()=>{xf()});var yo,gc=p(()=>{yo=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var hc,v_=p(()=>{hc=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),s=new Set(o);s.delete("__type"),this.keys=s}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function yc(){if(di===void 0)try{if(typeof Buffer!="function")di=!1;else{let t=JSON.parse(Buffer.from([123,125]));di=t!==null&&typeof t=="object"}}catch{di=!1}return di}
var di,_f=p(()=>{});function Sc(t,e,r){if(r?.source){let o=r.source;if(typeof e=="number")return e<=Number.MAX_SAFE_INTEGER&&e>=Number.MIN_SAFE_INTEGER?A1(o,e)?e:new Te(o,"bigDecim\
al"):v1(o)?new Te(o,"bigDecimal"):/[eE]/.test(o)?C1(o):BigInt(o)}return e}function v1(t){let e=t.indexOf(".");if(e===-1)return!1;let r=t.search(/[eE]/);if(r===-1)
return!0;let o=r-e-1;return parseInt(t.slice(r+1),10)<o}function A1(t,e){if(t===String(e)||Object.is(e,-0))return!0;if(/[eE]/.test(t))return wf(t)===wf(String(e));
let r=t.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,""),o=String(e);return r===o?!0:/[eE]/.test(o)?r===wf(o):!1}function wf(t){let e=t.startsWith("-"),r=e?t.slice(
1):t,o=r.search(/[eE]/),s;if(o===-1)s=r;else{let n=parseInt(r.slice(o+1),10),i=r.slice(0,o),a=i.indexOf("."),c,l;a===-1?(c=i,l=i.length):(c=i.slice(0,a)+i.slice(
a+1),l=a),c=c.replace(/0+$/,"")||"0";let u=l+n;c==="0"?s="0":u<=0?s="0."+"0".repeat(-u)+c:u>=c.length?s=c+"0".repeat(u-c.length):s=c.slice(0,u)+"."+c.slice(u)}return s.
includes(".")&&(s=s.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,"")),(e?"-":"")+s}function C1(t){let e=t.search(/[eE]/),r=parseInt(t.slice(e+1),10),o=t.startsWith(
"-"),s=t.slice(o?1:0,e),n=s.indexOf("."),i,a;if(n===-1)i=s,a=r;else{i=s.slice(0,n)+s.slice(n+1);let l=s.length-n-1;a=r-l}i=i.replace(/0+$/,"")||"0";let c=BigInt(
i)*10n**BigInt(a+(s.replace(".","").length-i.length));return o?-c:c}var If=p(()=>{O()});function xc(t){let e=H.of(t),r=e.getSchema();if(Array.isArray(r)&&e.isStructSchema()){if(Tf in r)return r[Tf];let o=Ec(e,new Set);return r[Tf]=o,o}return Ec(e,new Set)}
function Ec(t,e){let r=t.getSchema();if(e.has(r))return!1;if(e.add(r),t.isBigIntegerSchema()||t.isBigDecimalSchema())return!0;if(t.isStructSchema()){for(let[,o]of t.
structIterator())if(Ec(o,e))return!0}else if(t.isListSchema()||t.isMapSchema()){if(Ec(t.getValueSchema(),e))return!0}else if(t.isDocumentSchema())return!0;return!1}
var Tf,vf=p(()=>{Z();Tf=Symbol.for("@aws-sdk/reviver")});var A_,C_=p(()=>{Js();O();A_=(t,e)=>et(t,e).then(r=>(e?.utf8Encoder??ee)(r))});async function Cf(t,e,r){let o;if(yc()&&typeof t?.[Symbol.asyncIterator]=="function"){let n=await et(t,e);typeof Buffer=="function"&&(Buffer.isBuffer(n)?o=n:o=Buffer.
from(n.buffer,n.byteOffset,n.byteLength))}if(o||(o=await A_(t,e)),o.length===0)return{};let s=r&&xc(r)?Sc:void 0;try{return JSON.parse(o,s)}catch(n){throw n?.name===
"SyntaxError"&&Object.defineProperty(n,"$responseBodyText",{value:typeof o=="string"?o:o.toString("utf8")}),n}}var b_,Af,bf,Pf,P_,Of=p(()=>{Js();C_();_f();If();
vf();b_=(t,e)=>Object.keys(t).find(r=>r.toLowerCase()===e.toLowerCase()),Af=t=>{let e=t;return typeof e=="number"&&(e=e.toString()),e.indexOf(",")>=0&&(e=e.split(
",")[0]),e.indexOf(":")>=0&&(e=e.split(":")[0]),e.indexOf("#")>=0&&(e=e.split("#")[1]),e},bf=(t,e)=>P_(t,e,["header","code","type"]),Pf=(t,e,r=!1)=>P_(t,e,r?["c\
ode","header","type"]:["type","code","header"]),P_=({headers:t},e,r)=>{for(;r.length>0;)switch(r.shift()){case"header":let s=b_(t??{},"x-amzn-errortype");if(s!==
void 0)return Af(t[s]);break;case"code":let n=b_(e??{},"code");if(n&&e[n]!==void 0)return Af(e[n]);break;case"type":if(e?.__type!==void 0)return Af(e.__type);break}}});var Rc,O_=p(()=>{fc();Z();O();gc();v_();_f();If();vf();Of();Q();Rc=class extends yo{settings;constructor(e){super(),this.settings=e}async read(e,r){let o=xc(e)?
Sc:void 0,s;if(typeof r=="string"){if(r.length===0)return{};s=JSON.parse(r,o)}else if(r instanceof Uint8Array&&yc()){if(r.byteLength===0)return{};let n=Buffer.isBuffer(
r)?r:Buffer.from(r.buffer,r.byteOffset,r.byteLength);s=JSON.parse(n,o)}else s=await Cf(r,this.serdeContext,e);return this._read(e,s)}readObject(e,r){return this.
_read(e,r)}_read(e,r){let o=r!==null&&typeof r=="object",s=H.of(e);if(o){if(s.isStructSchema())return this._readStruct(s,r);if(Array.isArray(r)&&s.isListSchema()){
let i=s.getValueSchema();if(this.needsTransform(i))for(let a=0;a<r.length;++a)r[a]=this._read(i,r[a]);return r}if(s.isMapSchema()){let i=s.getValueSchema(),a=r;
if(this.needsTransform(i))for(let c in a)C(a,c)&&(c==="__proto__"&&eo(a),a[c]=this._read(i,a[c]));return a}}if(s.isBlobSchema()&&typeof r=="string")return Ee(r);
let n=s.getMergedTraits().mediaType;if(s.isStringSchema()&&typeof r=="string"&&n)return n==="application/json"||n.endsWith("+json")?mt.from(r):r;if(s.isTimestampSchema()&&
r!=null)switch(ts(s,this.settings)){case 5:return jd(r);case 6:return Mn(r);case 7:return zd(r);default:return console.warn("Missing timestamp format, parsing v\
alue with Date constructor:",r),new Date(r)}if(s.isBigIntegerSchema()&&(typeof r=="number"||typeof r=="string"))return BigInt(r);if(s.isBigDecimalSchema()&&r!=null){
if(r instanceof Te)return r;let i=r;return i.type==="bigDecimal"&&"string"in i?new Te(i.string,i.type):new Te(String(r),"bigDecimal")}if(s.isNumericSchema()&&typeof r==
"string"){switch(r){case"Infinity":return 1/0;case"-Infinity":return-1/0;case"NaN":return NaN}return r}if(s.isDocumentSchema()&&o)if(Array.isArray(r))for(let i=0;i<
r.length;++i){let a=r[i];a instanceof Te||(r[i]=this._read(s,a))}else{let i=r;for(let a in i){if(!C(i,a))continue;a==="__proto__"&&eo(i);let c=i[a];c instanceof
Te||(i[a]=this._read(s,c))}}return r}_readStruct(e,r){let o=e.isUnionSchema(),s={},n,i=typeof r.__type=="string",{jsonName:a}=this.settings;a&&i&&(n={});let c;o&&
(c=new hc(r,s));for(let[l,u]of e.structIterator()){let d=l;a&&(d=u.getMergedTraits().jsonName??d,i&&(n[d]=l)),o&&c.mark(d),r[d]!=null&&(s[l]=this._read(u,r[d]))}
if(o)c.writeUnknown();else if(i)for(let l in r){if(!C(r,l))continue;let u=r[l],d=a?n[l]??l:l;d in s||(s[d]=u)}return s}needsTransform(e){return!!(e.isBlobSchema()||
e.isTimestampSchema()||e.isBigIntegerSchema()||e.isBigDecimalSchema()||e.isNumericSchema()||e.isDocumentSchema()||e.isStructSchema()||e.isListSchema()||e.isMapSchema()||
e.isStringSchema()&&e.getMergedTraits().mediaType)}}});var _c,D_,N_=p(()=>{O();_c=class t extends Uint8Array{string=null;static allocUnsafe(e){if(typeof Buffer=="function"){let r=Buffer.allocUnsafe(e);return new t(r.
buffer,r.byteOffset,r.byteLength)}return new t(e)}toString(){return this.s()}valueOf(){return this.s()}includes(e,r){return typeof e=="string"?this.s().includes(
e,r):Uint8Array.prototype.includes.call(this,e,r)}indexOf(e,r){return typeof e=="string"?this.s().indexOf(e,r):Uint8Array.prototype.indexOf.call(this,e,r)}lastIndexOf(e,r){
if(typeof e=="string")return this.s().lastIndexOf(e,r);let o=Uint8Array.prototype.lastIndexOf;return r!==void 0?o.call(this,e,r):o.call(this,e)}startsWith(e,r){
return this.s().startsWith(e,r)}endsWith(e,r){return this.s().endsWith(e,r)}match(e){return this.s().match(e)}replace(e,r){return this.s().replace(e,r)}search(e){
return this.s().search(e)}split(e,r){return this.s().split(e,r)}substring(e,r){return this.s().substring(e,r)}trim(){return this.s().trim()}trimStart(){return this.
s().trimStart()}trimEnd(){return this.s().trimEnd()}charAt(e){return this.s().charAt(e)}charCodeAt(e){return this.s().charCodeAt(e)}padStart(e,r){return this.s().
padStart(e,r)}padEnd(e,r){return this.s().padEnd(e,r)}repeat(e){return this.s().repeat(e)}toUpperCase(){return this.s().toUpperCase()}toLowerCase(){return this.
s().toLowerCase()}s(){if(this.string==null){let e=Date.now();e>D_+6e4&&(console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string meth\
od on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error."),D_=e),this.string=ee(this)}return this.
string}},D_=0});function Df(t){return _c.allocUnsafe(t)}var wc,k_,$_,b1,P1,sn,Ic,Tc,L_,O1,D1,N1,zr,U_,vc,F_=p(()=>{fc();Z();O();gc();Q();N_();wc=new TextEncoder,k_=123,$_=125,b1=
91,P1=93,sn=34,Ic=58,Tc=44,L_=92,O1=new Uint8Array([116,114,117,101]),D1=new Uint8Array([102,97,108,115,101]),N1=new Uint8Array([110,117,108,108]),zr=new Array(
128).fill(null);zr[8]="b";zr[9]="t";zr[10]="n";zr[12]="f";zr[13]="r";zr[34]='"';zr[92]="\\";for(let t=0;t<32;t++)zr[t]===null&&(zr[t]="u00"+t.toString(16).padStart(
2,"0"));U_=2048;vc=class t extends yo{settings;json;i=0;rootSchema;rawValue;passthrough=!1;constructor(e){super(),this.settings=e,this.json=Df(U_)}write(e,r){this.
i=0,this.rawValue=r,this.rootSchema=H.of(e),this.passthrough=this.rootSchema.isBlobSchema()||this.rootSchema.isStringSchema(),this.passthrough||this.writeValue(
this.rootSchema,r,void 0)}writeDiscriminatedDocument(e,r){this.i=0,this.rootSchema=H.of(e);let o=this.rootSchema;if(o.isStructSchema()&&r!=null&&typeof r=="obje\
ct"){this.writeValue(o,r,void 0);let s=`"__type":"${o.getName(!0)??"Unknown"}",`,n=s.length;this.ensure(n),this.json.copyWithin(1+n,1,this.i),wc.encodeInto(s,this.
json.subarray(1)),this.i+=n}else this.writeValue(o,r,void 0)}flush(){this.rootSchema=void 0;let e=this.i;this.i=0;let r=this.rawValue;if(this.rawValue=void 0,e===
0)return r;let o=this.json.subarray(0,e);return this.json=Df(U_),o}ensure(e){let{i:r,json:o}=this;if(r+e>o.length){let s=o.length*2;for(;s<r+e;)s*=2;let n=Df(s);
n.set(this.json),this.json=n}}writeAscii(e){let r=e.length;this.ensure(r);let{i:o,json:s}=this;for(let n=0;n<r;++n)s[o]=e.charCodeAt(n),o+=1;this.i=o}writeAsciiQuoted(e){
let r=e.length;this.ensure(r+4);let{json:o,i:s}=this;o[s++]=sn;for(let n=0;n<r;++n)o[s++]=e.charCodeAt(n);o[s++]=sn,this.i=s}writeJsonString(e){let r=e.length;this.
ensure(r*3+2),this.json[this.i++]=sn;for(let o=0;o<r;++o){let s=e.charCodeAt(o);if(s>34&&s<92)this.json[this.i++]=s;else if(s<128){let n=zr[s];if(n!==null){this.
ensure(n.length+1+(r-o-1)*3+1),this.json[this.i++]=L_;for(let i=0;i<n.length;i++)this.json[this.i++]=n.charCodeAt(i)}else this.json[this.i++]=s}else if(s>=55296&&
s<=56319){let n=o+1<r?e.charCodeAt(o+1):0;if(n>=56320&&n<=57343){this.ensure(4);let{written:i}=wc.encodeInto(e.substring(o,o+2),this.json.subarray(this.i));this.
i+=i,++o}else this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(s)}else if(s>=56320&&s<=57343)this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(s);else{let{i:n,
json:i}=this;s<2048?(i[n++]=192|s>>6,i[n++]=128|s&63):(i[n++]=224|s>>12,i[n++]=128|s>>6&63,i[n++]=128|s&63),this.i=n}}this.json[this.i++]=sn}writeUnicodeEscape(e){
let{json:r,i:o}=this;r[o++]=L_,r[o++]=117;let s=e.toString(16).padStart(4,"0");for(let n=0;n<4;++n)r[o++]=s.charCodeAt(n);this.i=o}static B64=(()=>{let e="ABCDE\
FGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",r=new Uint8Array(64);for(let o=0;o<64;++o)r[o]=e.charCodeAt(o);return r})();writeBase64(e){let r=Math.
ceil(e.length/3)*4;this.ensure(r+2);let o=this.json,s=t.B64,n=this.i;o[n++]=sn;let i=e.length,a=i%3,c=i-a;for(let l=0;l<c;l+=3){let u=e[l],d=e[l+1],m=e[l+2];o[n++]=
s[u>>2],o[n++]=s[(u&3)<<4|d>>4],o[n++]=s[(d&15)<<2|m>>6],o[n++]=s[m&63]}if(a===2){let l=e[c],u=e[c+1];o[n++]=s[l>>2],o[n++]=s[(l&3)<<4|u>>4],o[n++]=s[(u&15)<<2],
o[n++]=61}else if(a===1){let l=e[c];o[n++]=s[l>>2],o[n++]=s[(l&3)<<4],o[n++]=61,o[n++]=61}o[n++]=sn,this.i=n}writeValue(e,r,o){if(r==null){if(o?.isStructSchema()){
if(r===void 0&&H.of(e).isIdempotencyToken()){this.writeAsciiQuoted(Ks());return}return}this.ensure(4),this.json.set(N1,this.i),this.i+=4;return}let s=H.of(e),n=typeof r==
"object";if(s.isStringSchema()){let i=s.getMergedTraits().mediaType;if(i&&(i==="application/json"||i.endsWith("+json"))){this.writeJsonString(mt.from(r).toString());
return}}if(this.settings.bigNumberAsString&&r!=null&&(s.isBigIntegerSchema()||s.isBigDecimalSchema())){let i=r instanceof Te?r.string:String(r);this.writeAsciiQuoted(
i);return}if(n){if(s.isStructSchema()){this.writeStruct(s,r);return}if(Array.isArray(r)&&(s.isListSchema()||s.isDocumentSchema())){this.writeList(s,r,s.isDocumentSchema());
return}if(s.isMapSchema()){this.writeMap(s,r,!1);return}if(r instanceof Uint8Array&&(s.isBlobSchema()||s.isDocumentSchema())){this.writeBase64(r);return}if(r instanceof
Date&&(s.isTimestampSchema()||s.isDocumentSchema())){this.writeTimestamp(s,r);return}if(r instanceof Te){this.writeAscii(r.string);return}if(s.isDocumentSchema()){
Array.isArray(r)?this.writeList(s,r,!0):this.writeMap(s,r,!0);return}let i=JSON.stringify(r);this.writeAscii(i);return}if(typeof r=="string"){if(s.isBlobSchema()){
let i=(this.serdeContext?.base64Encoder??pe)(r);this.writeAsciiQuoted(i);return}this.writeJsonString(r);return}if(typeof r=="number"){if(Math.abs(r)===1/0||Number.
isNaN(r)){this.writeAsciiQuoted(String(r));return}let i=String(r);this.writeAscii(i);return}if(typeof r=="boolean"){this.ensure(5);let{i,json:a}=this;r?(a.set(O1,
i),i+=4):(a.set(D1,i),i+=5),this.i=i;return}if(typeof r=="bigint"){this.writeAscii(r.toString());return}this.writeAscii(String(r))}writeStruct(e,r){this.ensure(
2),this.json[this.i++]=k_;let o=!1,s=typeof r.__type=="string",n;s&&(n=new Set);for(let[i,a]of e.structIterator()){let c=r[i];if(c==null&&!a.isIdempotencyToken())
continue;o&&(this.ensure(1),this.json[this.i++]=Tc),o=!0;let l=this.settings.jsonName?a.getMergedTraits().jsonName??i:i;n&&(n.add(i),n.add(l)),this.writeAsciiQuoted(
l),this.json[this.i++]=Ic,this.writeValue(a,c,e)}if(!o&&e.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i;this.writeAsciiQuoted(a),this.ensure(
1),this.json[this.i++]=Ic,this.writeValue(15,c,e)}}else if(s)for(let i in r){if(n.has(i))continue;n.add(i);let a=r[i];o&&(this.ensure(1),this.json[this.i++]=Tc),
o=!0,this.writeAsciiQuoted(i),this.ensure(1),this.json[this.i++]=Ic,this.writeValue(15,a,void 0)}this.ensure(1),this.json[this.i++]=$_}writeList(e,r,o){let s=!!e.
getMergedTraits().sparse,n=e.getValueSchema();if(!o&&(n.isStringSchema()||n.isNumericSchema()||n.isBooleanSchema())){let a=!1;for(let l=0;l<r.length;++l){let u=r[l];
if(Number.isNaN(u)||u===1/0||u===-1/0||u==null&&!s){a=!0;break}}let c;if(!a)c=JSON.stringify(r);else{let l=[];for(let u=0;u<r.length;++u){let d=r[u];d==null&&!s||
(Number.isNaN(d)||d===1/0||d===-1/0?l.push(String(d)):l.push(d))}c=JSON.stringify(l)}this.ensure(c.length*3),this.i+=wc.encodeInto(c,this.json.subarray(this.i)).
written;return}this.ensure(2),this.json[this.i++]=b1;let i=!1;for(let a=0;a<r.length;++a){let c=r[a];(o?c===void 0:c==null&&!s)||(i&&(this.ensure(1),this.json[this.
i++]=Tc),this.writeValue(n,c,void 0),i=!0)}this.ensure(1),this.json[this.i++]=P1}writeMap(e,r,o){let s=!!e.getMergedTraits().sparse,n=e.getValueSchema();if(!o&&
(n.isStringSchema()||n.isNumericSchema()||n.isBooleanSchema())){let a;for(let l in r){if(!C(r,l))continue;let u=r[l];Number.isNaN(u)||u===1/0||u===-1/0?((a??={})[l]=
u,r[l]=String(u)):u===null&&!s&&((a??={})[l]=null,r[l]=void 0)}let c=JSON.stringify(r);a&&Object.assign(r,a),this.ensure(c.length*3),this.i+=wc.encodeInto(c,this.
json.subarray(this.i)).written;return}this.ensure(2),this.json[this.i++]=k_;let i=!0;for(let a in r){if(!C(r,a))continue;let c=r[a];(o?c===void 0:c==null&&!s)||
(i||(this.ensure(1),this.json[this.i++]=Tc),i=!1,this.writeJsonString(a),this.ensure(1),this.json[this.i++]=Ic,this.writeValue(n,c,void 0))}this.ensure(1),this.
json[this.i++]=$_}writeTimestamp(e,r){switch(ts(e,this.settings)){case 5:{let s=r.toISOString().replace(".000Z","Z");this.writeAsciiQuoted(s);return}case 6:{this.
writeAsciiQuoted(zo(r));return}case 7:{let s=String(r.getTime()/1e3);this.writeAscii(s);return}default:{let s=String(r.getTime()/1e3);this.writeAscii(s);return}}}}});var rs,M_=p(()=>{gc();O_();F_();rs=class extends yo{settings;constructor(e){super(),this.settings=e}createSerializer(){let e=new vc(this.settings);return e.setSerdeContext(
this.serdeContext),e}createDeserializer(){let e=new Rc(this.settings);return e.setSerdeContext(this.serdeContext),e}}});var U=p(()=>{Js();sf();g_();h_();Ef();y_();E_();fc();Q();Q();x_();I_();xf();T_();Q();Of();M_()});var H_,B_,Ot,G_=p(()=>{U();H_=t=>e=>async r=>{if(!j.isInstance(r.request))return e(r);let{request:o}=r,{handlerProtocol:s=""}=t.requestHandler.metadata||{};if(s.
indexOf("h2")>=0&&!o.headers[":authority"])delete o.headers.host,o.headers[":authority"]=o.hostname+(o.port?":"+o.port:"");else if(!o.headers.host){let n=o.hostname;
o.port!=null&&(n+=`:${o.port}`),o.headers.host=n}return e(r)},B_={name:"hostHeaderMiddleware",step:"build",priority:"low",tags:["HOST"],override:!0},Ot=t=>({applyToStack:e=>{
e.add(H_(t),B_)}})});var j_,z_,Dt,V_=p(()=>{v();j_=()=>(t,e)=>async r=>{try{let o=await t(r),{logger:s}=e,n=s instanceof xe;if(s&&!n){let{clientName:i,commandName:a,dynamoDbDocumentClientOptions:c={}}=e,
{overrideInputFilterSensitiveLog:l,overrideOutputFilterSensitiveLog:u}=c,d=l??e.inputFilterSensitiveLog,m=u??e.outputFilterSensitiveLog,{$metadata:f,...g}=o.output;
s.info?.({clientName:i,commandName:a,input:d(r.input),output:m(g),metadata:f})}return o}catch(o){let{clientName:s,commandName:n,logger:i,dynamoDbDocumentClientOptions:a={}}=e,
{overrideInputFilterSensitiveLog:c}=a,l=c??e.inputFilterSensitiveLog;throw i?.error?.({clientName:s,commandName:n,input:l(r.input),error:o,metadata:o.$metadata}),
o}},z_={name:"loggerMiddleware",tags:["LOGGER"],step:"initialize",override:!0},Dt=t=>({applyToStack:e=>{e.add(j_(),z_)}})});var W_,q_=p(()=>{W_={step:"build",tags:["RECURSION_DETECTION","TRACE_CONTEXT_PROPAGATION"],name:"recursionDetectionMiddleware",override:!0,priority:"low"}});var So,Nf,Ac,kf,$f,mi,K_=p(()=>{So={REQUEST_ID:Symbol.for("_AWS_LAMBDA_REQUEST_ID"),X_RAY_TRACE_ID:Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),TENANT_ID:Symbol.for(
"_AWS_LAMBDA_TENANT_ID"),TRACEPARENT:Symbol.for("_AWS_LAMBDA_TRACEPARENT"),TRACESTATE:Symbol.for("_AWS_LAMBDA_TRACESTATE"),BAGGAGE:Symbol.for("_AWS_LAMBDA_BAGGA\
GE")},Nf=["true","1"].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA??"");Nf||(globalThis.awslambda=globalThis.awslambda||{});Ac=class{static PROTECTED_KEYS=So;isProtectedKey(e){
return Object.values(So).includes(e)}getRequestId(){return this.get(So.REQUEST_ID)??"-"}getXRayTraceId(){return this.get(So.X_RAY_TRACE_ID)}getTenantId(){return this.
get(So.TENANT_ID)}getTraceparent(){return this.get(So.TRACEPARENT)}getTracestate(){return this.get(So.TRACESTATE)}getBaggage(){return this.get(So.BAGGAGE)}},kf=
class extends Ac{currentContext;getContext(){return this.currentContext}hasContext(){return this.currentContext!==void 0}get(e){return this.currentContext?.[e]}set(e,r){
if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);this.currentContext=this.currentContext||{},this.currentContext[e]=
r}run(e,r){return this.currentContext=e,r()}},$f=class t extends Ac{als;static async create(){let e=new t,r=await import("node:async_hooks");return e.als=new r.
AsyncLocalStorage,e}getContext(){return this.als.getStore()}hasContext(){return this.als.getStore()!==void 0}get(e){return this.als.getStore()?.[e]}set(e,r){if(this.
isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);let o=this.als.getStore();if(!o)throw new Error("No context avai\
lable");o[e]=r}run(e,r){return this.als.run(e,r)}};(function(t){let e=null;async function r(o){return e||(e=(async()=>{let n=o===!0||"AWS_LAMBDA_MAX_CONCURRENCY"in
process.env?await $f.create():new kf;return!Nf&&globalThis.awslambda?.InvokeStore?globalThis.awslambda.InvokeStore:(!Nf&&globalThis.awslambda&&(globalThis.awslambda.
InvokeStore=n),n)})()),e}t.getInstanceAsync=r,t._testing=process.env.AWS_LAMBDA_BENCHMARK_MODE==="1"?{reset:()=>{e=null,globalThis.awslambda?.InvokeStore&&delete globalThis.
awslambda.InvokeStore,globalThis.awslambda={InvokeStore:void 0}}}:void 0})(mi||(mi={}))});function L1(t){for(let e of Object.keys(t)){let r=e.toLowerCase();e!==r&&(r===Uf||r===J_||r===X_)&&(t[r]=t[e],delete t[e])}}var k1,$1,Lf,Uf,J_,X_,Y_,Q_=p(()=>{K_();
U();k1="AWS_LAMBDA_FUNCTION_NAME",$1="_X_AMZN_TRACE_ID",Lf="X-Amzn-Trace-Id",Uf="traceparent",J_="tracestate",X_="baggage",Y_=()=>t=>async e=>{let{request:r}=e;
if(!j.isInstance(r))return t(e);let o;{let s=Object.keys(r.headers??{}).find(n=>n.toLowerCase()===Lf.toLowerCase())??Lf;if(!r.headers.hasOwnProperty(s)){let n=process.
env[k1],i=process.env[$1];o??=await mi.getInstanceAsync();let c=o?.getXRayTraceId()??i,l=u=>typeof u=="string"&&u.length>0;l(n)&&l(c)&&(r.headers[Lf]=c)}}if(L1(
r.headers),!r.headers[Uf]){let n=(o??=await mi.getInstanceAsync())?.getTraceparent?.();if(n){r.headers[Uf]=n;let i=o?.getTracestate?.();i&&(r.headers[J_]=i);let a=o?.
getBaggage?.();a&&(r.headers[X_]=a)}}return t(e)}});var Nt,Z_=p(()=>{q_();Q_();Nt=t=>({applyToStack:e=>{e.add(Y_(),W_)}})});var ew,tw=p(()=>{ew=(t,e)=>{if(!e||e.length===0)return t;let r=[];for(let o of e)for(let s of t)s.schemeId.split("#")[1]===o&&r.push(s);for(let o of t)r.find(({
schemeId:s})=>s===o.schemeId)||r.push(o);return r}});function U1(t){let e=new Map;for(let r of t)e.set(r.schemeId,r);return e}var Ff,rw=p(()=>{Q();tw();Ff=(t,e)=>(r,o)=>async s=>{let n=t.httpAuthSchemeProvider(await e.
httpAuthSchemeParametersProvider(t,o,s.input)),i=t.authSchemePreference?await t.authSchemePreference():[],a=ew(n,i),c=U1(t.httpAuthSchemes),l=re(o),u=[];for(let d of a){
let m=c.get(d.schemeId);if(!m){u.push(`HttpAuthScheme \`${d.schemeId}\` was not enabled for this service.`);continue}let f=m.identityProvider(await e.identityProviderConfigProvider(
t));if(!f){u.push(`HttpAuthScheme \`${d.schemeId}\` did not have an IdentityProvider configured.`);continue}let{identityProperties:g={},signingProperties:y={}}=d.
propertiesExtractor?.(t,o)||{};d.identityProperties=Object.assign(d.identityProperties||{},g),d.signingProperties=Object.assign(d.signingProperties||{},y),l.selectedHttpAuthScheme=
{httpAuthOption:d,identity:await f(d.identityProperties),signer:m.signer};break}if(!l.selectedHttpAuthScheme)throw new Error(u.join(`
`));return r(s)}});var Mf,rt,ow=p(()=>{rw();Mf={step:"serialize",tags:["HTTP_AUTH_SCHEME"],name:"httpAuthSchemeMiddleware",override:!0,relation:"before",toMiddleware:"endpointV2Mi\
ddleware"},rt=(t,{httpAuthSchemeParametersProvider:e,identityProviderConfigProvider:r})=>({applyToStack:o=>{o.addRelativeTo(Ff(t,{httpAuthSchemeParametersProvider:e,
identityProviderConfigProvider:r}),Mf)}})});var sw=p(()=>{ow()});var F1,M1,Hf,nw=p(()=>{U();Q();F1=t=>e=>{throw e},M1=(t,e)=>{},Hf=t=>(e,r)=>async o=>{if(!j.isInstance(o.request))return e(o);let n=re(r).selectedHttpAuthScheme;
if(!n)throw new Error("No HttpAuthScheme was selected: unable to sign request");let{httpAuthOption:{signingProperties:i={}},identity:a,signer:c}=n,l=await e({...o,
request:await c.sign(o.request,a,i)}).catch((c.errorHandler||F1)(i));return(c.successHandler||M1)(l.response,i),l}});var Bf,ot,iw=p(()=>{nw();Bf={step:"finalizeRequest",tags:["HTTP_SIGNING"],name:"httpSigningMiddleware",aliases:["apiKeyMiddleware","tokenMiddleware","awsAuthMid\
dleware"],override:!0,relation:"after",toMiddleware:"retryMiddleware"},ot=t=>({applyToStack:e=>{e.addRelativeTo(Hf(t),Bf)}})});var aw=p(()=>{iw()});var Pr,cw=p(()=>{Pr=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});var Oe,pw=p(()=>{Q();Oe=class{authSchemes=new Map;constructor(e){for(let r in e){if(!C(e,r))continue;let o=e[r];o!==void 0&&this.authSchemes.set(r,o)}}getIdentityProvider(e){
return this.authSchemes.get(e)}}});var Ce,lw=p(()=>{Ce=class{async sign(e,r,o){return e}}});var uw=p(()=>{lw()});var Gf,Cc,fi,bc,dw=p(()=>{Gf=t=>function(r){return fi(r)&&r.expiration.getTime()-Date.now()<t},Cc=Gf(3e5),fi=t=>t.expiration!==void 0,bc=(t,e,r)=>{if(t===void 0)
return;let o=typeof t!="function"?async()=>Promise.resolve(t):t,s,n,i,a=!1,c=async l=>{n||(n=o(l));try{s=await n,i=!0,a=!1}finally{n=void 0}return s};return e===
void 0?async l=>((!i||l?.forceRefresh)&&(s=await c(l)),s):async l=>((!i||l?.forceRefresh)&&(s=await c(l)),a?s:r(s)?(e(s)&&await c(l),s):(a=!0,s))}});var mw=p(()=>{pw();uw();dw()});var De=p(()=>{sw();aw();cw();mw()});function j1(t){return t===void 0?!0:typeof t=="string"&&t.length<=50}function kt(t){let e=Pr(t.userAgentAppId??Pc),{customUserAgent:r}=t;return Object.assign(t,
{customUserAgent:typeof r=="string"?[[r]]:r,userAgentAppId:async()=>{let o=await e();if(!j1(o)){let s=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?console:
t.logger;typeof o!="string"?s?.warn("userAgentAppId must be a string or undefined."):o.length>50&&s?.warn("The provided userAgentAppId exceeds the maximum lengt\
h of 50 characters.")}return o}})}var Pc,jf=p(()=>{De();Pc=void 0});var fw,gw=p(()=>{fw={partitions:[{id:"aws",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aws",implicitGlobalRegion:"us-east-1",name:"aws",supportsDualStack:!0,
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
1.1"}});var z1,V1,hw,yw,zf=p(()=>{gw();z1=fw,V1="",hw=t=>{let{partitions:e}=z1;for(let o of e){let{regions:s,outputs:n}=o;for(let[i,a]of Object.entries(s))if(i===t)return{
...n,...a}}for(let o of e){let{regionRegex:s,outputs:n}=o;if(new RegExp(s).test(t))return{...n}}let r=e.find(o=>o.id==="aws");if(!r)throw new Error("Provided re\
gion was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.");return{...r.outputs}},yw=()=>V1});var Sw,Vf,Ew=p(()=>{Sw=require("node:stream"),Vf=t=>t?.body instanceof Sw.Readable||typeof ReadableStream<"u"&&t?.body instanceof ReadableStream});var xw,Rw,_w,ww,Iw,Tw=p(()=>{xw=["BandwidthLimitExceeded","EC2ThrottledException","LimitExceededException","PriorRequestNotComplete","ProvisionedThroughputExcee\
dedException","RequestLimitExceeded","RequestThrottled","RequestThrottledException","SlowDown","ThrottledException","Throttling","ThrottlingException","TooManyR\
equestsException","TransactionInProgressException"],Rw=["TimeoutError","RequestTimeout","RequestTimeoutException"],_w=[500,502,503,504],ww=["ECONNRESET","ECONNR\
EFUSED","EPIPE","ETIMEDOUT"],Iw=["EHOSTUNREACH","ENETUNREACH","ENOTFOUND","EAI_AGAIN"]});function J1(t){return t.code==="ERR_HTTP2_STREAM_ERROR"&&t.message.includes("NGHTTP2_REFUSED_STREAM")}var W1,q1,K1,Oc,Dc,vw,Wf=p(()=>{Tw();W1=t=>t?.$retryable!==
void 0,q1=t=>t.$metadata?.clockSkewCorrected,K1=t=>{let e=new Set(["Failed to fetch","NetworkError when attempting to fetch resource","The Internet connection a\
ppears to be offline","Load failed","Network request failed"]);return t&&t instanceof TypeError?e.has(t.message):!1},Oc=t=>t.$metadata?.httpStatusCode===429||xw.
includes(t.name)||t.$retryable?.throttling==!0,Dc=(t,e=0)=>t?.name!=="AbortError"&&(W1(t)||q1(t)||t.name==="InvalidSignatureException"&&t.message?.includes("Sig\
nature expired")||Rw.includes(t.name)||ww.includes(t?.code||"")||Iw.includes(t?.code||"")||_w.includes(t.$metadata?.httpStatusCode||0)||K1(t)||J1(t)||t.cause!==
void 0&&e<=10&&Dc(t.cause,e+1)),vw=t=>{if(t.$metadata?.httpStatusCode!==void 0){let e=t.$metadata.httpStatusCode;return 500<=e&&e<=599&&!Dc(t)}return!1}});var Nc,X1,Aw,Cw=p(()=>{Nc=(t,e)=>{if(!e)return t;let r=()=>{},o=new Promise((s,n)=>{let i=()=>n(X1());e.aborted?i():typeof e.addEventListener=="function"?(e.addEventListener(
"abort",i,{once:!0}),r=()=>e.removeEventListener("abort",i)):e.onabort=i});return Promise.race([t,o]).finally(r)},X1=()=>Object.assign(new Error("Request aborte\
d"),{name:"AbortError"}),Aw=t=>typeof t=="object"&&t!==null&&"name"in t&&t.name==="AbortError"});var bw,Pw,Ow=p(()=>{bw="amz-sdk-invocation-id",Pw="amz-sdk-request"});function Dw(t,e){if(dt.isInstance(t))for(let r in t.headers){if(!C(t.headers,r))continue;let o=r.toLowerCase();if(o==="retry-after"){let s=t.headers[r],n=NaN;if(s.
endsWith("GMT"))try{n=(Mn(s).getTime()-Date.now())/1e3}catch(i){e?.trace?.("Failed to parse retry-after header"),e?.trace?.(i)}else s.match(/ GMT, ((\d+)|(\d+\.\d+))$/)?
n=Number(s.match(/ GMT, ([\d.]+)$/)?.[1]):s.match(/^((\d+)|(\d+\.\d+))$/)?n=Number(s):Date.parse(s)>=Date.now()&&(n=(Date.parse(s)-Date.now())/1e3);return isNaN(
n)?void 0:new Date(Date.now()+n*1e3)}else if(o==="x-amz-retry-after"){let s=t.headers[r],n=Number(s);if(isNaN(n)){e?.trace?.(`Failed to parse x-amz-retry-after=${s}`);
return}return new Date(Date.now()+n)}}}var Nw=p(()=>{Q();U();O()});var kw,$w=p(()=>{kw=t=>t instanceof Error?t:t instanceof Object?Object.assign(new Error,t):typeof t=="string"?new Error(t):new Error(`AWS SDK error wrapper for ${t}`)});function qf(t){return e=>(r,o)=>async s=>{let n=await e.retryStrategy(),i=await e.maxAttempts(),a=o[Ar]?.abortSignal;if(Y1(n)){n=n;let c=(o.partition_id??"")+(o.
__retryLongPoll?":longpoll":""),l=await Nc(n.acquireInitialRetryToken(c),a),u=new Error,d=0,m=0,{request:f}=s,g=j.isInstance(f);for(g&&(f.headers[bw]=of());;)try{
g&&(f.headers[Pw]=`attempt=${d+1}; max=${i}`);let{response:y,output:h}=await r(s);return n.recordSuccess(l),h.$metadata.attempts=d+1,h.$metadata.totalRetryDelay=
m,{response:y,output:h}}catch(y){let h=Q1(y,e.logger);if(u=kw(y),g&&t(f))throw(o.logger instanceof xe?console:o.logger)?.warn("An error was encountered in a non\
-retryable streaming request."),u;try{l=await Nc(n.refreshRetryTokenForRetry(l,h),a)}catch(x){throw a?.aborted&&Aw(x)?x:(u.$metadata||(u.$metadata={}),u.$metadata.
attempts=d+1,u.$metadata.totalRetryDelay=m,u)}d=l.getRetryCount();let S=l.getRetryDelay();m+=(l?.$retryLog?.acquisitionDelay??0)+S,S>0&&await Nc(new Promise(x=>setTimeout(
x,S)),a)}}else return n=n,n?.mode&&(o.userAgent=[...o.userAgent||[],["cfg/retry-mode",n.mode]]),n.retry(r,s)}}function Lw(t){let e=qf(t);return r=>({applyToStack:o=>{
o.add(e(r),eL)}})}var Y1,Q1,Z1,eL,Uw=p(()=>{v();U();O();Mr();Wf();Cw();Ow();Nw();$w();Y1=t=>typeof t.acquireInitialRetryToken<"u"&&typeof t.refreshRetryTokenForRetry<
"u"&&typeof t.recordSuccess<"u",Q1=(t,e)=>{let r={error:t,errorType:Z1(t)},o=Dw(t.$response,e);return o&&(r.retryAfterHint=o),r},Z1=t=>Oc(t)?"THROTTLING":Dc(t)?
"TRANSIENT":vw(t)?"SERVER_ERROR":"CLIENT_ERROR",eL={name:"retryMiddleware",tags:["RETRY"],step:"finalizeRequest",priority:"high",override:!0}});var kc,Fw=p(()=>{Wf();kc=class t{static setTimeoutFn=(e,r)=>setTimeout(e,r);beta;minCapacity;minFillRate;scaleConstant;smooth;enabled=!1;availableTokens=0;lastMaxRate=0;measuredTxRate=0;requestCount=0;fillRate;lastThrottleTime;lastTimestamp=0;lastTxRateBucket;maxCapacity;timeWindow=0;constructor(e){
this.beta=e?.beta??.7,this.minCapacity=e?.minCapacity??1,this.minFillRate=e?.minFillRate??.5,this.scaleConstant=e?.scaleConstant??.4,this.smooth=e?.smooth??.8,this.
lastThrottleTime=this.getCurrentTimeInSeconds(),this.lastTxRateBucket=Math.floor(this.getCurrentTimeInSeconds()),this.fillRate=this.minFillRate,this.maxCapacity=
this.minCapacity}async getSendToken(){return this.acquireTokenBucket(1)}updateClientSendingRate(e){let r;this.updateMeasuredRate();let o=e;if(o?.errorType==="TH\
ROTTLING"||Oc(o?.error??e)){let i=this.enabled?Math.min(this.measuredTxRate,this.fillRate):this.measuredTxRate;this.lastMaxRate=i,this.calculateTimeWindow(),this.
lastThrottleTime=this.getCurrentTimeInSeconds(),r=this.cubicThrottle(i),this.enableTokenBucket()}else this.calculateTimeWindow(),r=this.cubicSuccess(this.getCurrentTimeInSeconds());
let n=Math.min(r,2*this.measuredTxRate);this.updateTokenBucketRate(n)}getCurrentTimeInSeconds(){return Date.now()/1e3}async acquireTokenBucket(e){if(this.enabled){
for(this.refillTokenBucket();e>this.availableTokens;){let r=(e-this.availableTokens)/this.fillRate*1e3;await new Promise(o=>t.setTimeoutFn(o,r)),this.refillTokenBucket()}
this.availableTokens=this.availableTokens-e}}refillTokenBucket(){let e=this.getCurrentTimeInSeconds();if(!this.lastTimestamp){this.lastTimestamp=e;return}let r=(e-
this.lastTimestamp)*this.fillRate;this.availableTokens=Math.min(this.maxCapacity,this.availableTokens+r),this.lastTimestamp=e}calculateTimeWindow(){this.timeWindow=
this.getPrecise(Math.pow(this.lastMaxRate*(1-this.beta)/this.scaleConstant,1/3))}cubicThrottle(e){return this.getPrecise(e*this.beta)}cubicSuccess(e){return this.
getPrecise(this.scaleConstant*Math.pow(e-this.lastThrottleTime-this.timeWindow,3)+this.lastMaxRate)}enableTokenBucket(){this.enabled=!0}updateTokenBucketRate(e){
this.refillTokenBucket(),this.fillRate=Math.max(e,this.minFillRate),this.maxCapacity=Math.max(e,this.minCapacity),this.availableTokens=Math.min(this.availableTokens,
this.maxCapacity)}updateMeasuredRate(){let e=this.getCurrentTimeInSeconds(),r=Math.floor(e*2)/2;if(this.requestCount++,r>this.lastTxRateBucket){let o=this.requestCount/
(r-this.lastTxRateBucket);this.measuredTxRate=this.getPrecise(o*this.smooth+this.measuredTxRate*(1-this.smooth)),this.requestCount=0,this.lastTxRateBucket=r}}getPrecise(e){
return parseFloat(e.toFixed(8))}}});var hr,$c=p(()=>{hr=class{static v2026=!0;static delay(){return 50}static throttlingDelay(){return 1e3}static cost(){return 14}static throttlingCost(){return 5}static modifiedCostType(){
return"THROTTLING"}}});var Lc,Mw=p(()=>{$c();Lc=class{x=hr.delay();computeNextBackoffDelay(e){let s=Math.random()*Math.min(this.x*2**e,2e4);return Math.floor(s)}setDelayBase(e){this.x=
e}}});var gi,Hw=p(()=>{gi=class{delay;count;cost;longPoll;$retryLog={acquisitionDelay:0};constructor(e,r,o,s){this.delay=e,this.count=r,this.cost=o,this.longPoll=s}getRetryCount(){
return this.count}getRetryDelay(){return Math.min(2e4,this.delay)}getRetryCost(){return this.cost}isLongPoll(){return this.longPoll}}});var yr,Eo,Ve,hi=p(()=>{(function(t){t.STANDARD="standard",t.ADAPTIVE="adaptive"})(yr||(yr={}));Eo=3,Ve=yr.STANDARD});var Uc,os,Kf=p(()=>{Mw();Hw();hi();$c();Uc={incompatible:1,attempts:2,capacity:3},os=class{mode=yr.STANDARD;retryBackoffStrategy;capacity=500;maxAttemptsProvider;baseDelay;constructor(e){
typeof e=="number"?this.maxAttemptsProvider=async()=>e:typeof e=="function"?this.maxAttemptsProvider=e:e&&typeof e=="object"&&(this.maxAttemptsProvider=async()=>e.
maxAttempts,this.baseDelay=e.baseDelay,this.retryBackoffStrategy=e.backoff),this.maxAttemptsProvider??=async()=>Eo,this.baseDelay??=hr.delay(),this.retryBackoffStrategy??=
new Lc}async acquireInitialRetryToken(e){return new gi(hr.delay(),0,void 0,e.includes(":longpoll"))}async refreshRetryTokenForRetry(e,r){let o=await this.getMaxAttempts(),
s=this.retryCode(e,r,o),n=s===0,i=e.isLongPoll?.();if(n||i){let a=r.errorType;this.retryBackoffStrategy.setDelayBase(a==="THROTTLING"?hr.throttlingDelay():this.
baseDelay);let c=this.retryBackoffStrategy.computeNextBackoffDelay(e.getRetryCount()),l=c;if(r.retryAfterHint instanceof Date&&(l=Math.max(c,Math.min(r.retryAfterHint.
getTime()-Date.now(),c+5e3))),n){let u=this.getCapacityCost(a);this.capacity-=u;let d=new gi(0,e.getRetryCount()+1,u,e.isLongPoll?.()??!1);return await new Promise(
m=>setTimeout(m,l)),d.$retryLog.acquisitionDelay=l,d}else{let u=s===Uc.capacity&&i?l:0;u>0&&await new Promise(d=>setTimeout(d,u))}}throw new Error("No retry tok\
en available")}recordSuccess(e){this.capacity=Math.min(500,this.capacity+(e.getRetryCost()??1))}getCapacity(){return this.capacity}async maxAttempts(){return this.
maxAttemptsProvider()}async getMaxAttempts(){try{return await this.maxAttemptsProvider()}catch{return console.warn(`Max attempts provider could not resolve. Usi\
ng default of ${Eo}`),Eo}}retryCode(e,r,o){let s=e.getRetryCount()+1,n=this.isRetryableError(r.errorType)?0:Uc.incompatible,i=s<o?0:Uc.attempts,a=this.capacity>=
this.getCapacityCost(r.errorType)?0:Uc.capacity;return n||i||a}getCapacityCost(e){return e===hr.modifiedCostType()?hr.throttlingCost():hr.cost()}isRetryableError(e){
return e==="THROTTLING"||e==="TRANSIENT"}}});var Fc,Bw=p(()=>{Fw();Kf();hi();Fc=class{mode=yr.ADAPTIVE;rateLimiter;standardRetryStrategy;constructor(e,r){let{rateLimiter:o}=r??{};this.rateLimiter=o??new kc,
this.standardRetryStrategy=r?new os({maxAttempts:typeof e=="number"?e:3,...r}):new os(e)}async acquireInitialRetryToken(e){let r=await this.standardRetryStrategy.
acquireInitialRetryToken(e);return await this.rateLimiter.getSendToken(),r}async refreshRetryTokenForRetry(e,r){this.rateLimiter.updateClientSendingRate(r);let o=await this.
standardRetryStrategy.refreshRetryTokenForRetry(e,r);return await this.rateLimiter.getSendToken(),o}recordSuccess(e){this.rateLimiter.updateClientSendingRate({}),
this.standardRetryStrategy.recordSuccess(e)}async maxAttemptsProvider(){return this.standardRetryStrategy.maxAttempts()}}});var Jf,Xf,$t,Lt,Gw,jw,Ut,zw=p(()=>{v();Bw();Kf();hi();$c();Jf="AWS_MAX_ATTEMPTS",Xf="max_attempts",$t={environmentVariableSelector:t=>{let e=t[Jf];if(!e)return;
let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Environment variable ${Jf} mast be a number, got "${e}"`);return r},configFileSelector:t=>{let e=t[Xf];if(!e)
return;let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Shared config file entry ${Xf} mast be a number, got "${e}"`);return r},default:Eo},Lt=(t,e)=>{let{
retryStrategy:r,retryMode:o}=t,{defaultMaxAttempts:s=Eo,defaultBaseDelay:n=hr.delay()}=e??{},i=W(t.maxAttempts??s),a=r?Promise.resolve(r):void 0,c=async()=>{let l=await i();
return await W(o)()===yr.ADAPTIVE?new Fc(i,{maxAttempts:l,baseDelay:n}):new os({maxAttempts:l,baseDelay:n})};return Object.assign(t,{maxAttempts:i,retryStrategy:()=>a??=
c()})},Gw="AWS_RETRY_MODE",jw="retry_mode",Ut={environmentVariableSelector:t=>t[Gw],configFileSelector:t=>t[jw],default:Ve}});var Ore,er,st=p(()=>{Ew();Uw();hi();zw();Ore=qf(Vf),er=Lw(Vf)});async function Vw(t,e,r){if(r.request?.headers?.["smithy-protocol"]==="rpc-v2-cbor"&&Ur(t,"PROTOCOL_RPC_V2_CBOR","M"),typeof e.retryStrategy=="function"){let n=await e.
retryStrategy();if(typeof n.mode=="string")switch(n.mode){case yr.ADAPTIVE:Ur(t,"RETRY_MODE_ADAPTIVE","F");break;case yr.STANDARD:Ur(t,"RETRY_MODE_STANDARD","E");
break}}if(typeof e.accountIdEndpointMode=="function"){let n=t.endpointV2;switch(String(n?.url?.hostname).match(oL)&&Ur(t,"ACCOUNT_ID_ENDPOINT","O"),await e.accountIdEndpointMode?.()){case"\
disabled":Ur(t,"ACCOUNT_ID_MODE_DISABLED","Q");break;case"preferred":Ur(t,"ACCOUNT_ID_MODE_PREFERRED","P");break;case"required":Ur(t,"ACCOUNT_ID_MODE_REQUIRED",
"R");break}}let s=t.__smithy_context?.selectedHttpAuthScheme?.identity;if(s?.$source){let n=s;n.accountId&&Ur(t,"RESOLVED_ACCOUNT_ID","T");for(let[i,a]of Object.
entries(n.$source??{}))Ur(t,i,a)}}var oL,Ww=p(()=>{st();Yy();oL=/\d{12}\.ddb/});var Yf,Mc,qw,Kw,Jw=p(()=>{Yf="user-agent",Mc="x-amz-user-agent",qw=/[^!$%&'*+\-.^_`|~\w]/g,Kw=/[^!$%&'*+\-.^_`|~\w#]/g});function Xw(t){let e="";for(let r in t){let o=t[r];if(e.length+o.length+1<=1024){e.length?e+=","+o:e+=o;continue}break}return e}var Yw=p(()=>{});var e0,Hc,t0,Ft,r0=p(()=>{U();zf();Ww();Jw();Yw();e0=t=>(e,r)=>async o=>{let{request:s}=o;if(!j.isInstance(s))return e(o);let{headers:n}=s,i=r?.userAgent?.map(Hc)||
[],a=(await t.defaultUserAgentProvider()).map(Hc);await Vw(r,t,o);let c=r;a.push(`m/${Xw(Object.assign({},r.__smithy_context?.features,c.__aws_sdk_context?.features))}`);
let l=t?.customUserAgent?.map(Hc)||[],u=await t.userAgentAppId();u&&a.push(Hc(["app",`${u}`]));let d=yw(),m=(d?[d]:[]).concat([...a,...i,...l]).join(" "),f=[...a.
filter(g=>g.startsWith("aws-sdk-")),...l].join(" ");return t.runtime!=="browser"?(f&&(n[Mc]=n[Mc]?`${n[Yf]} ${f}`:f),n[Yf]=m):n[Mc]=m,e({...o,request:s})},Hc=t=>{
let e=t[0].split("/").map(i=>i.replace(qw,"-")).join("/"),r=t[1]?.replace(Kw,"-"),o=e.indexOf("/"),s=e.substring(0,o),n=e.substring(o+1);return s==="api"&&(n=n.
toLowerCase()),[s,n,r].filter(i=>i&&i.length>0).reduce((i,a,c)=>{switch(c){case 0:return a;case 1:return`${i}/${a}`;default:return`${i}#${a}`}},"")},t0={name:"g\
etUserAgentMiddleware",step:"build",priority:"low",tags:["SET_USER_AGENT","USER_AGENT"],override:!0},Ft=t=>({applyToStack:e=>{e.add(e0(t),t0)}})});var Bc,o0,s0=p(()=>{Bc=require("node:process"),o0=()=>{let t=["deno","bun","llrt"];for(let e of t)if(Bc.versions[e])return[`md/${e}`,Bc.versions[e]];return["md/\
nodejs",Bc.versions.node]}});var Zf,n0=p(()=>{Zf={isCrtAvailable:!1}});var i0,a0=p(()=>{n0();i0=()=>Zf.isCrtAvailable?["md/crt-avail"]:null});var Gc,eg,Mt,c0=p(()=>{Gc=require("node:os"),eg=require("node:process");s0();a0();Mt=({serviceId:t,clientVersion:e})=>{let r=o0();return async o=>{let s=[["aws-\
sdk-js",e],["ua","2.1"],[`os/${(0,Gc.platform)()}`,(0,Gc.release)()],["lang/js"],r],n=i0();n&&s.push(n),t&&s.push([`api/${t}`,e]),eg.env.AWS_EXECUTION_ENV&&s.push(
[`exec-env/${eg.env.AWS_EXECUTION_ENV}`]);let i=await o?.userAgentAppId?.();return i?[...s,[`app/${i}`]]:[...s]}}});var p0,l0,sL,Ht,u0=p(()=>{jf();p0="AWS_SDK_UA_APP_ID",l0="sdk_ua_app_id",sL="sdk-ua-app-id",Ht={environmentVariableSelector:t=>t[p0],configFileSelector:t=>t[l0]??
t[sL],default:Pc}});var d0=p(()=>{z()});var tg,m0=p(()=>{z();d0();tg=(t,e=!1)=>{if(e){for(let r of t.split("."))if(!tg(r))return!1;return!0}return!(!Hr(t)||t.length<3||t.length>63||t!==t.toLowerCase()||
Ws(t))}});var f0,g0=p(()=>{f0=t=>{let e=t.split(":");if(e.length<6)return null;let[r,o,s,n,i,...a]=e;if(r!=="arn"||o===""||s===""||a.join(":")==="")return null;let c=a.map(
l=>l.split("/")).flat();return{partition:o,service:s,region:n,accountId:i,resourceId:c}}});var nt,h0=p(()=>{z();m0();g0();zf();nt={isVirtualHostableS3Bucket:tg,parseArn:f0,partition:hw};Ae.aws=nt});function rg(t={}){return _({...ve,async default(){return y0.silence||console.warn("@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credenti\
al-providers README and set a region explicitly."),"us-east-1"}},{...He,...t})}var y0,S0=p(()=>{L();y0={silence:!1}});var Bt,Gt,E0=p(()=>{Bt=t=>({setRegion(e){t.region=e},region(){return t.region}}),Gt=t=>({region:t.region()})});var F=p(()=>{Jy();Xy();Qy();G_();V_();Z_();jf();r0();c0();u0();h0();S0();E0()});var jc,zc,x0=p(()=>{U();jc=t=>dt.isInstance(t)?t.headers?.date??t.headers?.Date:void 0,zc=t=>dt.isInstance(t)?t.headers?.age??t.headers?.Age:void 0});var yi,R0=p(()=>{yi=t=>new Date(Date.now()+t)});var Vc,_0=p(()=>{Vc=(t,e,r,o)=>{if(o!==void 0)return e;let s=Date.parse(t);if(Number.isNaN(s))return e;let n=Date.now();return r!==void 0&&n-r>9e5?e:s-n}});var og=p(()=>{x0();R0();_0()});var Si,nL,Ei,ne,sg=p(()=>{U();Mr();og();Si=(t,e)=>{if(!e)throw new Error(`Property \`${t}\` is not resolved for AWS SDK SigV4Auth`);return e},nL=t=>t.context?.[Ar]?.
eventStream?.output===!0,Ei=async t=>{let e=Si("context",t.context),r=Si("config",t.config),o=e.endpointV2?.properties?.authSchemes?.[0],n=await Si("signer",r.signer)(
o),i=t?.signingRegion,a=t?.signingRegionSet,c=t?.signingName;return{config:r,signer:n,signingRegion:i,signingRegionSet:a,signingName:c}},ne=class{async sign(e,r,o){
if(!j.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");let s=await Ei(o),{config:n,signer:i}=s,{signingRegion:a,
signingName:c}=s,l=o.context;if(l?.authSchemes?.length??!1){let[f,g]=l.authSchemes;f?.name==="sigv4a"&&g?.name==="sigv4"&&(a=g?.signingRegion??a,c=g?.signingName??
c)}let u=await n.disableClockSkewCorrection?.()===!0;o._disableClockSkewCorrection=u;let d=u||nL(o);return o._skipClockSkewSampling=d,d||(o._preRequestSystemClockOffset=
n.systemClockOffset,o._requestSentAt=Date.now()),await i.sign(e,{signingDate:u?new Date:yi(n.systemClockOffset),signingRegion:a,signingService:c})}errorHandler(e){
return r=>{let o=r;if(!e._skipClockSkewSampling&&!e._disableClockSkewCorrection){let s=o.ServerTime??jc(o.$response);if(s){let n=Si("config",e.config),i=e._preRequestSystemClockOffset,
a=e._requestSentAt,c=zc(o.$response),l=Vc(s,n.systemClockOffset,a,c);n.systemClockOffset=l,Math.abs(l)>=24e4&&(l!==i||i!==void 0&&i!==l)&&o.$metadata&&(o.$metadata.
clockSkewCorrected=!0)}}throw r}}successHandler(e,r){if(r._skipClockSkewSampling||r._disableClockSkewCorrection)return;let o=jc(e);if(o){let s=Si("config",r.config),
n=r._requestSentAt,i=zc(e);s.systemClockOffset=Vc(o,s.systemClockOffset,n,i)}}}});var _r,w0=p(()=>{U();og();sg();_r=class extends ne{async sign(e,r,o){if(!j.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and ca\
nnot be signed");let{config:s,signer:n,signingRegion:i,signingRegionSet:a,signingName:c}=await Ei(o),u=(await s.sigv4aSigningRegionSet?.()??a??[i]).join(","),d=await s.
disableClockSkewCorrection?.()===!0;return o._disableClockSkewCorrection=d,d||(o._preRequestSystemClockOffset=s.systemClockOffset,o._requestSentAt=Date.now()),await n.
sign(e,{signingDate:d?new Date:yi(s.systemClockOffset),signingRegion:u,signingService:c})}}});var ng,I0=p(()=>{ng=t=>typeof t=="string"&&t.length>0?t.split(",").map(e=>e.trim()):[]});var T0,v0=p(()=>{T0=t=>`AWS_BEARER_TOKEN_${t.replace(/[\s-]/g,"_").toUpperCase()}`});var A0,C0,it,b0=p(()=>{I0();v0();A0="AWS_AUTH_SCHEME_PREFERENCE",C0="auth_scheme_preference",it={environmentVariableSelector:(t,e)=>{if(e?.signingName&&T0(e.signingName)in
t)return["httpBearerAuth"];if(A0 in t)return ng(t[A0])},configFileSelector:t=>{if(C0 in t)return ng(t[C0])},default:[]}});var nn,an,P0=p(()=>{De();L();nn=t=>(t.sigv4aSigningRegionSet=Pr(t.sigv4aSigningRegionSet),t),an={environmentVariableSelector(t){if(t.AWS_SIGV4A_SIGNING_REGION_SET)
return t.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map(e=>e.trim());throw new Ze("AWS_SIGV4A_SIGNING_REGION_SET not set in env.",{tryNextLink:!0})},configFileSelector(t){
if(t.sigv4a_signing_region_set)return(t.sigv4a_signing_region_set??"").split(",").map(e=>e.trim());throw new Ze("sigv4a_signing_region_set not set in profile.",
{tryNextLink:!0})},default:void 0}});function D0(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var Wc,O0,iL,ig,N0=p(()=>{O();O();Wc=class{format(e){let r=[];for(let n in e){
if(!C(e,n))continue;let i=oe(n);r.push(Uint8Array.from([i.byteLength]),i,this.formatHeaderValue(e[n]))}let o=new Uint8Array(r.reduce((n,i)=>n+i.byteLength,0)),s=0;
for(let n of r)o.set(n,s),s+=n.byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.
from([2,e.value]);case"short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(
new ArrayBuffer(5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let s=new Uint8Array(9);return s[0]=5,s.set(e.value.bytes,
1),s;case"binary":let n=new DataView(new ArrayBuffer(3+e.value.byteLength));n.setUint8(0,6),n.setUint16(1,e.value.byteLength,!1);let i=new Uint8Array(n.buffer);
return i.set(e.value,3),i;case"string":let a=oe(e.value),c=new DataView(new ArrayBuffer(3+a.byteLength));c.setUint8(0,7),c.setUint16(1,a.byteLength,!1);let l=new Uint8Array(
c.buffer);return l.set(a,3),l;case"timestamp":let u=new Uint8Array(9);return u[0]=8,u.set(ig.fromNumber(e.value.valueOf()).bytes,1),u;case"uuid":if(!iL.test(e.value))
throw new Error(`Invalid UUID received: ${e.value}`);let d=new Uint8Array(17);return d[0]=9,d.set(Bn(e.value.replace(/-/g,"")),1),d}}};(function(t){t[t.boolTrue=
0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=6]="byteArray",t[t.
string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(O0||(O0={}));iL=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,ig=class t{bytes;constructor(e){
if(this.bytes=e,e.byteLength!==8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(
`${e} is too large (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,s=Math.abs(Math.round(e));o>-1&&s>0;o--,s/=256)r[o]=
s;return e<0&&D0(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&D0(e),parseInt(le(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var k0,$0,ag,L0,U0,cg,pg,lg,ug,aL,F0,M0,xi,H0,B0,G0,j0,qc,z0,V0,W0,dg,q0,ns=p(()=>{k0="X-Amz-Algorithm",$0="X-Amz-Credential",ag="X-Amz-Date",L0="X-Amz-SignedHe\
aders",U0="X-Amz-Expires",cg="X-Amz-Signature",pg="X-Amz-Security-Token",lg="authorization",ug=ag.toLowerCase(),aL="date",F0=[lg,ug,aL],M0=cg.toLowerCase(),xi="\
x-amz-content-sha256",H0=pg.toLowerCase(),B0={authorization:!0,"cache-control":!0,connection:!0,expect:!0,from:!0,"keep-alive":!0,"max-forwards":!0,pragma:!0,referer:!0,
te:!0,trailer:!0,"transfer-encoding":!0,upgrade:!0,"user-agent":!0,"x-amzn-trace-id":!0},G0=/^proxy-/,j0=/^sec-/,qc="AWS4-HMAC-SHA256",z0="AWS4-HMAC-SHA256-PAYL\
OAD",V0="UNSIGNED-PAYLOAD",W0=50,dg="aws4_request",q0=3600*24*7});var K0,J0=p(()=>{O();U();ns();K0=({query:t={}})=>{let e=[],r={};for(let o in t){if(!C(t,o)||o.toLowerCase()===M0)continue;let s=br(o);e.push(s);let n=t[o];typeof n==
"string"?r[s]=`${s}=${br(n)}`:Array.isArray(n)&&(r[s]=n.slice(0).reduce((i,a)=>i.concat([`${s}=${br(a)}`]),[]).sort().join("&"))}return e.sort().map(o=>r[o]).filter(
o=>o).join("&")}});var X0,cL,Y0=p(()=>{X0=t=>cL(t).toISOString().replace(/\.\d{3}Z$/,"Z"),cL=t=>typeof t=="number"?new Date(t*1e3):typeof t=="string"?Number(t)?new Date(Number(t)*
1e3):new Date(t):t});var Kc,Q0=p(()=>{v();U();O();J0();Y0();Kc=class{service;regionProvider;credentialProvider;sha256;uriEscapePath;applyChecksum;constructor({applyChecksum:e,credentials:r,
region:o,service:s,sha256:n,uriEscapePath:i=!0}){this.service=s,this.sha256=n,this.uriEscapePath=i,this.applyChecksum=typeof e=="boolean"?e:!0,this.regionProvider=
W(o),this.credentialProvider=W(r)}createCanonicalRequest(e,r,o){let s=Object.keys(r).sort();return`${e.method}
${this.getCanonicalPath(e)}
${K0(e)}
${s.map(n=>`${n}:${r[n]}`).join(`
`)}

${s.join(";")}
${o}`}async createStringToSign(e,r,o,s){let n=new this.sha256;n.update(mr(o));let i=await n.digest();return`${s}
${e}
${r}
${le(i)}`}getCanonicalPath({path:e}){if(this.uriEscapePath){let r=[];for(let n of e.split("/"))n?.length!==0&&n!=="."&&(n===".."?r.pop():r.push(n));let o=`${e?.
startsWith("/")?"/":""}${r.join("/")}${r.length>0&&e?.endsWith("/")?"/":""}`;return br(o).replace(/%2F/g,"/")}return e}validateResolvedCredentials(e){if(typeof e!=
"object"||typeof e.accessKeyId!="string"||typeof e.secretAccessKey!="string")throw new Error("Resolved credential object is not valid")}formatDate(e){let r=X0(e).
replace(/[-:]/g,"");return{longDate:r,shortDate:r.slice(0,8)}}getCanonicalHeaderList(e){return Object.keys(e).sort().join(";")}}});var Jc,mg,Xc,eI,Z0,tI=p(()=>{O();ns();Jc={},mg=[],Xc=(t,e,r)=>`${t}/${e}/${r}/${dg}`,eI=async(t,e,r,o,s)=>{let n=await Z0(t,e.secretAccessKey,e.accessKeyId),i=`${r}\
:${o}:${s}:${le(n)}:${e.sessionToken}`;if(i in Jc)return Jc[i];for(mg.push(i);mg.length>W0;)delete Jc[mg.shift()];let a=`AWS4${e.secretAccessKey}`;for(let c of[
r,o,s,dg])a=await Z0(t,a,c);return Jc[i]=a},Z0=(t,e,r)=>{let o=new t(e);return o.update(mr(r)),o.digest()}});var fg,rI=p(()=>{O();ns();fg=({headers:t},e,r)=>{let o={};for(let s of Object.keys(t).sort()){if(t[s]==null)continue;let n=s.toLowerCase();(C(B0,n)||e?.has(n)||
G0.test(n)||j0.test(n))&&(!r||r&&!r.has(n))||(n==="__proto__"&&eo(o),o[n]=t[s].replace(/[\r\n]/g," ").replace(/[ \t]+/g," ").replace(/^ | $/g,""))}return o}});var Yc,oI=p(()=>{O();O();ns();Yc=async({headers:t,body:e},r)=>{for(let o in t)if(C(t,o)&&o.toLowerCase()===xi)return t[o];if(e==null)return"e3b0c44298fc1c149afb\
f4c8996fb92427ae41e4649b934ca495991b7852b855";if(typeof e=="string"||ArrayBuffer.isView(e)||Un(e)){let o=new r;return o.update(mr(e)),le(await o.digest())}return V0}});var sI,nI=p(()=>{O();sI=(t,e)=>{t=t.toLowerCase();for(let r in e)if(C(e,r)&&t===r.toLowerCase())return!0;return!1}});var iI,aI=p(()=>{O();U();iI=(t,e={})=>{let{headers:r,query:o={}}=j.clone(t);for(let s in r){if(!C(r,s))continue;let n=s.toLowerCase();(n.slice(0,6)==="x-amz-"&&
!e.unhoistableHeaders?.has(n)||e.hoistableHeaders?.has(n))&&(o[s]=r[s],delete r[s])}return{...t,headers:r,query:o}}});var gg,cI=p(()=>{O();U();ns();gg=t=>{t=j.clone(t);for(let e in t.headers)C(t.headers,e)&&F0.indexOf(e.toLowerCase())>-1&&delete t.headers[e];return t}});var xo,pI=p(()=>{O();N0();Q0();ns();tI();rI();oI();nI();aI();cI();xo=class extends Kc{headerFormatter=new Wc;constructor({applyChecksum:e,credentials:r,region:o,
service:s,sha256:n,uriEscapePath:i=!0}){super({applyChecksum:e,credentials:r,region:o,service:s,sha256:n,uriEscapePath:i})}async presign(e,r={}){let{signingDate:o=new Date,
expiresIn:s=3600,unsignableHeaders:n,unhoistableHeaders:i,signableHeaders:a,hoistableHeaders:c,signingRegion:l,signingService:u}=r,d=await this.credentialProvider();
this.validateResolvedCredentials(d);let m=l??await this.regionProvider(),{longDate:f,shortDate:g}=this.formatDate(o);if(s>q0)return Promise.reject("Signature ve\
rsion 4 presigned URLs must have an expiration date less than one week in the future");let y=Xc(g,m,u??this.service),h=iI(gg(e),{unhoistableHeaders:i,hoistableHeaders:c});
d.sessionToken&&(h.query[pg]=d.sessionToken),h.query[k0]=qc,h.query[$0]=`${d.accessKeyId}/${y}`,h.query[ag]=f,h.query[U0]=s.toString(10);let S=fg(h,n,a);return h.
query[L0]=this.getCanonicalHeaderList(S),h.query[cg]=await this.getSignature(f,y,this.getSigningKey(d,m,g,u),this.createCanonicalRequest(h,S,await Yc(e,this.sha256))),
h}async sign(e,r){return typeof e=="string"?this.signString(e,r):e.headers&&e.payload?this.signEvent(e,r):e.message?this.signMessage(e,r):this.signRequest(e,r)}async signEvent({
headers:e,payload:r},{signingDate:o=new Date,priorSignature:s,signingRegion:n,signingService:i,eventStreamCredentials:a}){let c=n??await this.regionProvider(),{
shortDate:l,longDate:u}=this.formatDate(o),d=Xc(l,c,i??this.service),m=await Yc({headers:{},body:r},this.sha256),f=new this.sha256;f.update(e);let g=le(await f.
digest()),y=[z0,u,d,s,g,m].join(`
`);return this.signString(y,{signingDate:o,signingRegion:c,signingService:i,eventStreamCredentials:a})}async signMessage(e,{signingDate:r=new Date,signingRegion:o,
signingService:s,eventStreamCredentials:n}){return this.signEvent({headers:this.headerFormatter.format(e.message.headers),payload:e.message.body},{signingDate:r,
signingRegion:o,signingService:s,priorSignature:e.priorSignature,eventStreamCredentials:n}).then(a=>({message:e.message,signature:a}))}async signString(e,{signingDate:r=new Date,
signingRegion:o,signingService:s,eventStreamCredentials:n}={}){let i=n??await this.credentialProvider();this.validateResolvedCredentials(i);let a=o??await this.
regionProvider(),{shortDate:c}=this.formatDate(r),l=new this.sha256(await this.getSigningKey(i,a,c,s));return l.update(mr(e)),le(await l.digest())}async signRequest(e,{
signingDate:r=new Date,signableHeaders:o,unsignableHeaders:s,signingRegion:n,signingService:i}={}){let a=await this.credentialProvider();this.validateResolvedCredentials(
a);let c=n??await this.regionProvider(),l=gg(e),{longDate:u,shortDate:d}=this.formatDate(r),m=Xc(d,c,i??this.service);l.headers[ug]=u,a.sessionToken&&(l.headers[H0]=
a.sessionToken);let f=await Yc(l,this.sha256);!sI(xi,l.headers)&&this.applyChecksum&&(l.headers[xi]=f);let g=fg(l,s,o),y=await this.getSignature(u,m,this.getSigningKey(
a,c,d,i),this.createCanonicalRequest(l,g,f));return l.headers[lg]=`${qc} Credential=${a.accessKeyId}/${m}, SignedHeaders=${this.getCanonicalHeaderList(g)}, Sign\
ature=${y}`,l}async getSignature(e,r,o,s){let n=await this.createStringToSign(e,r,s,qc),i=new this.sha256(await o);return i.update(mr(n)),le(await i.digest())}getSigningKey(e,r,o,s){
return eI(this.sha256,e,o,r,s||this.service)}}});var Qc,lI=p(()=>{Qc={SignatureV4a:null}});var Zc=p(()=>{pI();lI()});function pL(t,{credentials:e,credentialDefaultProvider:r}){let o;return e?e?.memoized?o=e:o=bc(e,Cc,fi):r?o=Pr(r(Object.assign({},t,{parentClientConfig:t}))):o=
async()=>{throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.")},o.memoized=!0,
o}function lL(t,e){if(e.configBound)return e;let r=async o=>e({...o,callerClientConfig:t});return r.memoized=e.memoized,r.configBound=!0,r}var hg,uI=p(()=>{F();
De();Zc();hg=t=>e=>{let r=e.credentials,o=!!e.credentials,s;Object.defineProperty(e,"credentials",{set(u){u&&u!==r&&u!==s&&(o=!0),r=u;let d=pL(e,{credentials:r,
credentialDefaultProvider:e.credentialDefaultProvider}),m=lL(e,d);if(o&&!m.attributed){let f=typeof r=="object"&&r!==null;s=async g=>{let h=await m(g);return f&&
(!h.$source||Object.keys(h.$source).length===0)?B(h,"CREDENTIALS_CODE","e"):h},s.memoized=m.memoized,s.configBound=m.configBound,s.attributed=!0}else s=m},get(){
return s},enumerable:!0,configurable:!0}),e.credentials=r;let{signingEscapePath:n=!0,systemClockOffset:i=e.systemClockOffset||0,sha256:a}=e,c;return e.signer?c=
Pr(e.signer):e.regionInfoProvider?c=()=>Pr(e.region)().then(async u=>[await e.regionInfoProvider(u,{useFipsEndpoint:await e.useFipsEndpoint(),useDualstackEndpoint:await e.
useDualstackEndpoint()})||{},u]).then(([u,d])=>{let{signingRegion:m,signingService:f}=u;e.signingRegion=e.signingRegion||m||d,e.signingName=e.signingName||f||e.
serviceId;let g={...e,credentials:e.credentials,region:e.signingRegion,service:e.signingName,sha256:a,uriEscapePath:n},y=e.signerConstructor||xo;return new y(g)}):
c=async u=>{u=Object.assign({},{name:"sigv4",signingName:e.signingName||e.defaultSigningName,signingRegion:await Pr(e.region)(),properties:{}},u);let d=u.signingRegion,
m=u.signingName;e.signingRegion=e.signingRegion||d,e.signingName=e.signingName||m||e.serviceId;let f={...e,credentials:e.credentials,region:e.signingRegion,service:e.
signingName,sha256:a,uriEscapePath:n},g=e.signerConstructor||xo;return new g(f)},Object.assign(e,{systemClockOffset:i,signingEscapePath:n,signer:c,disableClockSkewCorrection:Pr(
e.disableClockSkewCorrection??t)})}});var yg=p(()=>{sg();w0();b0();P0();uI()});var dL,mL,dI,mI=p(()=>{L();dL="AWS_DISABLE_CLOCK_SKEW_CORRECTION",mL="disable_clock_skew_correction",dI={environmentVariableSelector:t=>gr(t,dL,gt.ENV),configFileSelector:t=>gr(
t,mL,gt.CONFIG),default:!1}});var fI,gI=p(()=>{L();mI();fI=_(dI)});var tr,ye=p(()=>{yg();yg();gI();tr=hg(fI)});var Ri,hI=p(()=>{Ri={CrtSignerV4:null}});function SI(t){return{accessKeyId:t.accessKeyId,secretAccessKey:t.secretAccessKey,expiration:t.expiration}}function EI(t,e){let r=t.credentialProvider;t.credentialProvider=
()=>(t.credentialProvider=r,Promise.resolve(e))}var Sg,yI,ep,xI=p(()=>{Zc();Sg="X-Amz-S3session-Token",yI=Sg.toLowerCase(),ep=class extends xo{async signWithCredentials(e,r,o){
let s=SI(r);e.headers[yI]=r.sessionToken;let n=this;return EI(n,s),n.signRequest(e,o??{})}async presignWithCredentials(e,r,o){let s=SI(r);return delete e.headers[yI],
e.headers[Sg]=r.sessionToken,e.query=e.query??{},e.query[Sg]=r.sessionToken,EI(this,s),this.presign(e,o)}}});var Or,RI=p(()=>{Zc();hI();xI();Or=class{sigv4aSigner;sigv4Signer;signerOptions;static sigv4aDependency(){return typeof Ri.CrtSignerV4=="function"?"crt":typeof Qc.
SignatureV4a=="function"?"js":"none"}constructor(e){this.sigv4Signer=new ep(e),this.signerOptions=e}async sign(e,r={}){return r.signingRegion==="*"?this.getSigv4aSigner().
sign(e,r):this.sigv4Signer.sign(e,r)}async signWithCredentials(e,r,o={}){if(o.signingRegion==="*"){let s=this.getSigv4aSigner(),n=Ri.CrtSignerV4;if(n&&s instanceof
n)return s.signWithCredentials(e,r,o);throw new Error(`signWithCredentials with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signa\
ture-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require(\
"@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-\
sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.signWithCredentials(e,r,o)}async presign(e,r={}){if(r.signingRegion==="*"){let o=this.
getSigv4aSigner(),s=Ri.CrtSignerV4;if(s&&o instanceof s)return o.presign(e,r);throw new Error(`presign with signingRegion '*' is only supported when using the C\
RT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the \
package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to\
 https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.presign(e,r)}async presignWithCredentials(e,r,o={}){
if(o.signingRegion==="*")throw new Error("Method presignWithCredentials is not supported for [signingRegion=*].");return this.sigv4Signer.presignWithCredentials(
e,r,o)}getSigv4aSigner(){if(!this.sigv4aSigner){let e=Ri.CrtSignerV4,r=Qc.SignatureV4a;if(this.signerOptions.runtime==="node"){if(!e&&!r)throw new Error("Neithe\
r CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https\
://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt");if(e&&typeof e=="function")this.sigv4aSigner=new e({...this.signerOptions,signingAlgorithm:1});else if(r&&
typeof r=="function")this.sigv4aSigner=new r({...this.signerOptions});else throw new Error("Available SigV4a implementation is not a valid constructor. Please e\
nsure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functi\
onality-requiring-aws-common-runtime-crt")}else{if(!r||typeof r!="function")throw new Error("JS SigV4a implementation is not available or not a valid constructo\
r. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also re\
gister the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please \
go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a");this.sigv4aSigner=new r({...this.signerOptions})}}return this.sigv4aSigner}}});var _i=p(()=>{RI()});var Ti,vi,_g,wg,Ig,Tg,op,MI=p(()=>{F();L();Ti="AWS_ACCESS_KEY_ID",vi="AWS_SECRET_ACCESS_KEY",_g="AWS_SESSION_TOKEN",wg="AWS_CREDENTIAL_EXPIRATION",Ig="AWS_CREDE\
NTIAL_SCOPE",Tg="AWS_ACCOUNT_ID",op=t=>async()=>{t?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");let e=process.env[Ti],r=process.env[vi],o=process.
env[_g],s=process.env[wg],n=process.env[Ig],i=process.env[Tg];if(e&&r){let a={accessKeyId:e,secretAccessKey:r,...o&&{sessionToken:o},...s&&{expiration:new Date(
s)},...n&&{credentialScope:n},...i&&{accountId:i}};return B(a,"CREDENTIALS_ENV_VARS","g"),a}throw new w("Unable to find environment variable credentials.",{logger:t?.
logger})}});var HI={};pr(HI,{ENV_ACCOUNT_ID:()=>Tg,ENV_CREDENTIAL_SCOPE:()=>Ig,ENV_EXPIRATION:()=>wg,ENV_KEY:()=>Ti,ENV_SECRET:()=>vi,ENV_SESSION:()=>_g,fromEnv:()=>op});var vg=p(
()=>{MI()});var sp,np,Ag=p(()=>{sp=t=>!!t&&typeof t=="object"&&typeof t.AccessKeyId=="string"&&typeof t.SecretAccessKey=="string"&&typeof t.Token=="string"&&typeof t.Expiration==
"string",np=t=>({accessKeyId:t.AccessKeyId,secretAccessKey:t.SecretAccessKey,sessionToken:t.Token,expiration:new Date(t.Expiration),...t.AccountId&&{accountId:t.
AccountId}})});var BI,GI,ln,ip=p(()=>{BI=1e3,GI=0,ln=({maxRetries:t=0,timeout:e=1e3})=>({maxRetries:t,timeout:e})});var Cg,jI=p(()=>{Cg=io(require("node:http"))});function Ro(t){return new Promise((e,r)=>{let o=Cg.default.request({method:"GET",...t,hostname:t.hostname?.replace(/^\[(.+)\]$/,"$1")});o.on("error",s=>{r(Object.
assign(new Ze("Unable to connect to instance metadata service"),s)),o.destroy()}),o.on("timeout",()=>{r(new Ze("TimeoutError from instance metadata service")),o.
destroy()}),o.on("response",s=>{let{statusCode:n=400}=s;(n<200||300<=n)&&(r(Object.assign(new Ze("Error response received from instance metadata service"),{statusCode:n})),
o.destroy());let i=[];s.on("data",a=>{i.push(a)}),s.on("end",()=>{e(Buffer.concat(i)),o.destroy()})}),o.end()})}var ap=p(()=>{L();jI()});var Ai,bg=p(()=>{Ai=(t,e)=>{let r=t();for(let o=0;o<e;o++)r=r.catch(t);return r}});var un,Ci,cp,zI,_L,wL,IL,TL,vL,VI=p(()=>{L();Ag();ip();ap();bg();un="AWS_CONTAINER_CREDENTIALS_FULL_URI",Ci="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",cp="AWS_CON\
TAINER_AUTHORIZATION_TOKEN",zI=(t={})=>{let{timeout:e,maxRetries:r}=ln(t);return()=>Ai(async()=>{let o=await vL({logger:t.logger}),s=JSON.parse(await _L(e,o));if(!sp(
s))throw new w("Invalid response received from instance metadata service.",{logger:t.logger});return np(s)},r)},_L=async(t,e)=>(process.env[cp]&&(e.headers={...e.
headers,Authorization:process.env[cp]}),(await Ro({...e,timeout:t})).toString()),wL="169.254.170.2",IL=new Set(["localhost","127.0.0.1"]),TL=new Set(["http:","h\
ttps:"]),vL=async({logger:t})=>{if(process.env[Ci])return{hostname:wL,path:process.env[Ci]};if(process.env[un]){let e;try{e=new URL(process.env[un])}catch{throw new w(
`${process.env[un]} is not a valid container metadata service URL`,{tryNextLink:!1,logger:t})}if(!e.hostname||!IL.has(e.hostname))throw new w(`${e.hostname} is \
not a valid container metadata service hostname`,{tryNextLink:!1,logger:t});if(!e.protocol||!TL.has(e.protocol))throw new w(`${e.protocol} is not a valid contai\
ner metadata service protocol`,{tryNextLink:!1,logger:t});return{protocol:e.protocol,hostname:e.hostname,path:e.pathname+e.search,port:e.port?parseInt(e.port,10):
void 0}}throw new w(`The container metadata credential provider cannot be used unless the ${Ci} or ${un} environment variable is set`,{tryNextLink:!1,logger:t})}});var pp,WI=p(()=>{L();pp=class t extends w{tryNextLink;name="InstanceMetadataV1FallbackError";constructor(e,r=!0){super(e,r),this.tryNextLink=r,Object.setPrototypeOf(
this,t.prototype)}}});var as,Pg=p(()=>{(function(t){t.IPv4="http://169.254.169.254",t.IPv6="http://[fd00:ec2::254]"})(as||(as={}))});var AL,CL,qI,KI=p(()=>{AL="AWS_EC2_METADATA_SERVICE_ENDPOINT",CL="ec2_metadata_service_endpoint",qI={environmentVariableSelector:t=>t[AL],configFileSelector:t=>t[CL],
default:void 0}});var _o,Og=p(()=>{(function(t){t.IPv4="IPv4",t.IPv6="IPv6"})(_o||(_o={}))});var bL,PL,JI,XI=p(()=>{Og();bL="AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",PL="ec2_metadata_service_endpoint_mode",JI={environmentVariableSelector:t=>t[bL],configFileSelector:t=>t[PL],
default:_o.IPv4}});var lp,OL,DL,Dg=p(()=>{L();U();Pg();KI();Og();XI();lp=async()=>ge(await OL()||await DL()),OL=async()=>_(qI)(),DL=async()=>{let t=await _(JI)();switch(t){case _o.
IPv4:return as.IPv4;case _o.IPv6:return as.IPv6;default:throw new Error(`Unsupported endpoint mode: ${t}. Select from ${Object.values(_o)}`)}}});var NL,Ng,YI=p(()=>{NL="https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html",Ng=(t,e)=>{let r=300+Math.floor(Math.random()*300),o=new Date(
Date.now()+r*1e3);e.warn(`Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be atte\
mpted after ${new Date(o)}.
For more information, please visit: `+NL);let s=t.originalExpiration??t.expiration;return{...t,...s?{originalExpiration:s}:{},expiration:o}}});var QI,ZI=p(()=>{YI();QI=(t,e={})=>{let r=e?.logger||console,o;return async()=>{let s;try{s=await t(),s.expiration&&s.expiration.getTime()<Date.now()&&(s=Ng(s,r))}catch(n){
if(o)r.warn("Credential renew failed: ",n),s=Ng(o,r);else throw n}return o=s,s}}});var rT,kL,kg,eT,tT,oT,$L,LL,UL,FL,sT=p(()=>{L();WI();Ag();ip();ap();bg();Dg();ZI();rT="/latest/meta-data/iam/security-credentials/",kL="/latest/api/token",kg="A\
WS_EC2_METADATA_V1_DISABLED",eT="ec2_metadata_v1_disabled",tT="x-aws-ec2-metadata-token",oT=(t={})=>QI($L(t),{logger:t.logger}),$L=(t={})=>{let e=!1,{logger:r,profile:o}=t,
{timeout:s,maxRetries:n}=ln(t),i=async(a,c)=>{if(e||c.headers?.[tT]==null){let d=!1,m=!1,f=await _({environmentVariableSelector:g=>{let y=g[kg];if(m=!!y&&y!=="f\
alse",y===void 0)throw new w(`${kg} not set in env, checking config file next.`,{logger:t.logger});return m},configFileSelector:g=>{let y=g[eT];return d=!!y&&y!==
"false",d},default:!1},{profile:o})();if(t.ec2MetadataV1Disabled||f){let g=[];throw t.ec2MetadataV1Disabled&&g.push("credential provider initialization (runtime\
 option ec2MetadataV1Disabled)"),d&&g.push(`config file profile (${eT})`),m&&g.push(`process environment variable (${kg})`),new pp(`AWS EC2 Metadata v1 fallback\
 has been blocked by AWS SDK configuration in the following: [${g.join(", ")}].`)}}let u=(await Ai(async()=>{let d;try{d=await UL(c)}catch(m){throw m.statusCode===
401&&(e=!1),m}return d},a)).trim();return Ai(async()=>{let d;try{d=await FL(u,c,t)}catch(m){throw m.statusCode===401&&(e=!1),m}return d},a)};return async()=>{let a=await lp();
if(e)return r?.debug("AWS SDK Instance Metadata","using v1 fallback (no token fetch)"),i(n,{...a,timeout:s});{let c;try{c=(await LL({...a,timeout:s})).toString()}catch(l){
if(l?.statusCode===400)throw Object.assign(l,{message:"EC2 Metadata token request returned error"});return(l.message==="TimeoutError"||[403,404,405].includes(l.
statusCode))&&(e=!0),r?.debug("AWS SDK Instance Metadata","using v1 fallback (initial)"),i(n,{...a,timeout:s})}return i(n,{...a,headers:{[tT]:c},timeout:s})}}},
LL=async t=>Ro({...t,path:kL,method:"PUT",headers:{"x-aws-ec2-metadata-token-ttl-seconds":"21600"}}),UL=async t=>(await Ro({...t,path:rT})).toString(),FL=async(t,e,r)=>{
let o=JSON.parse((await Ro({...e,path:rT+t})).toString());if(!sp(o))throw new w("Invalid response received from instance metadata service.",{logger:r.logger});return np(
o)}});var up={};pr(up,{DEFAULT_MAX_RETRIES:()=>GI,DEFAULT_TIMEOUT:()=>BI,ENV_CMDS_AUTH_TOKEN:()=>cp,ENV_CMDS_FULL_URI:()=>un,ENV_CMDS_RELATIVE_URI:()=>Ci,Endpoint:()=>as,
fromContainerMetadata:()=>zI,fromInstanceMetadata:()=>oT,getInstanceMetadataEndpoint:()=>lp,httpRequest:()=>Ro,providerConfigFromInit:()=>ln});var dp=p(()=>{VI();
sT();ip();ap();Dg();Pg()});function $g(t){let e=t&&typeof t=="object"&&"reason"in t?t.reason:void 0;if(e){if(e instanceof Error){let s=new Error("Request aborted");return s.name="AbortErr\
or",s.cause=e,s}let o=new Error(String(e));return o.name="AbortError",o}let r=new Error("Request aborted");return r.name="AbortError",r}var nT=p(()=>{});var iT,aT=p(()=>{iT=["ECONNRESET","EPIPE","ETIMEDOUT"]});var cT,pT=p(()=>{O();cT=t=>{let e={};for(let r in t){if(!C(t,r))continue;let o=t[r];e[r]=Array.isArray(o)?o.join(","):o}return e}});var dn,lT=p(()=>{dn=io(require("node:https"))});var ue,cs=p(()=>{ue={setTimeout:(t,e)=>setTimeout(t,e),clearTimeout:t=>clearTimeout(t)}});var uT,dT,mT=p(()=>{cs();uT=1e3,dT=(t,e,r=0)=>{if(!r)return-1;let o=s=>{let n=ue.setTimeout(()=>{t.destroy(),e(Object.assign(new Error(`@smithy/node-http-handle\
r - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`),{name:"TimeoutError"}))},r-s),i=a=>{a?.connecting?
a.on("connect",()=>{ue.clearTimeout(n)}):ue.clearTimeout(n)};t.socket?i(t.socket):t.on("socket",i)};return r<2e3?(o(0),0):ue.setTimeout(o.bind(null,uT),uT)}});var fT,gT=p(()=>{cs();fT=(t,e,r=0,o,s)=>r?ue.setTimeout(()=>{let n=`@smithy/node-http-handler - [${o?"ERROR":"WARN"}] a request has exceeded the configured ${r}\
 ms requestTimeout.`;if(o){let i=Object.assign(new Error(n),{name:"TimeoutError",code:"ETIMEDOUT"});t.destroy(i),e(i)}else n+=" Init client requestHandler with \
throwOnRequestTimeout=true to turn this into an error.",s?.warn?.(n)},r):-1});var ML,hT,yT=p(()=>{cs();ML=3e3,hT=(t,{keepAlive:e,keepAliveMsecs:r},o=ML)=>{if(e!==!0)return-1;let s=()=>{t.socket?t.socket.setKeepAlive(e,r||0):t.on("socket",
n=>{n.setKeepAlive(e,r||0)})};return o===0?(s(),0):ue.setTimeout(s,o)}});var mp,ST=p(()=>{mp=t=>{let e=t?.defaultSocketTimeout;return typeof e=="number"&&Number.isFinite(e)&&e>0?e:void 0}});var HL,Lg,ET=p(()=>{cs();HL=3e3,Lg=(t,e,r=0,o=!1)=>{if(!Number.isFinite(r)||r<=0)return;let s;t.once("response",c=>s=c);let n=()=>{if(s?.complete){t.socket?.destroy();
return}let c=Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${o?"service default socket timeout":
"configured by client requestHandler"}).`),{name:"TimeoutError"});s?.destroy(c),t.destroy(),e(c)},i=()=>{let{socket:c}=t;c?c.connecting?c.once("connect",i):(c.setTimeout(
r,n),t.on("close",()=>c.removeListener("timeout",n))):t.once("socket",i)};if(r<6e3){i();return}let a=ue.setTimeout(i,HL);t.once("close",()=>ue.clearTimeout(a))}});async function _T(t,e,r=xT,o=!1){let s=e.headers,n=s?s.Expect||s.expect:void 0,i=-1,a=!0;!o&&n==="100-continue"&&(a=await Promise.race([new Promise(c=>{i=Number(
ue.setTimeout(()=>c(!0),Math.max(xT,r)))}),new Promise(c=>{t.on("continue",()=>{ue.clearTimeout(i),c(!0)}),t.on("response",()=>{ue.clearTimeout(i),c(!1)}),t.on(
"error",()=>{ue.clearTimeout(i),c(!1)})})])),a&&BL(t,e.body)}function BL(t,e){if(e instanceof RT.Readable){e.pipe(t);return}if(e){let r=Buffer.isBuffer(e);if(r||
typeof e=="string"){r&&e.byteLength===0?t.end():t.end(e);return}let s=e;if(typeof s=="object"&&s.buffer&&typeof s.byteOffset=="number"&&typeof s.byteLength=="nu\
mber"){t.end(Buffer.from(s.buffer,s.byteOffset,s.byteLength));return}t.end(Buffer.from(e));return}t.end()}var RT,xT,wT=p(()=>{RT=require("node:stream");cs();xT=
6e3});var fp,IT,be,TT=p(()=>{O();U();nT();aT();pT();lT();mT();gT();yT();ST();ET();cs();wT();be=class t{config;configProvider;socketWarningTimestamp=0;externalAgent=!1;metadata={
handlerProtocol:"http/1.1"};static create(e){return typeof e?.handle=="function"?e:new t(e)}static checkSocketUsage(e,r,o=console){let{sockets:s,requests:n,maxSockets:i}=e;
if(typeof i!="number"||i===1/0||Date.now()-15e3<r)return r;if(s&&n)for(let c in s){if(!C(s,c))continue;let l=s[c]?.length??0,u=n[c]?.length??0;if(l>=i&&u>=2*i)return o?.
warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${l} and ${u} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),Date.now()}return r}constructor(e){this.configProvider=new Promise((r,o)=>{
typeof e=="function"?e().then(s=>{r(this.resolveDefaultConfig(s))}).catch(o):r(this.resolveDefaultConfig(e))})}destroy(){this.config?.httpAgent?.destroy(),this.
config?.httpsAgent?.destroy()}async handle(e,{abortSignal:r,requestTimeout:o}={}){this.config||(this.config=await this.configProvider);let s=this.config,n=s.logger,
i=e.protocol==="https:";return!i&&!this.config.httpAgent&&(this.config.httpAgent=await this.config.httpAgentProvider()),new Promise((a,c)=>{let l,u=-1,d=-1,m=-1,
f=-1,g=()=>{ue.clearTimeout(u),ue.clearTimeout(d),ue.clearTimeout(m),ue.clearTimeout(f)},y=async K=>{await l,g(),a(K)},h=async K=>{await l,g(),c(K)};if(r?.aborted){
let K=$g(r);h(K);return}let S=e.headers,x=S?(S.Expect??S.expect)==="100-continue":!1,T=i?s.httpsAgent:s.httpAgent;x&&!this.externalAgent&&(T=new(i?dn.default.Agent:
fp)({keepAlive:!1,maxSockets:1/0})),u=ue.setTimeout(()=>{this.socketWarningTimestamp=t.checkSocketUsage(T,this.socketWarningTimestamp,n)},s.socketAcquisitionWarningTimeout??
(s.requestTimeout??2e3)+(s.connectionTimeout??1e3));let R=e.query?Rf(e.query):"",I;if(e.username!=null||e.password!=null){let K=e.username??"",Tr=e.password??"";
I=`${K}:${Tr}`}let M=e.path;R&&(M+=`?${R}`),e.fragment&&(M+=`#${e.fragment}`);let V=e.hostname??"";V[0]==="["&&V.endsWith("]")?V=e.hostname.slice(1,-1):V=e.hostname;
let Sr={headers:e.headers,host:V,method:e.method,path:M,port:e.port,agent:T,auth:I},me=(i?dn.default.request:IT)(Sr,K=>{let Tr=new dt({statusCode:K.statusCode||
-1,reason:K.statusMessage,headers:cT(K.headers),body:K});y({response:Tr})});if(me.on("error",K=>{iT.includes(K.code)?h(Object.assign(K,{name:"TimeoutError"})):h(
K)}),r){let K=()=>{me.destroy();let Tr=$g(r);h(Tr)};if(typeof r.addEventListener=="function"){let Tr=r;Tr.addEventListener("abort",K,{once:!0}),me.once("close",
()=>Tr.removeEventListener("abort",K))}else r.onabort=K}let Ue=o??s.requestTimeout;d=dT(me,h,s.connectionTimeout),m=fT(me,h,Ue,s.throwOnRequestTimeout,n??console);
let Xt=s.socketTimeout===void 0?mp(s):void 0;Xt?Lg(me,h,Xt,!0):Lg(me,h,s.socketTimeout);let lt=Sr.agent;typeof lt=="object"&&"keepAlive"in lt&&(f=hT(me,{keepAlive:lt.
keepAlive,keepAliveMsecs:lt.keepAliveMsecs})),l=_T(me,e,Ue,this.externalAgent).catch(K=>(g(),c(K)))})}updateHttpClientConfig(e,r){this.config=void 0,this.configProvider=
this.configProvider.then(o=>{switch(e){case Symbol.for("logger"):e="logger",r=o.logger??r;break;case Symbol.for("@smithy/defaultSocketTimeout"):e="defaultSocket\
Timeout",r=mp(o)??r;break}return{...o,[e]:r}})}httpHandlerConfigs(){return this.config??{}}resolveDefaultConfig(e){let{requestTimeout:r,connectionTimeout:o,socketTimeout:s,
socketAcquisitionWarningTimeout:n,httpAgent:i,httpsAgent:a,throwOnRequestTimeout:c,logger:l}=e||{},u=!0,d=50,m;return{connectionTimeout:o,requestTimeout:r,socketTimeout:s,
defaultSocketTimeout:mp(e),socketAcquisitionWarningTimeout:n,throwOnRequestTimeout:c,httpAgentProvider:()=>m??=(async()=>{let f=await import("node:http"),{Agent:g,
request:y}=f.default??f;return IT=y,fp=g,i instanceof fp||typeof i?.destroy=="function"?(this.externalAgent=!0,i):new fp({keepAlive:u,maxSockets:d,...i})})(),httpsAgent:a instanceof
dn.default.Agent||typeof a?.destroy=="function"?(this.externalAgent=!0,a):new dn.default.Agent({keepAlive:u,maxSockets:d,...a}),logger:l}}}});var to=p(()=>{TT();O()});var GL,jL,zL,vT,AT=p(()=>{L();GL="169.254.170.2",jL="169.254.170.23",zL="[fd00:ec2::23]",vT=(t,e)=>{if(t.protocol!=="https:"&&!(t.hostname===GL||t.hostname===jL||
t.hostname===zL)){if(t.hostname.includes("[")){if(t.hostname==="[::1]"||t.hostname==="[0000:0000:0000:0000:0000:0000:0000:0001]")return}else{if(t.hostname==="lo\
calhost")return;let r=t.hostname.split("."),o=s=>{let n=parseInt(s,10);return 0<=n&&n<=255};if(r[0]==="127"&&o(r[1])&&o(r[2])&&o(r[3])&&r.length===4)return}throw new w(
`URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`,{logger:e})}}});function CT(t){return new j({protocol:t.protocol,hostname:t.hostname,port:Number(t.port),path:t.pathname,query:Array.from(t.searchParams.entries()).reduce((e,[r,
o])=>(e[r]=o,e),{}),fragment:t.hash})}async function bT(t,e){let o=await si(t.body).transformToString();if(t.statusCode===200){let s=JSON.parse(o);if(typeof s.AccessKeyId!=
"string"||typeof s.SecretAccessKey!="string"||typeof s.Token!="string"||typeof s.Expiration!="string")throw new w("HTTP credential provider response not of the \
required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }",{logger:e});return{accessKeyId:s.
AccessKeyId,secretAccessKey:s.SecretAccessKey,sessionToken:s.Token,expiration:Gd(s.Expiration)}}if(t.statusCode>=400&&t.statusCode<500){let s={};try{s=JSON.parse(
o)}catch{}throw Object.assign(new w(`Server responded with status: ${t.statusCode}`,{logger:e}),{Code:s.Code,Message:s.Message})}throw new w(`Server responded w\
ith status: ${t.statusCode}`,{logger:e})}var PT=p(()=>{L();U();O();O()});var OT,DT=p(()=>{OT=(t,e,r)=>async()=>{for(let o=0;o<e;++o)try{return await t()}catch{await new Promise(n=>setTimeout(n,r))}return await t()}});var kT,VL,WL,qL,KL,JL,$T,NT,LT=p(()=>{F();L();to();kT=io(require("node:fs/promises"));AT();PT();DT();VL="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",WL="http://169.\
254.170.2",qL="AWS_CONTAINER_CREDENTIALS_FULL_URI",KL="AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",JL="AWS_CONTAINER_AUTHORIZATION_TOKEN",$T=(t={})=>{t.logger?.debug(
"@aws-sdk/credential-provider-http - fromHttp");let e,r=t.awsContainerCredentialsRelativeUri??process.env[VL],o=t.awsContainerCredentialsFullUri??process.env[qL],
s=t.awsContainerAuthorizationToken??process.env[JL],n=t.awsContainerAuthorizationTokenFile??process.env[KL],i=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?.
warn?console.warn:t.logger.warn.bind(t.logger);if(r&&o&&(i("@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsConta\
inerCredentialsFullUri."),i("awsContainerCredentialsRelativeUri will take precedence.")),s&&n&&(i("@aws-sdk/credential-provider-http: you have set both awsConta\
inerAuthorizationToken and awsContainerAuthorizationTokenFile."),i("awsContainerAuthorizationTokenFile will take precedence.")),r)e=`${WL}${r}`;else if(o)e=o;else
throw new w(`No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`,{logger:t.logger});let a=new URL(e);vT(a,t.logger);let c=be.create({connectionTimeout:t.
timeout??1e3}),l=t.timeout??1e3,u=OT(async()=>{let d=CT(a);n?d.headers.Authorization=NT((await kT.default.readFile(n)).toString()):s&&(d.headers.Authorization=NT(
s));try{let m=await c.handle(d,{requestTimeout:l});return bT(m.response).then(f=>B(f,"CREDENTIALS_HTTP","z"))}catch(m){throw new w(String(m),{logger:t.logger})}},
t.maxRetries??3,t.timeout??1e3);return async()=>{try{return await u()}finally{c.destroy?.()}}},NT=t=>{if(t.includes(`\r
`))throw new w("Authorization token contains invalid \\r\\n sequence.");return t}});var Ug={};pr(Ug,{fromHttp:()=>$T});var Fg=p(()=>{LT()});var gp,Mg=p(()=>{gp=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var mn,hp=p(()=>{mn="To refresh this SSO session run 'aws sso login' with the corresponding profile."});function YL(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sso-oauth",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function QL(t){return{schemeId:"smithy.api#noAuth"}}var HT,BT,GT,Hg=p(()=>{ye();v();HT=async(t,e,r)=>({operation:re(e).operation,region:await W(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});BT=t=>{let e=[];return t.operation==="CreateToken"?e.push(QL(t)):e.push(YL(t)),
e},GT=t=>{let e=tr(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??[])})}});var jT,zT,Bg=p(()=>{jT=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"sso-oauth"}),
zT={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var wo,bi=p(()=>{wo={name:"@aws-sdk/nested-clients",version:"3.998.4",description:"Nested clients for AWS SDK packages.",homepage:"https://github.com/aws/aws-sd\
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
est watch"},dependencies:{"@aws-sdk/core":"^3.981.1","@aws-sdk/signature-v4-multi-region":"^3.996.52","@aws-sdk/types":"^3.975.1","@smithy/core":"^3.40.0","@smi\
thy/fetch-http-handler":"^5.8.1","@smithy/node-http-handler":"^4.14.2","@smithy/types":"^4.20.0",tslib:"^2.6.2"},devDependencies:{concurrently:"7.0.0","downleve\
l-dts":"0.10.1",premove:"4.0.0",typescript:"~7.0.2"},engines:{node:">=20.0.0"}}});var Io,yp=p(()=>{v();Z();Io=class{queryCompat;errorRegistry;constructor(e=!1){this.queryCompat=e}resolveRestContentType(e,r){let o=r.getMemberSchemas(),s=Object.
values(o).find(n=>!!n.getMergedTraits().httpPayload);if(s){let n=s.getMergedTraits().mediaType;return n||(s.isStringSchema()?"text/plain":s.isBlobSchema()?"appl\
ication/octet-stream":e)}else if(!r.isUnitSchema()&&Object.values(o).find(i=>{let{httpQuery:a,httpQueryParams:c,httpHeader:l,httpLabel:u,httpPrefixHeaders:d}=i.
getMergedTraits();return!a&&!c&&!l&&!u&&d===void 0}))return e}async getErrorSchemaOrThrowBaseException(e,r,o,s,n,i){let a=e;e.includes("#")&&([,a]=e.split("#"));
let c={$metadata:n,$fault:o.statusCode<500?"client":"server"};if(!this.errorRegistry)throw new Error("@aws-sdk/core/protocols - error handler not initialized.");
try{return{errorSchema:i?.(this.errorRegistry,a)??this.errorRegistry.getSchema(e),errorMetadata:c}}catch{s.message=s.message??s.Message??"UnknownError";let u=this.
errorRegistry,d=u.getBaseException();if(d){let g=u.getErrorCtor(d)??Error;throw this.decorateServiceException(Object.assign(new g({name:a}),c),s)}let m=s,f=m?.message??
m?.Message??m?.Error?.Message??m?.Error?.message;throw this.decorateServiceException(Object.assign(new Error(f),{name:a},c),s)}}compose(e,r,o){let s=o;r.includes(
"#")&&([s]=r.split("#"));let n=J.for(s),i=J.for("smithy.ts.sdk.synthetic."+o);e.copyFrom(n),e.copyFrom(i),this.errorRegistry=e}decorateServiceException(e,r={}){
if(this.queryCompat){let o=e.Message??r.Message,s=Ka(e,r);o&&(s.message=o);let n=s.Error??{};n.Type=s.Error?.Type,n.Code=s.Error?.Code,n.Message=s.Error?.message??
s.Error?.Message??o,s.Error=n;let i=s.$metadata.requestId;return i&&(s.RequestId=i),s}return Ka(e,r)}setQueryCompatError(e,r){let o=r.headers?.["x-amzn-query-er\
ror"];if(e!==void 0&&o!=null){let[s,n]=o.split(";"),i=Object.keys(e),a={Code:s,Type:n};e.Code=s,e.Type=n;for(let c=0;c<i.length;c++){let l=i[c];a[l==="message"?
"Message":l]=e[l]}delete a.__type,e.Error=a}}queryCompatOutput(e,r){e.Error&&(r.Error=e.Error),e.Type&&(r.Type=e.Type),e.Code&&(r.Code=e.Code)}findQueryCompatibleError(e,r){
try{return e.getSchema(r)}catch{return e.find(s=>H.of(s).getMergedTraits().awsQueryError?.[0]===r)}}}});var Sp,VT=p(()=>{U();Z();yp();Sp=class extends Zo{serializer;deserializer;serviceTarget;codec;mixin;awsQueryCompatible;constructor({defaultNamespace:e,errorTypeRegistries:r,
serviceTarget:o,awsQueryCompatible:s,jsonCodec:n}){super({defaultNamespace:e,errorTypeRegistries:r}),this.serviceTarget=o,this.codec=n??new rs({timestampFormat:{
useTrait:!0,default:7},jsonName:!1}),this.serializer=this.codec.createSerializer(),this.deserializer=this.codec.createDeserializer(),this.awsQueryCompatible=!!s,
this.mixin=new Io(this.awsQueryCompatible)}async serializeRequest(e,r,o){let s=await super.serializeRequest(e,r,o);return s.path.endsWith("/")||(s.path+="/"),s.
headers["content-type"]=`application/x-amz-json-${this.getJsonRpcVersion()}`,s.headers["x-amz-target"]=`${this.serviceTarget}.${e.name}`,this.awsQueryCompatible&&
(s.headers["x-amzn-query-mode"]="true"),(Yr(e.input)==="unit"||!s.body)&&(s.body="{}"),s}getPayloadCodec(){return this.codec}async handleError(e,r,o,s,n){let{awsQueryCompatible:i}=this;
i&&this.mixin.setQueryCompatError(s,o);let a=Pf(o,s,i)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,a,this.options.defaultNamespace);let{errorSchema:c,
errorMetadata:l}=await this.mixin.getErrorSchemaOrThrowBaseException(a,this.options.defaultNamespace,o,s,n,i?this.mixin.findQueryCompatibleError:void 0),u=H.of(
c),d=s.message??s.Message??"UnknownError",m=this.compositeErrorRegistry.getErrorCtor(c)??Error,f=new m({}),g={},y=this.codec.createDeserializer();for(let[h,S]of u.
structIterator())s[h]!=null&&(g[h]=y.readObject(S,s[h]));throw i&&this.mixin.queryCompatOutput(s,g),this.mixin.decorateServiceException(Object.assign(f,l,{$fault:u.
getMergedTraits().error,message:d},g),s)}}});var ps,WT=p(()=>{VT();ps=class extends Sp{constructor({defaultNamespace:e,errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:s,jsonCodec:n}){super({defaultNamespace:e,
errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:s,jsonCodec:n})}getShapeId(){return"aws.protocols#awsJson1_1"}getJsonRpcVersion(){return"1.1"}getDefaultContentType(){
return"application/x-amz-json-1.1"}}});var ro,qT=p(()=>{U();Z();yp();ro=class extends pi{serializer;deserializer;codec;mixin=new Io;constructor({defaultNamespace:e,errorTypeRegistries:r,jsonCodec:o}){
super({defaultNamespace:e,errorTypeRegistries:r});let s={timestampFormat:{useTrait:!0,default:7},httpBindings:!0,jsonName:!0};this.codec=o??new rs(s),this.serializer=
new ui(this.codec.createSerializer(),s),this.deserializer=new li(this.codec.createDeserializer(),s)}getShapeId(){return"aws.protocols#restJson1"}getPayloadCodec(){
return this.codec}setSerdeContext(e){this.codec.setSerdeContext(e),super.setSerdeContext(e)}async serializeRequest(e,r,o){let s=await super.serializeRequest(e,r,
o),n=H.of(e.input);if(!s.headers["content-type"]){let i=this.mixin.resolveRestContentType(this.getDefaultContentType(),n);i&&(s.headers["content-type"]=i)}return s.
body==null&&s.headers["content-type"]===this.getDefaultContentType()&&(s.body="{}"),s}async deserializeResponse(e,r,o){let s=await super.deserializeResponse(e,r,
o),n=H.of(e.output);for(let[i,a]of n.structIterator())a.getMemberTraits().httpPayload&&!(i in s)&&(s[i]=null);return s}async handleError(e,r,o,s,n){let i=bf(o,s)??
"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let{errorSchema:a,errorMetadata:c}=await this.mixin.getErrorSchemaOrThrowBaseException(
i,this.options.defaultNamespace,o,s,n),l=H.of(a),u=s.message??s.Message??"UnknownError",d=this.compositeErrorRegistry.getErrorCtor(a)??Error,m=new d({});await this.
deserializeHttpMessage(a,r,o,s);let f={},g=this.codec.createDeserializer();for(let[y,h]of l.structIterator()){let S=h.getMergedTraits().jsonName??y;f[y]=g.readObject(
h,s[S])}throw this.mixin.decorateServiceException(Object.assign(m,c,{$fault:l.getMergedTraits().error,message:u},f),s)}getDefaultContentType(){return"applicatio\
n/json"}}});function Gg(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}function zg(t){return new jg(t).parse()}var jg,KT=p(
()=>{jg=class t{x;i=0;z;constructor(e){this.x=e,this.x=e.replace(/\r\n?/g,`
`),this.z=this.x.length}parse(){let e=this,{z:r}=e;for(;e.i<r&&(e.trim(),!(e.i>=r));)if(e.isNext("<?"))e.readTo("?>"),e.trim();else if(e.isNext("<!--"))e.readTo(
"-->"),e.trim();else if(e.isNext("<!DOCTYPE",!1))e.skipDoctype(),e.trim();else if(e.x[e.i]==="<"){let o=e.parseTag();return{[o.tag]:o.value}}else throw new Error(
"@aws-sdk XML parse error: unexpected content.");throw new Error("@aws-sdk XML parse error: no root element.")}isNext(e,r=!0){let o=this;return r?o.x.startsWith(
e,o.i):o.x.toLowerCase().startsWith(e.toLowerCase(),o.i)}readTo(e){let r=this,o=r.x.indexOf(e,r.i);if(o===-1)throw new Error(`@aws-sdk XML parse error: expected\
 "${e}" not found.`);let s=r.x.slice(r.i,o);return r.i=o+e.length,s}trim(){let e=this;for(;e.i<e.z&&` 	\r
`.includes(e.x[e.i]);)++e.i}readAttrValue(){let e=this,r=e.x[e.i];++e.i;let o="";for(;e.i<e.z&&e.x[e.i]!==r;)o+=e.x[e.i++];return++e.i,e.decodeEntities(o)}parseTag(){
let e=this;++e.i;let r="";for(;e.i<e.z&&!` 	\r
>/`.includes(e.x[e.i]);)r+=e.x[e.i++];let o=!1,s={};for(;e.i<e.z&&(e.trim(),!">/".includes(e.x[e.i]));){let u="";for(;e.i<e.z&&!`= 	\r
>/?`.includes(e.x[e.i]);)u+=e.x[e.i++];if(e.trim(),e.x[e.i]!=="=")break;++e.i,e.trim(),u==="__proto__"&&Gg(s),s[u]=e.readAttrValue(),o=!0}if(e.i>=e.z)throw new Error(
"@aws-sdk XML parse error: unexpected end of input.");if(e.x[e.i]==="/"){if(++e.i,e.i>=e.z||e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected >\
 at the end of self-closing tag.");return++e.i,{tag:r,value:o?s:""}}if(e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected > at the end of openin\
g tag.");++e.i;let n=[],i=[],a=!1;for(;e.i<e.z&&!e.isNext("</");)if(e.x[e.i]==="<")e.isNext("<!--")?e.readTo("-->"):e.isNext("<![CDATA[")?(e.i+=9,n.push(e.readTo(
"]]>"))):e.isNext("<?")?e.readTo("?>"):(a=!0,i.push(e.parseTag()));else{let u="";for(;e.i<e.z&&e.x[e.i]!=="<";)u+=e.x[e.i++];n.push(e.decodeEntities(u))}if(!e.isNext(
"</"))throw new Error(`@aws-sdk XML parse error: missing closing tag </${r}>.`);e.i+=2;let c=e.readTo(">").trim();if(c!==r)throw new Error(`@aws-sdk XML parse e\
rror: mismatched tags <${r}> and </${c}>.`);if(!o&&n.length===0&&!a)return{tag:r,value:""};if(!o&&!a){let u=n.length===1?n[0]:n.join("");return u.trim()===""&&u.
includes(`
`)?{tag:r,value:""}:{tag:r,value:u}}let l={};for(let u of n)u.trim()===""&&u.includes(`
`)||(l["#text"]="#text"in l?l["#text"]+u:u);for(let u of i)u.tag==="__proto__"&&Gg(l),u.tag in l?Array.isArray(l[u.tag])?l[u.tag].push(u.value):l[u.tag]=[l[u.tag],
u.value]:l[u.tag]=u.value;for(let[u,d]of Object.entries(s))u==="__proto__"&&Gg(l),l[u]=d;return{tag:r,value:l}}static ENTITIES={amp:"&",lt:"<",gt:">",quot:'"',apos:"\
'"};skipDoctype(){let e=this;e.i+=9;let r=0;for(;e.i<e.z;){let o=e.x[e.i];if(o==="[")++r;else if(o==="]")--r;else if(o===">"&&r===0){++e.i;return}++e.i}throw new Error(
"@aws-sdk XML parse error: unclosed DOCTYPE.")}decodeEntities(e){return e.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g,(r,o,s,n)=>o?
String.fromCharCode(parseInt(o,16)):s?String.fromCharCode(parseInt(s,10)):t.ENTITIES[n]??"")}}});var JT=p(()=>{KT()});var fn,Vg=p(()=>{fn=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var Ep,XT=p(()=>{Ep=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),s=new Set(o);s.delete("__type"),this.keys=s}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function YT(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var QT=p(()=>{});var xp,ZT=p(()=>{JT();v();U();Z();O();Vg();XT();QT();xp=class extends fn{settings;stringDeserializer;constructor(e){super(),this.settings=e,this.stringDeserializer=
new es(e)}setSerdeContext(e){this.serdeContext=e,this.stringDeserializer.setSerdeContext(e)}read(e,r,o){let s=H.of(e),n=s.getMemberSchemas();if(s.isStructSchema()&&
s.isMemberSchema()&&!!Object.values(n).find(l=>!!l.getMemberTraits().eventPayload)){let l={},u=Object.keys(n)[0];return n[u].isBlobSchema()?l[u]=r:l[u]=this.read(
n[u],r),l}let a=(this.serdeContext?.utf8Encoder??ee)(r),c=this.parseXml(a);return this.readSchema(e,o?c[o]:c)}readSchema(e,r){let o=H.of(e);if(o.isUnitSchema())
return;let s=o.getMergedTraits();if(o.isListSchema()&&!Array.isArray(r))return this.readSchema(o,[r]);if(r==null)return r;if(typeof r=="object"){let n=!!s.xmlFlattened;
if(o.isListSchema()){let a=o.getValueSchema(),c=[],l=a.getMergedTraits().xmlName??"member",u=n?r:(r[0]??r)[l];if(u==null)return c;let d=Array.isArray(u)?u:[u];for(let m of d)
c.push(this.readSchema(a,m));return c}let i={};if(o.isMapSchema()){let a=o.getKeySchema(),c=o.getValueSchema(),l;n?l=Array.isArray(r)?r:[r]:l=Array.isArray(r.entry)?
r.entry:[r.entry];let u=a.getMergedTraits().xmlName??"key",d=c.getMergedTraits().xmlName??"value";for(let m of l){let f=m[u],g=m[d];f==="__proto__"&&YT(i),i[f]=
this.readSchema(c,g)}return i}if(o.isStructSchema()){let a=o.isUnionSchema(),c;a&&(c=new Ep(r,i));for(let[l,u]of o.structIterator()){let d=u.getMergedTraits(),m=d.
httpPayload?d.xmlName??u.getName():u.getMemberTraits().xmlName??l;a&&c.mark(m),r[m]!=null&&(i[l]=this.readSchema(u,r[m]))}return a&&c.writeUnknown(),i}if(o.isDocumentSchema())
return r;throw new Error(`@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${o.getName(!0)}`)}return o.isListSchema()?[]:o.isMapSchema()||o.
isStructSchema()?{}:this.stringDeserializer.read(o,r)}parseXml(e){if(e.length){let r;try{r=zg(e)}catch(i){throw i&&typeof i=="object"&&Object.defineProperty(i,"\
$responseBodyText",{value:e}),i}let o="#text",s=Object.keys(r)[0],n=r[s];return n[o]&&(n[s]=n[o],delete n[o]),Ja(n)}return{}}}});var Rp,ev=p(()=>{U();Z();O();O();Vg();Rp=class extends fn{settings;buffer;constructor(e){super(),this.settings=e}write(e,r,o=""){this.buffer===void 0&&(this.buffer=
"");let s=H.of(e);if(o&&!o.endsWith(".")&&(o+="."),s.isBlobSchema())(typeof r=="string"||r instanceof Uint8Array)&&(this.writeKey(o),this.writeValue((this.serdeContext?.
base64Encoder??pe)(r)));else if(s.isBooleanSchema()||s.isNumericSchema()||s.isStringSchema())r!=null?(this.writeKey(o),this.writeValue(String(r))):s.isIdempotencyToken()&&
(this.writeKey(o),this.writeValue(Ks()));else if(s.isBigIntegerSchema())r!=null&&(this.writeKey(o),this.writeValue(String(r)));else if(s.isBigDecimalSchema())r!=
null&&(this.writeKey(o),this.writeValue(r instanceof Te?r.string:String(r)));else if(s.isTimestampSchema()){if(r instanceof Date)switch(this.writeKey(o),ts(s,this.
settings)){case 5:this.writeValue(r.toISOString().replace(".000Z","Z"));break;case 6:this.writeValue(zo(r));break;case 7:this.writeValue(String(r.getTime()/1e3));
break}}else if(s.isDocumentSchema())Array.isArray(r)?this.write(79,r,o):r instanceof Date?this.write(4,r,o):r instanceof Uint8Array?this.write(21,r,o):r&&typeof r==
"object"?this.write(143,r,o):(this.writeKey(o),this.writeValue(String(r)));else if(s.isListSchema()){if(Array.isArray(r))if(r.length===0)this.settings.serializeEmptyLists&&
(this.writeKey(o),this.writeValue(""));else{let n=s.getValueSchema(),i=this.settings.flattenLists||s.getMergedTraits().xmlFlattened,a=1;for(let c of r){if(c==null)
continue;let l=n.getMergedTraits(),u=this.getKey("member",l.xmlName,l.ec2QueryName),d=i?`${o}${a}`:`${o}${u}.${a}`;this.write(n,c,d),++a}}}else if(s.isMapSchema()){
if(r&&typeof r=="object"){let n=s.getKeySchema(),i=s.getValueSchema(),a=s.getMergedTraits().xmlFlattened,c=1;for(let l in r){let u=r[l];if(u==null)continue;let d=n.
getMergedTraits(),m=this.getKey("key",d.xmlName,d.ec2QueryName),f=a?`${o}${c}.${m}`:`${o}entry.${c}.${m}`,g=i.getMergedTraits(),y=this.getKey("value",g.xmlName,
g.ec2QueryName),h=a?`${o}${c}.${y}`:`${o}entry.${c}.${y}`;this.write(n,l,f),this.write(i,u,h),++c}}}else if(s.isStructSchema()){if(r&&typeof r=="object"){let n=!1;
for(let[i,a]of s.structIterator()){if(r[i]==null&&!a.isIdempotencyToken())continue;let c=a.getMergedTraits(),l=this.getKey(i,c.xmlName,c.ec2QueryName,"struct"),
u=`${o}${l}`;this.write(a,r[i],u),n=!0}if(!n&&s.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i,l=`${o}${a}`;this.write(15,c,l)}}}}else if(!s.
isUnitSchema())throw new Error(`@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${s.getName(!0)}`)}flush(){if(this.buffer===void 0)throw new Error(
"@aws-sdk/core/protocols - QuerySerializer cannot flush with nothing written to buffer.");let e=this.buffer;return delete this.buffer,e}getKey(e,r,o,s){let{ec2:n,
capitalizeKeys:i}=this.settings;if(n&&o)return o;let a=r??e;return i&&s==="struct"?a[0].toUpperCase()+a.slice(1):a}writeKey(e){e.endsWith(".")&&(e=e.slice(0,e.length-
1)),this.buffer+=`&${Jo(e)}=`}writeValue(e){this.buffer+=Jo(e)}}});var ls,tv=p(()=>{U();Z();yp();ZT();ev();ls=class extends Zo{options;serializer;deserializer;mixin=new Io;constructor(e){super({defaultNamespace:e.defaultNamespace,
errorTypeRegistries:e.errorTypeRegistries}),this.options=e;let r={timestampFormat:{useTrait:!0,default:5},httpBindings:!1,xmlNamespace:e.xmlNamespace,serviceNamespace:e.
defaultNamespace,serializeEmptyLists:!0};this.serializer=new Rp(r),this.deserializer=new xp(r)}getShapeId(){return"aws.protocols#awsQuery"}setSerdeContext(e){this.
serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e)}getPayloadCodec(){throw new Error("AWSQuery protocol has no payload codec.")}async serializeRequest(e,r,o){
let s=await super.serializeRequest(e,r,o);s.path.endsWith("/")||(s.path+="/"),s.headers["content-type"]="application/x-www-form-urlencoded",(Yr(e.input)==="unit"||
!s.body)&&(s.body="");let n=e.name.split("#")[1]??e.name;return s.body=`Action=${n}&Version=${this.options.version}`+s.body,s.body.endsWith("&")&&(s.body=s.body.
slice(-1)),s}async deserializeResponse(e,r,o){let s=this.deserializer,n=H.of(e.output),i={};if(o.statusCode>=300){let u=await et(o.body,r);u.byteLength>0&&Object.
assign(i,await s.read(15,u)),await this.handleError(e,r,o,i,this.deserializeMetadata(o))}for(let u in o.headers){let d=o.headers[u];delete o.headers[u],o.headers[u.
toLowerCase()]=d}let a=e.name.split("#")[1]??e.name,c=n.isStructSchema()&&this.useNestedResult()?a+"Result":void 0,l=await et(o.body,r);return l.byteLength>0&&Object.
assign(i,await s.read(n,l,c)),i.$metadata=this.deserializeMetadata(o),i}useNestedResult(){return!0}async handleError(e,r,o,s,n){let i=this.loadQueryErrorCode(o,
s)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let a=this.loadQueryError(s)??{},c=this.loadQueryErrorMessage(s);a.
message=c,a.Error={Type:a.Type,Code:a.Code,Message:c};let{errorSchema:l,errorMetadata:u}=await this.mixin.getErrorSchemaOrThrowBaseException(i,this.options.defaultNamespace,
o,a,n,this.mixin.findQueryCompatibleError),d=H.of(l),m=this.compositeErrorRegistry.getErrorCtor(l)??Error,f=new m({}),g={Type:a.Error.Type,Code:a.Error.Code,Error:a.
Error};for(let[y,h]of d.structIterator()){let S=h.getMergedTraits().xmlName??y,x=a[S]??s[S];g[y]=this.deserializer.readSchema(h,x)}throw this.mixin.decorateServiceException(
Object.assign(f,u,{$fault:d.getMergedTraits().error,message:c},g),s)}loadQueryErrorCode(e,r){let o=(r.Errors?.[0]?.Error??r.Errors?.Error??r.Error)?.Code;if(o!==
void 0)return o;if(e.statusCode==404)return"NotFound"}loadQueryError(e){return e.Errors?.[0]?.Error??e.Errors?.Error??e.Error}loadQueryErrorMessage(e){let r=this.
loadQueryError(e);return r?.message??r?.Message??e.message??e.Message??"Unknown"}getDefaultContentType(){return"application/x-www-form-urlencoded"}}});var To=p(()=>{WT();qT();tv()});var Pi,us,_p,rv,iv,wp,Wg,ov,qg,gn,sv,nv,eU,rr,tU,av,cv=p(()=>{z();Pi="ref",us=-1,_p=!0,rv="isSet",iv="PartitionResult",wp="booleanEquals",Wg="getAttr",ov={[Pi]:"\
Endpoint"},qg={[Pi]:iv},gn={},sv=[{[Pi]:"Region"}],nv={conditions:[[rv,[ov]],[rv,sv],["aws.partition",sv,iv],[wp,[{[Pi]:"UseFIPS"},_p]],[wp,[{[Pi]:"UseDualStack"},
_p]],[wp,[{fn:Wg,argv:[qg,"supportsDualStack"]},_p]],[wp,[{fn:Wg,argv:[qg,"supportsFIPS"]},_p]],["stringEquals",[{fn:Wg,argv:[qg,"name"]},"aws-us-gov"]]],results:[
[us],[us,"Invalid Configuration: FIPS and custom endpoint are not supported"],[us,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[ov,
gn],["https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",gn],[us,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://oidc.{Region}.amazonaws.com",gn],["https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}",gn],[us,"FIPS is enabled but this partition does not suppor\
t FIPS"],["https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}",gn],[us,"DualStack is enabled but this partition does not support DualStack"],["https://o\
idc.{Region}.{PartitionResult#dnsSuffix}",gn],[us,"Invalid Configuration: Missing Region"]]},eU=2,rr=1e8,tU=new Int32Array([-1,1,-1,0,13,3,1,4,rr+12,2,5,rr+12,3,
8,6,4,7,rr+11,5,rr+9,rr+10,4,11,9,6,10,rr+8,7,rr+6,rr+7,5,12,rr+5,6,rr+4,rr+5,3,rr+1,14,4,rr+2,rr+3]),av=Be.from(tU,eU,nv.conditions,nv.results)});var rU,pv,lv=p(()=>{F();z();cv();rU=new Ge({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),pv=(t,e={})=>rU.get(t,()=>At(av,{endpointParams:t,logger:e.
logger}));Ae.aws=nt});var Ne,Ip=p(()=>{v();Ne=class t extends Me{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException";constructor(e){super(e),Object.
setPrototypeOf(this,t.prototype)}}});var Oi,Di,Ni,ki,$i,Li,Ui,Fi,Mi,Hi,Bi,Kg=p(()=>{Ip();Oi=class t extends Ne{static shapeId="com.amazonaws.ssooidc#AccessDeniedException";name="AccessDeniedExcepti\
on";$fault="client";error;reason;error_description;constructor(e){super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},Di=class t extends Ne{static shapeId="com.amazonaws.ssooidc#AuthorizationPe\
ndingException";name="AuthorizationPendingException";$fault="client";error;error_description;constructor(e){super({name:"AuthorizationPendingException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Ni=class t extends Ne{static shapeId="com\
.amazonaws.ssooidc#ExpiredTokenException";name="ExpiredTokenException";$fault="client";error;error_description;constructor(e){super({name:"ExpiredTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ki=class t extends Ne{static shapeId="\
com.amazonaws.ssooidc#InternalServerException";name="InternalServerException";$fault="server";error;error_description;constructor(e){super({name:"InternalServer\
Exception",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},$i=class t extends Ne{static shapeId="\
com.amazonaws.ssooidc#InvalidClientException";name="InvalidClientException";$fault="client";error;error_description;constructor(e){super({name:"InvalidClientExc\
eption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Li=class t extends Ne{static shapeId="\
com.amazonaws.ssooidc#InvalidGrantException";name="InvalidGrantException";$fault="client";error;error_description;constructor(e){super({name:"InvalidGrantExcept\
ion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Ui=class t extends Ne{static shapeId="\
com.amazonaws.ssooidc#InvalidRequestException";name="InvalidRequestException";$fault="client";error;reason;error_description;constructor(e){super({name:"Invalid\
RequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},
Fi=class t extends Ne{static shapeId="com.amazonaws.ssooidc#InvalidScopeException";name="InvalidScopeException";$fault="client";error;error_description;constructor(e){
super({name:"InvalidScopeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},
Mi=class t extends Ne{static shapeId="com.amazonaws.ssooidc#SlowDownException";name="SlowDownException";$fault="client";error;error_description;constructor(e){super(
{name:"SlowDownException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Hi=class t extends Ne{static shapeId="\
com.amazonaws.ssooidc#UnauthorizedClientException";name="UnauthorizedClientException";$fault="client";error;error_description;constructor(e){super({name:"Unauth\
orizedClientException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Bi=class t extends Ne{static shapeId="\
com.amazonaws.ssooidc#UnsupportedGrantTypeException";name="UnsupportedGrantTypeException";$fault="client";error;error_description;constructor(e){super({name:"Un\
supportedGrantTypeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}}});var oU,sU,nU,iU,aU,cU,pU,lU,uU,dU,mU,fU,gU,hU,yU,SU,EU,xU,RU,_U,Vr,wU,IU,TU,vU,AU,Se,CU,Dr,bU,PU,Nr,OU,uv,dv,DU,mv,NU,kU,$U,_e,fv,gv,wr,hv,yv,Sv,Ev,xv,Rv,_v,wv,
Iv,Tv,vv,Jg,LU,UU,FU,MU,Av,Cv,bv,Xg,Tp=p(()=>{Z();Kg();Ip();oU="AccessDeniedException",sU="AuthorizationPendingException",nU="AccessToken",iU="ClientSecret",aU=
"CreateToken",cU="CreateTokenRequest",pU="CreateTokenResponse",lU="CodeVerifier",uU="ExpiredTokenException",dU="InvalidClientException",mU="InvalidGrantExceptio\
n",fU="InvalidRequestException",gU="InternalServerException",hU="InvalidScopeException",yU="IdToken",SU="RefreshToken",EU="SlowDownException",xU="UnauthorizedCl\
ientException",RU="UnsupportedGrantTypeException",_U="accessToken",Vr="client",wU="clientId",IU="clientSecret",TU="codeVerifier",vU="code",AU="deviceCode",Se="e\
rror",CU="expiresIn",Dr="error_description",bU="grantType",PU="http",Nr="httpError",OU="idToken",uv="reason",dv="refreshToken",DU="redirectUri",mv="smithy.ts.sd\
k.synthetic.com.amazonaws.ssooidc",NU="scope",kU="server",$U="tokenType",_e="com.amazonaws.ssooidc",fv=new J(mv),gv=[-3,mv,"SSOOIDCServiceException",0,[],[]];fv.
registerError(gv,Ne);wr=new J(_e),hv=[-3,_e,oU,{[Se]:Vr,[Nr]:400},[Se,uv,Dr],[0,0,0]];wr.registerError(hv,Oi);yv=[-3,_e,sU,{[Se]:Vr,[Nr]:400},[Se,Dr],[0,0]];wr.
registerError(yv,Di);Sv=[-3,_e,uU,{[Se]:Vr,[Nr]:400},[Se,Dr],[0,0]];wr.registerError(Sv,Ni);Ev=[-3,_e,gU,{[Se]:kU,[Nr]:500},[Se,Dr],[0,0]];wr.registerError(Ev,ki);
xv=[-3,_e,dU,{[Se]:Vr,[Nr]:401},[Se,Dr],[0,0]];wr.registerError(xv,$i);Rv=[-3,_e,mU,{[Se]:Vr,[Nr]:400},[Se,Dr],[0,0]];wr.registerError(Rv,Li);_v=[-3,_e,fU,{[Se]:Vr,
[Nr]:400},[Se,uv,Dr],[0,0,0]];wr.registerError(_v,Ui);wv=[-3,_e,hU,{[Se]:Vr,[Nr]:400},[Se,Dr],[0,0]];wr.registerError(wv,Fi);Iv=[-3,_e,EU,{[Se]:Vr,[Nr]:400},[Se,
Dr],[0,0]];wr.registerError(Iv,Mi);Tv=[-3,_e,xU,{[Se]:Vr,[Nr]:400},[Se,Dr],[0,0]];wr.registerError(Tv,Hi);vv=[-3,_e,RU,{[Se]:Vr,[Nr]:400},[Se,Dr],[0,0]];wr.registerError(
vv,Bi);Jg=[fv,wr],LU=[0,_e,nU,8,0],UU=[0,_e,iU,8,0],FU=[0,_e,lU,8,0],MU=[0,_e,yU,8,0],Av=[0,_e,SU,8,0],Cv=[3,_e,cU,0,[wU,IU,bU,AU,vU,dv,NU,DU,TU],[0,[()=>UU,0],
0,0,0,[()=>Av,0],64,0,[()=>FU,0]],3],bv=[3,_e,pU,0,[_U,$U,CU,dv,OU],[[()=>LU,0],0,1,[()=>Av,0],[()=>MU,0]]],Xg=[9,_e,aU,{[PU]:["POST","/token",200]},()=>Cv,()=>bv]});var Pv,Ov=p(()=>{ye();To();De();jr();v();U();O();Hg();lv();Tp();Pv=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??pv,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
BT,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Ce}],logger:t?.logger??new xe,protocol:t?.protocol??ro,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.ssooidc",errorTypeRegistries:Jg,version:"2019-06-10",serviceTarget:"AWSSSOOIDCService"},serviceId:t?.serviceId??
"SSO OIDC",sha256:t?.sha256??tt,urlParser:t?.urlParser??ge,utf8Decoder:t?.utf8Decoder??oe,utf8Encoder:t?.utf8Encoder??ee})});var Dv,Nv=p(()=>{bi();F();ye();v();L();st();O();to();Ov();Dv=t=>{Rt(process.version);let e=vt(t),r=()=>e().then(xt),o=Pv(t);ut(process.version);let s={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(it,s),bodyLengthChecker:t?.bodyLengthChecker??
ft,defaultSocketTimeout:dr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Mt({serviceId:o.serviceId,clientVersion:wo.version}),maxAttempts:t?.
maxAttempts??_($t,t),region:t?.region??_(ve,{...He,...s}),requestHandler:be.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Ut,default:async()=>(await r()).
retryMode||Ve},t),streamCollector:t?.streamCollector??Pe,useDualstackEndpoint:t?.useDualstackEndpoint??_(yt,s),useFipsEndpoint:t?.useFipsEndpoint??_(St,s),userAgentAppId:t?.
userAgentAppId??_(Ht,s)}}});var kv,$v,Lv=p(()=>{kv=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);
n===-1?e.push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){
return o}}},$v=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var Uv,Fv=p(()=>{F();v();U();Lv();Uv=(t,e)=>{let r=Object.assign(Bt(t),_t(t),Ct(t),kv(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Gt(r),wt(r),bt(r),
$v(r))}});var Gi,Yg=p(()=>{F();De();v();L();z();U();st();Z();Hg();Bg();Nv();Fv();Gi=class extends Re{config;constructor(...[e]){let r=Dv(e||{});super(r),this.initConfig=r;
let o=jT(r),s=kt(o),n=Lt(s),i=Tt(n),a=i,c=Qt(a),l=GT(c),u=Uv(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(Et(this.config)),this.middlewareStack.use(
Ft(this.config)),this.middlewareStack.use(er(this.config)),this.middlewareStack.use(Pt(this.config)),this.middlewareStack.use(Ot(this.config)),this.middlewareStack.
use(Dt(this.config)),this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(rt(this.config,{httpAuthSchemeParametersProvider:HT,identityProviderConfigProvider:async d=>new Oe(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(ot(this.config))}destroy(){super.destroy()}}});var Mv,Hv,Bv,Gv=p(()=>{v();z();Bg();Mv=It(zT,"AWSSSOOIDCService","SSOOIDCClient",Zt),Hv={},Bv=(t,e,r,o)=>[]});var ji,Qg=p(()=>{Gv();Tp();ji=class extends Mv(Hv,Bv,"CreateToken",Xg){}});var HU,vp,jv=p(()=>{v();Qg();Yg();HU={CreateTokenCommand:ji},vp=class extends Gi{};Qr(HU,vp)});var zv=p(()=>{Qg()});var BU,GU,Vv=p(()=>{BU={KMS_ACCESS_DENIED:"KMS_AccessDeniedException"},GU={KMS_DISABLED_KEY:"KMS_DisabledException",KMS_INVALID_KEY_USAGE:"KMS_InvalidKeyUsageEx\
ception",KMS_INVALID_STATE:"KMS_InvalidStateException",KMS_KEY_NOT_FOUND:"KMS_NotFoundException"}});var Wv=p(()=>{});var Zg={};pr(Zg,{$Command:()=>Rr,AccessDeniedException:()=>Oi,AccessDeniedException$:()=>hv,AccessDeniedExceptionReason:()=>BU,AuthorizationPendingException:()=>Di,
AuthorizationPendingException$:()=>yv,CreateToken$:()=>Xg,CreateTokenCommand:()=>ji,CreateTokenRequest$:()=>Cv,CreateTokenResponse$:()=>bv,ExpiredTokenException:()=>Ni,
ExpiredTokenException$:()=>Sv,InternalServerException:()=>ki,InternalServerException$:()=>Ev,InvalidClientException:()=>$i,InvalidClientException$:()=>xv,InvalidGrantException:()=>Li,
InvalidGrantException$:()=>Rv,InvalidRequestException:()=>Ui,InvalidRequestException$:()=>_v,InvalidRequestExceptionReason:()=>GU,InvalidScopeException:()=>Fi,InvalidScopeException$:()=>wv,
SSOOIDC:()=>vp,SSOOIDCClient:()=>Gi,SSOOIDCServiceException:()=>Ne,SSOOIDCServiceException$:()=>gv,SlowDownException:()=>Mi,SlowDownException$:()=>Iv,UnauthorizedClientException:()=>Hi,
UnauthorizedClientException$:()=>Tv,UnsupportedGrantTypeException:()=>Bi,UnsupportedGrantTypeException$:()=>vv,__Client:()=>Re,errorTypeRegistries:()=>Jg});var eh=p(
()=>{Yg();jv();zv();v();Tp();Vv();Kg();Wv();Ip()});var qv,Kv=p(()=>{qv=async(t,e={},r)=>{let{SSOOIDCClient:o}=await Promise.resolve().then(()=>(eh(),Zg)),s=i=>e.clientConfig?.[i]??e.parentClientConfig?.[i]??r?.[i];
return new o(Object.assign({},e.clientConfig??{},{region:t??e.clientConfig?.region,logger:s("logger"),userAgentAppId:s("userAgentAppId")}))}});var Jv,Xv=p(()=>{Kv();Jv=async(t,e,r={},o)=>{let{CreateTokenCommand:s}=await Promise.resolve().then(()=>(eh(),Zg));return(await qv(e,r,o)).send(new s({clientId:t.
clientId,clientSecret:t.clientSecret,refreshToken:t.refreshToken,grantType:"refresh_token"}))}});var th,Yv=p(()=>{L();hp();th=t=>{if(t.expiration&&t.expiration.getTime()<Date.now())throw new fr(`Token is expired. ${mn}`,!1)}});var vo,Qv=p(()=>{L();hp();vo=(t,e,r=!1)=>{if(typeof e>"u")throw new fr(`Value not present for '${t}' in SSO Token${r?". Cannot refresh":""}. ${mn}`,!1)}});var Zv,jU,eA,tA=p(()=>{L();Zv=require("node:fs"),{writeFile:jU}=Zv.promises,eA=(t,e)=>{let r=zn(t),o=JSON.stringify(e,null,2);return jU(r,o)}});var rA,Ap,rh,oA=p(()=>{L();hp();Xv();Yv();Qv();tA();rA=new Map,Ap=new Map,rh=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/token-provider\
s - fromSso");let r=await Cr(t),o=ht({profile:t.profile??e?.profile}),s=r[o];if(s){if(!s.sso_session)throw new fr(`Profile '${o}' is missing required property '\
sso_session'.`)}else throw new fr(`Profile '${o}' could not be found in shared credentials file.`,!1);let n=s.sso_session,i=Ap.get(n);if(i)return await i;let c=(await Xn(
t))[n];if(!c)throw new fr(`Sso session '${n}' could not be found in shared credentials file.`,!1);for(let x of["sso_start_url","sso_region"])if(!c[x])throw new fr(
`Sso session '${n}' is missing required property '${x}'.`,!1);let l=c.sso_start_url,u=c.sso_region,d;try{d=await Wn(n)}catch{throw new fr(`The SSO session token\
 associated with profile=${o} was not found or is invalid. ${mn}`,!1)}vo("accessToken",d.accessToken),vo("expiresAt",d.expiresAt);let{accessToken:m,expiresAt:f}=d,
g={token:m,expiration:new Date(f)};if(g.expiration.getTime()-Date.now()>3e5)return g;let y=Ap.get(n);if(y)return await y;let h=rA.get(n)??0;if(Date.now()-h<30*1e3)
return th(g),g;vo("clientId",d.clientId,!0),vo("clientSecret",d.clientSecret,!0),vo("refreshToken",d.refreshToken,!0);let S=(async()=>{try{rA.set(n,Date.now());
let x=await Jv(d,u,t,e);vo("accessToken",x.accessToken),vo("expiresIn",x.expiresIn);let T=new Date(Date.now()+x.expiresIn*1e3);try{await eA(n,{...d,accessToken:x.
accessToken,expiresAt:T.toISOString(),refreshToken:x.refreshToken})}catch{}return{token:x.accessToken,expiration:T}}catch{return th(g),g}})();Ap.set(n,S);try{return await S}finally{
Ap.delete(n)}}});var sA=p(()=>{oA()});function VU(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"awsssoportal",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}function WU(t){return{schemeId:"smithy.api#noAuth"}}var nA,iA,aA,oh=p(()=>{ye();v();nA=async(t,e,r)=>({operation:re(e).operation,region:await W(t.
region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});iA=t=>{let e=[];return t.operation==="GetRoleCredentials"?e.push(
WU(t)):e.push(VU(t)),e},aA=t=>{let e=tr(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??[])})}});var cA,pA,sh=p(()=>{cA=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"awsssoporta\
l"}),pA={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var zi,ds,Cp,lA,fA,bp,nh,uA,ih,hn,dA,mA,qU,or,KU,gA,hA=p(()=>{z();zi="ref",ds=-1,Cp=!0,lA="isSet",fA="PartitionResult",bp="booleanEquals",nh="getAttr",uA={[zi]:"\
Endpoint"},ih={[zi]:fA},hn={},dA=[{[zi]:"Region"}],mA={conditions:[[lA,[uA]],[lA,dA],["aws.partition",dA,fA],[bp,[{[zi]:"UseFIPS"},Cp]],[bp,[{[zi]:"UseDualStack"},
Cp]],[bp,[{fn:nh,argv:[ih,"supportsDualStack"]},Cp]],[bp,[{fn:nh,argv:[ih,"supportsFIPS"]},Cp]],["stringEquals",[{fn:nh,argv:[ih,"name"]},"aws-us-gov"]]],results:[
[ds],[ds,"Invalid Configuration: FIPS and custom endpoint are not supported"],[ds,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[uA,
hn],["https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",hn],[ds,"FIPS and DualStack are enabled, but this partition does not support one or\
 both"],["https://portal.sso.{Region}.amazonaws.com",hn],["https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}",hn],[ds,"FIPS is enabled but this parti\
tion does not support FIPS"],["https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}",hn],[ds,"DualStack is enabled but this partition does not suppo\
rt DualStack"],["https://portal.sso.{Region}.{PartitionResult#dnsSuffix}",hn],[ds,"Invalid Configuration: Missing Region"]]},qU=2,or=1e8,KU=new Int32Array([-1,1,
-1,0,13,3,1,4,or+12,2,5,or+12,3,8,6,4,7,or+11,5,or+9,or+10,4,11,9,6,10,or+8,7,or+6,or+7,5,12,or+5,6,or+4,or+5,3,or+1,14,4,or+2,or+3]),gA=Be.from(KU,qU,mA.conditions,
mA.results)});var JU,yA,SA=p(()=>{F();z();hA();JU=new Ge({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),yA=(t,e={})=>JU.get(t,()=>At(gA,{endpointParams:t,logger:e.
logger}));Ae.aws=nt});var oo,ah=p(()=>{v();oo=class t extends Me{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Pp,Op,Dp,Np,ch=p(()=>{ah();Pp=class t extends oo{static shapeId="com.amazonaws.sso#InvalidRequestException";name="InvalidRequestException";$fault="client";constructor(e){
super({name:"InvalidRequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Op=class t extends oo{static shapeId="com.amazonaws.sso#R\
esourceNotFoundException";name="ResourceNotFoundException";$fault="client";constructor(e){super({name:"ResourceNotFoundException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Dp=class t extends oo{static shapeId="com.amazonaws.sso#TooManyRequestsException";name="TooManyRequestsException";$fault="cli\
ent";constructor(e){super({name:"TooManyRequestsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Np=class t extends oo{static shapeId="\
com.amazonaws.sso#UnauthorizedException";name="UnauthorizedException";$fault="client";constructor(e){super({name:"UnauthorizedException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}}});var XU,YU,QU,ZU,eF,tF,rF,oF,sF,nF,iF,aF,cF,pF,lF,kp,$p,uF,dF,Lp,mF,EA,Up,fF,gF,hF,xA,yF,SF,EF,Ir,RA,xF,Vi,RF,_F,wF,IF,_A,TF,vF,AF,CF,bF,PF,wA,Fp=p(()=>{Z();ch();
ah();XU="AccessTokenType",YU="GetRoleCredentials",QU="GetRoleCredentialsRequest",ZU="GetRoleCredentialsResponse",eF="InvalidRequestException",tF="RoleCredential\
s",rF="ResourceNotFoundException",oF="SecretAccessKeyType",sF="SessionTokenType",nF="TooManyRequestsException",iF="UnauthorizedException",aF="accountId",cF="acc\
essKeyId",pF="accessToken",lF="account_id",kp="client",$p="error",uF="expiration",dF="http",Lp="httpError",mF="httpHeader",EA="httpQuery",Up="message",fF="roleC\
redentials",gF="roleName",hF="role_name",xA="smithy.ts.sdk.synthetic.com.amazonaws.sso",yF="secretAccessKey",SF="sessionToken",EF="x-amz-sso_bearer_token",Ir="c\
om.amazonaws.sso",RA=new J(xA),xF=[-3,xA,"SSOServiceException",0,[],[]];RA.registerError(xF,oo);Vi=new J(Ir),RF=[-3,Ir,eF,{[$p]:kp,[Lp]:400},[Up],[0]];Vi.registerError(
RF,Pp);_F=[-3,Ir,rF,{[$p]:kp,[Lp]:404},[Up],[0]];Vi.registerError(_F,Op);wF=[-3,Ir,nF,{[$p]:kp,[Lp]:429},[Up],[0]];Vi.registerError(wF,Dp);IF=[-3,Ir,iF,{[$p]:kp,
[Lp]:401},[Up],[0]];Vi.registerError(IF,Np);_A=[RA,Vi],TF=[0,Ir,XU,8,0],vF=[0,Ir,oF,8,0],AF=[0,Ir,sF,8,0],CF=[3,Ir,QU,0,[gF,aF,pF],[[0,{[EA]:hF}],[0,{[EA]:lF}],
[()=>TF,{[mF]:EF}]],3],bF=[3,Ir,ZU,0,[fF],[[()=>PF,0]]],PF=[3,Ir,tF,0,[cF,yF,SF,uF],[0,[()=>vF,0],[()=>AF,0],1]],wA=[9,Ir,YU,{[dF]:["GET","/federation/credentia\
ls",200]},()=>CF,()=>bF]});var IA,TA=p(()=>{ye();To();De();jr();v();U();O();oh();SA();Fp();IA=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??yA,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
iA,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Ce}],logger:t?.logger??new xe,protocol:t?.protocol??ro,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.sso",errorTypeRegistries:_A,version:"2019-06-10",serviceTarget:"SWBPortalService"},serviceId:t?.serviceId??"S\
SO",sha256:t?.sha256??tt,urlParser:t?.urlParser??ge,utf8Decoder:t?.utf8Decoder??oe,utf8Encoder:t?.utf8Encoder??ee})});var vA,AA=p(()=>{bi();F();ye();v();L();st();O();to();TA();vA=t=>{Rt(process.version);let e=vt(t),r=()=>e().then(xt),o=IA(t);ut(process.version);let s={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(it,s),bodyLengthChecker:t?.bodyLengthChecker??
ft,defaultSocketTimeout:dr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Mt({serviceId:o.serviceId,clientVersion:wo.version}),maxAttempts:t?.
maxAttempts??_($t,t),region:t?.region??_(ve,{...He,...s}),requestHandler:be.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Ut,default:async()=>(await r()).
retryMode||Ve},t),streamCollector:t?.streamCollector??Pe,useDualstackEndpoint:t?.useDualstackEndpoint??_(yt,s),useFipsEndpoint:t?.useFipsEndpoint??_(St,s),userAgentAppId:t?.
userAgentAppId??_(Ht,s)}}});var CA,bA,PA=p(()=>{CA=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);
n===-1?e.push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){
return o}}},bA=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var OA,DA=p(()=>{F();v();U();PA();OA=(t,e)=>{let r=Object.assign(Bt(t),_t(t),Ct(t),CA(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Gt(r),wt(r),bt(r),
bA(r))}});var yn,ph=p(()=>{F();De();v();L();z();U();st();Z();oh();sh();AA();DA();yn=class extends Re{config;constructor(...[e]){let r=vA(e||{});super(r),this.initConfig=r;
let o=cA(r),s=kt(o),n=Lt(s),i=Tt(n),a=i,c=Qt(a),l=aA(c),u=OA(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(Et(this.config)),this.middlewareStack.use(
Ft(this.config)),this.middlewareStack.use(er(this.config)),this.middlewareStack.use(Pt(this.config)),this.middlewareStack.use(Ot(this.config)),this.middlewareStack.
use(Dt(this.config)),this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(rt(this.config,{httpAuthSchemeParametersProvider:nA,identityProviderConfigProvider:async d=>new Oe(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(ot(this.config))}destroy(){super.destroy()}}});var NA,kA,$A,LA=p(()=>{v();z();sh();NA=It(pA,"SWBPortalService","SSOClient",Zt),kA={},$A=(t,e,r,o)=>[]});var Sn,lh=p(()=>{LA();Fp();Sn=class extends NA(kA,$A,"GetRoleCredentials",wA){}});var OF,uh,UA=p(()=>{v();lh();ph();OF={GetRoleCredentialsCommand:Sn},uh=class extends yn{};Qr(OF,uh)});var FA=p(()=>{lh()});var MA=p(()=>{});var HA=p(()=>{ph();UA();FA();Fp();ch();MA()});var BA={};pr(BA,{GetRoleCredentialsCommand:()=>Sn,SSOClient:()=>yn});var GA=p(()=>{HA()});var Wi,dh,jA=p(()=>{F();sA();L();Wi=!1,dh=async({ssoStartUrl:t,ssoSession:e,ssoAccountId:r,ssoRegion:o,ssoRoleName:s,ssoClient:n,clientConfig:i,parentClientConfig:a,
callerClientConfig:c,profile:l,filepath:u,configFilepath:d,ignoreCache:m,logger:f})=>{let g,y="To refresh this SSO session run aws sso login with the correspond\
ing profile.";if(e)try{let Xt=await rh({profile:l,filepath:u,configFilepath:d,ignoreCache:m,clientConfig:i,parentClientConfig:a,logger:f})({callerClientConfig:c});
g={accessToken:Xt.token,expiresAt:new Date(Xt.expiration).toISOString()}}catch(Xt){throw new w(Xt.message,{tryNextLink:Wi,logger:f})}else try{g=await Wn(t)}catch{
throw new w(`The SSO session associated with this profile is invalid. ${y}`,{tryNextLink:Wi,logger:f})}if(new Date(g.expiresAt).getTime()-Date.now()<=0)throw new w(
`The SSO session associated with this profile has expired. ${y}`,{tryNextLink:Wi,logger:f});let{accessToken:h}=g,{SSOClient:S,GetRoleCredentialsCommand:x}=await Promise.resolve().then(()=>(GA(),BA)),
T=n||new S(Object.assign({},i??{},{logger:i?.logger??c?.logger??a?.logger,region:i?.region??o,userAgentAppId:i?.userAgentAppId??c?.userAgentAppId??a?.userAgentAppId})),
R;try{R=await T.send(new x({accountId:r,roleName:s,accessToken:h}))}catch(Xt){throw new w(Xt,{tryNextLink:Wi,logger:f})}let{roleCredentials:{accessKeyId:I,secretAccessKey:M,
sessionToken:V,expiration:Sr,credentialScope:Lr,accountId:me}={}}=R;if(!I||!M||!V||!Sr)throw new w("SSO returns an invalid temporary credential.",{tryNextLink:Wi,
logger:f});let Ue={accessKeyId:I,secretAccessKey:M,sessionToken:V,expiration:new Date(Sr),...Lr&&{credentialScope:Lr},...me&&{accountId:me}};return e?B(Ue,"CRED\
ENTIALS_SSO","s"):B(Ue,"CREDENTIALS_SSO_LEGACY","u"),Ue}});var Mp,mh=p(()=>{L();Mp=(t,e)=>{let{sso_start_url:r,sso_account_id:o,sso_region:s,sso_role_name:n}=t;if(!r||!o||!s||!n)throw new w(`Profile is configured with i\
nvalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(t).join(", ")}
Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,{tryNextLink:!1,logger:e});return t}});var zA,VA=p(()=>{L();Mg();jA();mh();zA=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO");let{ssoStartUrl:r,
ssoAccountId:o,ssoRegion:s,ssoRoleName:n,ssoSession:i}=t,{ssoClient:a}=t,c=ht({profile:t.profile??e?.profile});if(!r&&!o&&!s&&!n&&!i){let u=(await Cr(t))[c];if(!u)
throw new w(`Profile ${c} was not found.`,{logger:t.logger});if(!gp(u))throw new w(`Profile ${c} is not configured with SSO credentials.`,{logger:t.logger});if(u?.
sso_session){let S=(await Xn(t))[u.sso_session],x=` configurations in profile ${c} and sso-session ${u.sso_session}`;if(s&&s!==S.sso_region)throw new w("Conflic\
ting SSO region"+x,{tryNextLink:!1,logger:t.logger});if(r&&r!==S.sso_start_url)throw new w("Conflicting SSO start_url"+x,{tryNextLink:!1,logger:t.logger});u.sso_region=
S.sso_region,u.sso_start_url=S.sso_start_url}let{sso_start_url:d,sso_account_id:m,sso_region:f,sso_role_name:g,sso_session:y}=Mp(u,t.logger);return dh({ssoStartUrl:d,
ssoSession:y,ssoAccountId:m,ssoRegion:f,ssoRoleName:g,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}else{if(!r||!o||!s||!n)throw new w('Incomplete configu\
ration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',{tryNextLink:!1,logger:t.logger});return dh({ssoStartUrl:r,
ssoSession:i,ssoAccountId:o,ssoRegion:s,ssoRoleName:n,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}}});var fh={};pr(fh,{fromSSO:()=>zA,isSsoProfile:()=>gp,validateSsoProfile:()=>Mp});var gh=p(()=>{VA();Mg();mh()});var WA,hh,qA=p(()=>{F();L();WA=(t,e,r)=>{let o={EcsContainer:async s=>{let{fromHttp:n}=await Promise.resolve().then(()=>(Fg(),Ug)),{fromContainerMetadata:i}=await Promise.resolve().then(()=>(dp(),up));
return r?.debug("@aws-sdk/credential-provider-ini - credential_source is EcsContainer"),async()=>Vo(n(s??{}),i(s))().then(hh)},Ec2InstanceMetadata:async s=>{r?.
debug("@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata");let{fromInstanceMetadata:n}=await Promise.resolve().then(()=>(dp(),up));return async()=>n(
s)().then(hh)},Environment:async s=>{r?.debug("@aws-sdk/credential-provider-ini - credential_source is Environment");let{fromEnv:n}=await Promise.resolve().then(()=>(vg(),HI));
return async()=>n(s)().then(hh)}};if(t in o)return o[t];throw new w(`Unsupported credential source in profile ${e}. Got ${t}, expected EcsContainer or Ec2Instan\
ceMetadata or Environment.`,{logger:r})},hh=t=>B(t,"CREDENTIALS_PROFILE_NAMED_PROVIDER","p")});var xn,ms,qi,KA,rC,Ki,Ke,yh,JA,XA,YA,QA,ZA,Je,Sh,En,eC,tC,DF,Y,NF,oC,sC=p(()=>{z();xn="ref",ms=-1,qi=!0,KA="isSet",rC="PartitionResult",Ki="booleanEquals",Ke="s\
tringEquals",yh="getAttr",JA="us-east-1",XA="sigv4",YA="sts",QA="https://sts.{Region}.{PartitionResult#dnsSuffix}",ZA={[xn]:"Endpoint"},Je={[xn]:"Region"},Sh={[xn]:rC},
En={},eC=[Je],tC={conditions:[[KA,[ZA]],[KA,eC],["aws.partition",eC,rC],[Ki,[{[xn]:"UseFIPS"},qi]],[Ki,[{[xn]:"UseDualStack"},qi]],[Ke,[Je,"aws-global"]],[Ki,[{
[xn]:"UseGlobalEndpoint"},qi]],[Ke,[Je,"eu-central-1"]],[Ki,[{fn:yh,argv:[Sh,"supportsDualStack"]},qi]],[Ki,[{fn:yh,argv:[Sh,"supportsFIPS"]},qi]],[Ke,[Je,"ap-s\
outh-1"]],[Ke,[Je,"eu-north-1"]],[Ke,[Je,"eu-west-1"]],[Ke,[Je,"eu-west-2"]],[Ke,[Je,"eu-west-3"]],[Ke,[Je,"sa-east-1"]],[Ke,[Je,JA]],[Ke,[Je,"us-east-2"]],[Ke,
[Je,"us-west-2"]],[Ke,[Je,"us-west-1"]],[Ke,[Je,"ca-central-1"]],[Ke,[Je,"ap-southeast-1"]],[Ke,[Je,"ap-northeast-1"]],[Ke,[Je,"ap-southeast-2"]],[Ke,[{fn:yh,argv:[
Sh,"name"]},"aws-us-gov"]]],results:[[ms],["https://sts.amazonaws.com",{authSchemes:[{name:XA,signingName:YA,signingRegion:JA}]}],[QA,{authSchemes:[{name:XA,signingName:YA,
signingRegion:"{Region}"}]}],[ms,"Invalid Configuration: FIPS and custom endpoint are not supported"],[ms,"Invalid Configuration: Dualstack and custom endpoint \
are not supported"],[ZA,En],["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",En],[ms,"FIPS and DualStack are enabled, but this partition does n\
ot support one or both"],["https://sts.{Region}.amazonaws.com",En],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",En],[ms,"FIPS is enabled but this pa\
rtition does not support FIPS"],["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}",En],[ms,"DualStack is enabled but this partition does not support D\
ualStack"],[QA,En],[ms,"Invalid Configuration: Missing Region"]]},DF=2,Y=1e8,NF=new Int32Array([-1,1,-1,0,30,3,1,4,Y+14,2,5,Y+14,3,25,6,4,24,7,5,Y+1,8,6,9,Y+13,
7,Y+1,10,10,Y+1,11,11,Y+1,12,12,Y+1,13,13,Y+1,14,14,Y+1,15,15,Y+1,16,16,Y+1,17,17,Y+1,18,18,Y+1,19,19,Y+1,20,20,Y+1,21,21,Y+1,22,22,Y+1,23,23,Y+1,Y+2,8,Y+11,Y+12,
4,28,26,9,27,Y+10,24,Y+8,Y+9,8,29,Y+7,9,Y+6,Y+7,3,Y+3,31,4,Y+4,Y+5]),oC=Be.from(NF,DF,tC.conditions,tC.results)});var kF,Hp,Eh=p(()=>{F();z();sC();kF=new Ge({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),Hp=(t,e={})=>kF.get(t,()=>At(oC,
{endpointParams:t,logger:e.logger}));Ae.aws=nt});function iC(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function xh(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function aC(t){return{schemeId:"smithy.api#noAuth"}}var $F,LF,nC,UF,FF,cC,pC,Rh=p(()=>{ye();_i();v();z();Eh();$F=t=>async(e,r,o)=>{if(!o)throw new Error("Could \
not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let s=await t(e,r,o),n=re(r)?.commandInstance?.constructor?.getEndpointParameterInstructions;
if(!n)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}'`);let i=await zs(o,{getEndpointParameterInstructions:n},e);return Object.
assign(s,i)},LF=async(t,e,r)=>({operation:re(e).operation,region:await W(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()}),nC=$F(LF);UF=(t,e,r)=>s=>{let i=t(s).properties?.authSchemes;if(!i)return e(s);let a=[];for(let c of i){let{name:l,properties:u={},...d}=c,m=l.toLowerCase();
l!==m&&console.warn(`HttpAuthScheme has been normalized with lowercasing: '${l}' to '${m}'`);let f;if(m==="sigv4a"){f="aws.auth#sigv4a";let h=i.find(S=>{let x=S.
name.toLowerCase();return x!=="sigv4a"&&x.startsWith("sigv4")});if(Or.sigv4aDependency()==="none"&&h)continue}else if(m.startsWith("sigv4"))f="aws.auth#sigv4";else
throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);let g=r[f];if(!g)throw new Error(`Could not find HttpAuthOption creat\
e function for '${f}'`);let y=g(s);y.schemeId=f,y.signingProperties={...y.signingProperties||{},...d,...u},a.push(y)}return a},FF=t=>{let e=[];return t.operation===
"AssumeRoleWithWebIdentity"?(e.push(aC(t)),e.push(xh(t))):(e.push(iC(t)),e.push(xh(t))),e},cC=UF(Hp,FF,{"aws.auth#sigv4":iC,"aws.auth#sigv4a":xh,"smithy.api#noA\
uth":aC}),pC=t=>{let e=tr(t),r=nn(e);return Object.assign(r,{authSchemePreference:W(t.authSchemePreference??[])})}});var lC,uC,_h=p(()=>{lC=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??
!1,defaultSigningName:"sts"}),uC={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{
type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}}});var sr,Bp=p(()=>{v();sr=class t extends Me{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Ji,Xi,Yi,Qi,Zi,ea,ta,wh=p(()=>{Bp();Ji=class t extends sr{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="clie\
nt";constructor(e){super({name:"ExpiredTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Xi=class t extends sr{static shapeId="co\
m.amazonaws.sts#MalformedPolicyDocumentException";name="MalformedPolicyDocumentException";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentExc\
eption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Yi=class t extends sr{static shapeId="com.amazonaws.sts#PackedPolicyTooLargeException";name="\
PackedPolicyTooLargeException";$fault="client";constructor(e){super({name:"PackedPolicyTooLargeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Qi=class t extends sr{static shapeId="com.amazonaws.sts#RegionDisabledException";name="RegionDisabledException";$fault="client";constructor(e){super({name:"Regi\
onDisabledException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Zi=class t extends sr{static shapeId="com.amazonaws.sts#IDPRejectedClaimEx\
ception";name="IDPRejectedClaimException";$fault="client";constructor(e){super({name:"IDPRejectedClaimException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},ea=class t extends sr{static shapeId="com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdentityTokenException";$fault="client";constructor(e){
super({name:"InvalidIdentityTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ta=class t extends sr{static shapeId="com.amazonaws\
.sts#IDPCommunicationErrorException";name="IDPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicationErrorExcept\
ion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}}});var MF,HF,BF,GF,jF,zF,Ih,VF,WF,qF,KF,Th,JF,dC,XF,YF,QF,ZF,eM,tM,rM,oM,mC,fC,gC,sM,nM,iM,aM,cM,pM,hC,lM,uM,yC,dM,SC,mM,fM,vh,gM,hM,EC,xC,yM,SM,EM,xM,RM,_M,wM,IM,
fs,gs,TM,hs,ys,Ss,vM,RC,AM,ie,_C,wC,Ao,IC,TC,vC,AC,CC,bC,PC,Ah,CM,bM,Ch,OC,DC,NC,kC,bh,$C,LC,UC,FC,PM,OM,Ph,Oh,ra=p(()=>{Z();wh();Bp();MF="Arn",HF="AccessKeyId",
BF="AssumeRole",GF="AssumedRoleId",jF="AssumeRoleRequest",zF="AssumeRoleResponse",Ih="AssumedRoleUser",VF="AssumeRoleWithWebIdentity",WF="AssumeRoleWithWebIdent\
ityRequest",qF="AssumeRoleWithWebIdentityResponse",KF="Audience",Th="Credentials",JF="ContextAssertion",dC="DurationSeconds",XF="Expiration",YF="ExternalId",QF=
"ExpiredTokenException",ZF="IDPCommunicationErrorException",eM="IDPRejectedClaimException",tM="InvalidIdentityTokenException",rM="Key",oM="MalformedPolicyDocume\
ntException",mC="MinimumSessionTokenSize",fC="Policy",gC="PolicyArns",sM="ProviderArn",nM="ProvidedContexts",iM="ProvidedContextsListType",aM="ProvidedContext",
cM="PolicyDescriptorType",pM="ProviderId",hC="PackedPolicySize",lM="PackedPolicyTooLargeException",uM="Provider",yC="RoleArn",dM="RegionDisabledException",SC="R\
oleSessionName",mM="SecretAccessKey",fM="SubjectFromWebIdentityToken",vh="SourceIdentity",gM="SerialNumber",hM="SessionToken",EC="SessionTokenSize",xC="SessionT\
okenUtilization",yM="Tags",SM="TokenCode",EM="TransitiveTagKeys",xM="Tag",RM="Value",_M="WebIdentityToken",wM="arn",IM="accessKeySecretType",fs="awsQueryError",
gs="client",TM="clientTokenType",hs="error",ys="httpError",Ss="message",vM="policyDescriptorListType",RC="smithy.ts.sdk.synthetic.com.amazonaws.sts",AM="tagList\
Type",ie="com.amazonaws.sts",_C=new J(RC),wC=[-3,RC,"STSServiceException",0,[],[]];_C.registerError(wC,sr);Ao=new J(ie),IC=[-3,ie,QF,{[fs]:["ExpiredTokenExcepti\
on",400],[hs]:gs,[ys]:400},[Ss],[0]];Ao.registerError(IC,Ji);TC=[-3,ie,ZF,{[fs]:["IDPCommunicationError",400],[hs]:gs,[ys]:400},[Ss],[0]];Ao.registerError(TC,ta);
vC=[-3,ie,eM,{[fs]:["IDPRejectedClaim",403],[hs]:gs,[ys]:403},[Ss],[0]];Ao.registerError(vC,Zi);AC=[-3,ie,tM,{[fs]:["InvalidIdentityToken",400],[hs]:gs,[ys]:400},
[Ss],[0]];Ao.registerError(AC,ea);CC=[-3,ie,oM,{[fs]:["MalformedPolicyDocument",400],[hs]:gs,[ys]:400},[Ss],[0]];Ao.registerError(CC,Xi);bC=[-3,ie,lM,{[fs]:["Pa\
ckedPolicyTooLarge",400],[hs]:gs,[ys]:400},[Ss],[0]];Ao.registerError(bC,Yi);PC=[-3,ie,dM,{[fs]:["RegionDisabledException",403],[hs]:gs,[ys]:403},[Ss],[0]];Ao.registerError(
PC,Qi);Ah=[_C,Ao],CM=[0,ie,IM,8,0],bM=[0,ie,TM,8,0],Ch=[3,ie,Ih,0,[GF,MF],[0,0],2],OC=[3,ie,jF,0,[yC,SC,gC,fC,dC,yM,EM,YF,gM,SM,vh,nM,mC],[0,0,()=>FC,0,1,()=>OM,
64,0,0,0,0,()=>PM,1],2],DC=[3,ie,zF,0,[Th,Ih,hC,vh,xC,EC],[[()=>bh,0],()=>Ch,1,0,1,1]],NC=[3,ie,WF,0,[yC,SC,_M,pM,gC,fC,dC,mC],[0,0,[()=>bM,0],0,()=>FC,0,1,1],3],
kC=[3,ie,qF,0,[Th,fM,Ih,hC,uM,KF,vh,xC,EC],[[()=>bh,0],0,()=>Ch,1,0,0,0,1,1]],bh=[3,ie,Th,0,[HF,mM,hM,XF],[0,[()=>CM,0],0,4],4],$C=[3,ie,cM,0,[wM],[0]],LC=[3,ie,
aM,0,[sM,JF],[0,0]],UC=[3,ie,xM,0,[rM,RM],[0,0],2],FC=[1,ie,vM,0,()=>$C],PM=[1,ie,iM,0,()=>LC],OM=[1,ie,AM,0,()=>UC],Ph=[9,ie,BF,0,()=>OC,()=>DC],Oh=[9,ie,VF,0,
()=>NC,()=>kC]});var MC,HC=p(()=>{ye();To();_i();De();jr();v();U();O();Rh();Eh();ra();MC=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??Hp,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
cC,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne},{schemeId:"aws.aut\
h#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4a"),signer:new _r},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("s\
mithy.api#noAuth")||(async()=>({})),signer:new Ce}],logger:t?.logger??new xe,protocol:t?.protocol??ls,protocolSettings:t?.protocolSettings??{defaultNamespace:"c\
om.amazonaws.sts",errorTypeRegistries:Ah,xmlNamespace:"https://sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20\
110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??tt,signerConstructor:t?.signerConstructor??Or,urlParser:t?.urlParser??ge,utf8Decoder:t?.utf8Decoder??oe,
utf8Encoder:t?.utf8Encoder??ee})});var BC,GC=p(()=>{bi();F();ye();De();v();L();st();O();to();HC();BC=t=>{Rt(process.version);let e=vt(t),r=()=>e().then(xt),o=MC(t);ut(process.version);let s={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(it,s),bodyLengthChecker:t?.bodyLengthChecker??
ft,defaultSocketTimeout:dr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Mt({serviceId:o.serviceId,clientVersion:wo.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:n=>n.getIdentityProvider("aws.auth#sigv4")||(async i=>await t.credentialDefaultProvider(i?.__config||
{})()),signer:new ne},{schemeId:"aws.auth#sigv4a",identityProvider:n=>n.getIdentityProvider("aws.auth#sigv4a"),signer:new _r},{schemeId:"smithy.api#noAuth",identityProvider:n=>n.
getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Ce}],maxAttempts:t?.maxAttempts??_($t,t),region:t?.region??_(ve,{...He,...s}),requestHandler:be.
create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Ut,default:async()=>(await r()).retryMode||Ve},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??_(
an,s),streamCollector:t?.streamCollector??Pe,useDualstackEndpoint:t?.useDualstackEndpoint??_(yt,s),useFipsEndpoint:t?.useFipsEndpoint??_(St,s),userAgentAppId:t?.
userAgentAppId??_(Ht,s)}}});var jC,zC,VC=p(()=>{jC=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);
n===-1?e.push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){
return o}}},zC=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var WC,qC=p(()=>{F();v();U();VC();WC=(t,e)=>{let r=Object.assign(Bt(t),_t(t),Ct(t),jC(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Gt(r),wt(r),bt(r),
zC(r))}});var Co,Gp=p(()=>{F();De();v();L();z();U();st();Z();Rh();_h();GC();qC();Co=class extends Re{config;constructor(...[e]){let r=BC(e||{});super(r),this.initConfig=r;
let o=lC(r),s=kt(o),n=Lt(s),i=Tt(n),a=i,c=Qt(a),l=pC(c),u=WC(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(Et(this.config)),this.middlewareStack.use(
Ft(this.config)),this.middlewareStack.use(er(this.config)),this.middlewareStack.use(Pt(this.config)),this.middlewareStack.use(Ot(this.config)),this.middlewareStack.
use(Dt(this.config)),this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(rt(this.config,{httpAuthSchemeParametersProvider:nC,identityProviderConfigProvider:async d=>new Oe(
{"aws.auth#sigv4":d.credentials,"aws.auth#sigv4a":d.credentials})})),this.middlewareStack.use(ot(this.config))}destroy(){super.destroy()}}});var jp,zp,Vp,Dh=p(()=>{v();z();_h();jp=It(uC,"AWSSecurityTokenServiceV20110615","STSClient",Zt),zp={},Vp=(t,e,r,o)=>[]});var Es,Wp=p(()=>{Dh();ra();Es=class extends jp(zp,Vp,"AssumeRole",Ph){}});var xs,qp=p(()=>{Dh();ra();xs=class extends jp(zp,Vp,"AssumeRoleWithWebIdentity",Oh){}});var DM,Kp,KC=p(()=>{v();Wp();qp();Gp();DM={AssumeRoleCommand:Es,AssumeRoleWithWebIdentityCommand:xs},Kp=class extends Co{};Qr(DM,Kp)});var JC=p(()=>{Wp();qp()});var XC=p(()=>{});var YC,QC,ZC,eb,tb,rb=p(()=>{F();Wp();qp();YC=t=>{if(typeof t?.Arn=="string"){let e=t.Arn.split(":");if(e.length>4&&e[4]!=="")return e[4]}},QC=async(t,e,r,o={})=>{
let s=typeof t=="function"?await t():t,n=typeof e=="function"?await e():e,i="",a=s??n??(i=await rg(o)());return r?.debug?.("@aws-sdk/client-sts::resolveRegion",
"accepting first of:",`${s} (credential provider clientConfig)`,`${n} (contextual client)`,`${i} (STS default: AWS_REGION, profile region, or us-east-1)`),a},ZC=
(t,e)=>{let r,o;return async(s,n)=>{if(o=s,!r){let{logger:u=t?.parentClientConfig?.logger,profile:d=t?.parentClientConfig?.profile,region:m,requestHandler:f=t?.
parentClientConfig?.requestHandler,credentialProviderLogger:g,userAgentAppId:y=t?.parentClientConfig?.userAgentAppId}=t,h=await QC(m,t?.parentClientConfig?.region,
g,{logger:u,profile:d}),S=!tb(f);r=new e({...t,userAgentAppId:y,profile:d,credentialDefaultProvider:()=>async()=>o,region:h,requestHandler:S?f:void 0,logger:u})}
let{Credentials:i,AssumedRoleUser:a}=await r.send(new Es(n));if(!i||!i.AccessKeyId||!i.SecretAccessKey)throw new Error(`Invalid response from STS.assumeRole cal\
l with role ${n.RoleArn}`);let c=YC(a),l={accessKeyId:i.AccessKeyId,secretAccessKey:i.SecretAccessKey,sessionToken:i.SessionToken,expiration:i.Expiration,...i.CredentialScope&&
{credentialScope:i.CredentialScope},...c&&{accountId:c}};return B(l,"CREDENTIALS_STS_ASSUME_ROLE","i"),l}},eb=(t,e)=>{let r;return async o=>{if(!r){let{logger:c=t?.
parentClientConfig?.logger,profile:l=t?.parentClientConfig?.profile,region:u,requestHandler:d=t?.parentClientConfig?.requestHandler,credentialProviderLogger:m,userAgentAppId:f=t?.
parentClientConfig?.userAgentAppId}=t,g=await QC(u,t?.parentClientConfig?.region,m,{logger:c,profile:l}),y=!tb(d);r=new e({...t,userAgentAppId:f,profile:l,region:g,
requestHandler:y?d:void 0,logger:c})}let{Credentials:s,AssumedRoleUser:n}=await r.send(new xs(o));if(!s||!s.AccessKeyId||!s.SecretAccessKey)throw new Error(`Inv\
alid response from STS.assumeRoleWithWebIdentity call with role ${o.RoleArn}`);let i=YC(n),a={accessKeyId:s.AccessKeyId,secretAccessKey:s.SecretAccessKey,sessionToken:s.
SessionToken,expiration:s.Expiration,...s.CredentialScope&&{credentialScope:s.CredentialScope},...i&&{accountId:i}};return i&&B(a,"RESOLVED_ACCOUNT_ID","T"),B(a,
"CREDENTIALS_STS_ASSUME_ROLE_WEB_ID","k"),a}},tb=t=>t?.metadata?.handlerProtocol==="h2"});var ob,sb,nb,NM,ib=p(()=>{rb();Gp();ob=(t,e)=>e?class extends t{constructor(o){super(o);for(let s of e)this.middlewareStack.use(s)}}:t,sb=(t={},e)=>ZC(t,ob(Co,e)),
nb=(t={},e)=>eb(t,ob(Co,e)),NM=t=>e=>t({roleAssumer:sb(e),roleAssumerWithWebIdentity:nb(e),...e})});var Nh={};pr(Nh,{$Command:()=>Rr,AssumeRole$:()=>Ph,AssumeRoleCommand:()=>Es,AssumeRoleRequest$:()=>OC,AssumeRoleResponse$:()=>DC,AssumeRoleWithWebIdentity$:()=>Oh,
AssumeRoleWithWebIdentityCommand:()=>xs,AssumeRoleWithWebIdentityRequest$:()=>NC,AssumeRoleWithWebIdentityResponse$:()=>kC,AssumedRoleUser$:()=>Ch,Credentials$:()=>bh,
ExpiredTokenException:()=>Ji,ExpiredTokenException$:()=>IC,IDPCommunicationErrorException:()=>ta,IDPCommunicationErrorException$:()=>TC,IDPRejectedClaimException:()=>Zi,
IDPRejectedClaimException$:()=>vC,InvalidIdentityTokenException:()=>ea,InvalidIdentityTokenException$:()=>AC,MalformedPolicyDocumentException:()=>Xi,MalformedPolicyDocumentException$:()=>CC,
PackedPolicyTooLargeException:()=>Yi,PackedPolicyTooLargeException$:()=>bC,PolicyDescriptorType$:()=>$C,ProvidedContext$:()=>LC,RegionDisabledException:()=>Qi,RegionDisabledException$:()=>PC,
STS:()=>Kp,STSClient:()=>Co,STSServiceException:()=>sr,STSServiceException$:()=>wC,Tag$:()=>UC,__Client:()=>Re,decorateDefaultCredentialProvider:()=>NM,errorTypeRegistries:()=>Ah,
getDefaultRoleAssumer:()=>sb,getDefaultRoleAssumerWithWebIdentity:()=>nb});var kh=p(()=>{Gp();KC();JC();v();ra();wh();XC();ib();Bp()});var cb,kM,$M,pb,ab,lb=p(()=>{F();L();qA();cb=(t,{profile:e="default",logger:r}={})=>!!t&&typeof t=="object"&&typeof t.role_arn=="string"&&["undefined","string"].
indexOf(typeof t.role_session_name)>-1&&["undefined","string"].indexOf(typeof t.external_id)>-1&&["undefined","string"].indexOf(typeof t.mfa_serial)>-1&&(kM(t,{
profile:e,logger:r})||$M(t,{profile:e,logger:r})),kM=(t,{profile:e,logger:r})=>{let o=typeof t.source_profile=="string"&&typeof t.credential_source>"u";return o&&
r?.debug?.(`    ${e} isAssumeRoleWithSourceProfile source_profile=${t.source_profile}`),o},$M=(t,{profile:e,logger:r})=>{let o=typeof t.credential_source=="stri\
ng"&&typeof t.source_profile>"u";return o&&r?.debug?.(`    ${e} isCredentialSourceProfile credential_source=${t.credential_source}`),o},pb=async(t,e,r,o,s={},n)=>{
r.logger?.debug("@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)");let i=e[t],{source_profile:a,region:c}=i;if(!r.roleAssumer){let{getDefaultRoleAssumer:u}=await Promise.resolve().then(()=>(kh(),Nh));
r.roleAssumer=u({...r.clientConfig,credentialProviderLogger:r.logger,parentClientConfig:{...o,...r?.parentClientConfig,region:c??r?.parentClientConfig?.region??
o?.region}},r.clientPlugins)}if(a&&a in s)throw new w(`Detected a cycle attempting to resolve credentials for profile ${ht(r)}. Profiles visited: `+Object.keys(
s).join(", "),{logger:r.logger});r.logger?.debug(`@aws-sdk/credential-provider-ini - finding credential resolver using ${a?`source_profile=[${a}]`:`profile=[${t}\
]`}`);let l=a?n(a,e,r,o,{...s,[a]:!0},ab(e[a]??{})):(await WA(i.credential_source,t,r.logger)(r))();if(ab(i))return l.then(u=>B(u,"CREDENTIALS_PROFILE_SOURCE_PR\
OFILE","o"));{let u={RoleArn:i.role_arn,RoleSessionName:i.role_session_name||`aws-sdk-js-${Date.now()}`,ExternalId:i.external_id,DurationSeconds:parseInt(i.duration_seconds||
"3600",10)},{mfa_serial:d}=i;if(d){if(!r.mfaCodeProvider)throw new w(`Profile ${t} requires multi-factor authentication, but no MFA code callback was provided.`,
{logger:r.logger,tryNextLink:!1});u.SerialNumber=d,u.TokenCode=await r.mfaCodeProvider(d)}let m=await l;return r.roleAssumer(m,u).then(f=>B(f,"CREDENTIALS_PROFI\
LE_SOURCE_PROFILE","o"))}},ab=t=>!t.role_arn&&!!t.credential_source});function LM(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"signin",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function UM(t){return{schemeId:"smithy.api#noAuth"}}var ub,db,mb,$h=p(()=>{ye();v();ub=async(t,e,r)=>({operation:re(e).operation,region:await W(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});db=t=>{let e=[];return t.operation==="CreateOAuth2Token"?e.push(UM(t)):e.push(LM(
t)),e},mb=t=>{let e=tr(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??[])})}});var fb,gb,Lh=p(()=>{fb=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"signin"}),gb=
{UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var Oo,bo,hb,Rn,yb,_n,Sb,Fh,so,Uh,Eb,xb,Po,Ib,Rb,Jp,at,_b,wb,FM,G,MM,Tb,vb=p(()=>{z();Oo="ref",bo=-1,hb=!1,Rn=!0,yb="isSet",_n="booleanEquals",Sb="coalesce",Fh=
"PartitionResult",so="stringEquals",Uh="getAttr",Eb="https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}",xb={[Oo]:"Endpoint"},Po={fn:Uh,argv:[{[Oo]:Fh},
"name"]},Ib={[Oo]:"Region"},Rb={[Oo]:Fh},Jp={authSchemes:[{name:"sigv4",signingName:"signin",signingRegion:"{Region}"}]},at={},_b=[Ib],wb={conditions:[[yb,_b],[
_n,[{fn:Sb,argv:[{[Oo]:"IsControlPlane"},hb]},Rn]],[yb,[xb]],["aws.partition",_b,Fh],[_n,[{[Oo]:"UseFIPS"},Rn]],[so,[Po,"aws"]],[_n,[{fn:Sb,argv:[{[Oo]:"IsOAuth\
Endpoint"},hb]},Rn]],[_n,[{[Oo]:"UseDualStack"},Rn]],[so,[Po,"aws-cn"]],[so,[Ib,"us-gov-west-1"]],[so,[Po,"aws-us-gov"]],[_n,[{fn:Uh,argv:[Rb,"supportsFIPS"]},Rn]],
[so,[Po,"aws-iso"]],[so,[Po,"aws-iso-b"]],[so,[Po,"aws-iso-f"]],[so,[Po,"aws-iso-e"]],[so,[Po,"aws-eusc"]],[_n,[{fn:Uh,argv:[Rb,"supportsDualStack"]},Rn]]],results:[
[bo],["https://signin.{Region}.api.aws",Jp],["https://signin.{Region}.api.amazonwebservices.com.cn",Jp],[Eb,Jp],[bo,"FIPS endpoints are not supported for OAuth \
operations. Disable FIPS or use a non-OAuth operation."],["https://{Region}.oauth.signin.aws",Jp],["https://{Region}.signin.aws.amazon.com",at],["https://{Regio\
n}.signin.amazonaws.cn",at],["https://{Region}.signin.amazonaws-us-gov.com",at],["https://{Region}.signin.c2shome.ic.gov",at],["https://{Region}.signin.sc2shome\
.sgov.gov",at],["https://{Region}.signin.csphome.hci.ic.gov",at],["https://{Region}.signin.csphome.adc-e.uk",at],["https://{Region}.signin.amazonaws-eusc.eu",at],
["https://signin-fips.amazonaws-us-gov.com",at],["https://{Region}.signin-fips.amazonaws-us-gov.com",at],["https://{Region}.signin.{PartitionResult#dnsSuffix}",
at],[bo,"Invalid Configuration: FIPS and custom endpoint are not supported"],[bo,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[xb,at],
["https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",at],[bo,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://signin-fips.{Region}.{PartitionResult#dnsSuffix}",at],[bo,"FIPS is enabled but this partition does not support FIPS"],[Eb,at],[bo,"DualStack is enable\
d but this partition does not support DualStack"],["https://signin.{Region}.{PartitionResult#dnsSuffix}",at],[bo,"Invalid Configuration: Missing Region"]]},FM=2,
G=1e8,MM=new Int32Array([-1,1,-1,0,6,3,2,36,4,4,5,G+27,6,G+4,G+27,1,29,7,2,36,8,3,9,31,4,22,10,5,19,11,7,21,12,8,G+7,13,10,G+8,14,12,G+9,15,13,G+10,16,14,G+11,17,
15,G+12,18,16,G+13,G+16,6,G+5,20,7,21,G+6,17,G+24,G+25,6,G+4,23,7,27,24,9,G+14,25,10,G+15,26,11,G+22,G+23,11,28,G+21,17,G+20,G+21,2,35,30,3,39,31,4,32,G+27,6,G+
4,33,7,G+27,34,9,G+14,G+27,3,39,36,4,38,37,7,G+18,G+19,6,G+4,G+17,5,G+1,40,8,G+2,G+3]),Tb=Be.from(MM,FM,wb.conditions,wb.results)});var HM,Ab,Cb=p(()=>{F();z();vb();HM=new Ge({size:50,params:["Endpoint","IsControlPlane","IsOAuthEndpoint","Region","UseDualStack","UseFIPS"]}),Ab=(t,e={})=>HM.get(
t,()=>At(Tb,{endpointParams:t,logger:e.logger}));Ae.aws=nt});var kr,Xp=p(()=>{v();kr=class t extends Me{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var oa,sa,na,ia,Mh=p(()=>{Xp();oa=class t extends kr{static shapeId="com.amazonaws.signin#AccessDeniedException";name="AccessDeniedException";$fault="client";error;constructor(e){
super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},sa=class t extends kr{static shapeId="co\
m.amazonaws.signin#InternalServerException";name="InternalServerException";$fault="server";error;constructor(e){super({name:"InternalServerException",$fault:"se\
rver",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},na=class t extends kr{static shapeId="com.amazonaws.signin#TooManyRequestsError";name="\
TooManyRequestsError";$fault="client";error;constructor(e){super({name:"TooManyRequestsError",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.
error=e.error}},ia=class t extends kr{static shapeId="com.amazonaws.signin#ValidationException";name="ValidationException";$fault="client";error;constructor(e){
super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}}});var BM,GM,jM,zM,VM,WM,qM,KM,JM,XM,YM,QM,ZM,e2,t2,bb,Hh,r2,zh,Pb,Ob,o2,Do,Bh,s2,Gh,n2,Lb,Vh,Db,Xe,Qp,i2,Yp,Nb,Ub,kb,$b,a2,c2,p2,jh,l2,ct,Fb,Mb,aa,Hb,Bb,Gb,jb,Wh,
u2,zb,Vb,Wb,qb,Kb,Jb,Xb,Yb,qh,Kh,ca=p(()=>{Z();Mh();Xp();BM="AccessDeniedException",GM="AccessToken",jM="CreateOAuth2Token",zM="CreateOAuth2TokenRequest",VM="Cr\
eateOAuth2TokenRequestBody",WM="CreateOAuth2TokenResponseBody",qM="CreateOAuth2TokenResponse",KM="CreateOAuth2TokenWithIAM",JM="CreateOAuth2TokenWithIAMRequest",
XM="CreateOAuth2TokenWithIAMResponse",YM="InternalServerException",QM="OAuthAccessToken",ZM="RefreshToken",e2="TooManyRequestsError",t2="ValidationException",bb=
"accessKeyId",Hh="accessToken",r2="access_token",zh="client",Pb="clientId",Ob="codeVerifier",o2="code",Do="error",Bh="expiresIn",s2="expires_in",Gh="grantType",
n2="grant_type",Lb="http",Vh="httpError",Db="idToken",Xe="jsonName",Qp="message",i2="resource",Yp="refreshToken",Nb="redirectUri",Ub="smithy.ts.sdk.synthetic.co\
m.amazonaws.signin",kb="secretAccessKey",$b="sessionToken",a2="server",c2="tokenInput",p2="tokenOutput",jh="tokenType",l2="token_type",ct="com.amazonaws.signin",
Fb=new J(Ub),Mb=[-3,Ub,"SigninServiceException",0,[],[]];Fb.registerError(Mb,kr);aa=new J(ct),Hb=[-3,ct,BM,{[Do]:zh},[Do,Qp],[0,0],2];aa.registerError(Hb,oa);Bb=
[-3,ct,YM,{[Do]:a2,[Vh]:500},[Do,Qp],[0,0],2];aa.registerError(Bb,sa);Gb=[-3,ct,e2,{[Do]:zh,[Vh]:429},[Do,Qp],[0,0],2];aa.registerError(Gb,na);jb=[-3,ct,t2,{[Do]:zh,
[Vh]:400},[Do,Qp],[0,0],2];aa.registerError(jb,ia);Wh=[Fb,aa],u2=[0,ct,QM,8,0],zb=[0,ct,ZM,8,0],Vb=[3,ct,GM,8,[bb,kb,$b],[[0,{[Xe]:bb}],[0,{[Xe]:kb}],[0,{[Xe]:$b}]],
3],Wb=[3,ct,zM,0,[c2],[[()=>qb,16]],1],qb=[3,ct,VM,0,[Pb,Gh,o2,Nb,Ob,Yp],[[0,{[Xe]:Pb}],[0,{[Xe]:Gh}],0,[0,{[Xe]:Nb}],[0,{[Xe]:Ob}],[()=>zb,{[Xe]:Yp}]],2],Kb=[3,
ct,qM,0,[p2],[[()=>Jb,16]],1],Jb=[3,ct,WM,0,[Hh,jh,Bh,Yp,Db],[[()=>Vb,{[Xe]:Hh}],[0,{[Xe]:jh}],[1,{[Xe]:Bh}],[()=>zb,{[Xe]:Yp}],[0,{[Xe]:Db}]],4],Xb=[3,ct,JM,0,
[Gh,i2],[[0,{[Xe]:n2}],0],2],Yb=[3,ct,XM,0,[Hh,jh,Bh],[[()=>u2,{[Xe]:r2}],[0,{[Xe]:l2}],[1,{[Xe]:s2}]],3],qh=[9,ct,jM,{[Lb]:["POST","/v1/token",200]},()=>Wb,()=>Kb],
Kh=[9,ct,KM,{[Lb]:["POST","/v1/token?x-amz-client-auth-method=iam",200]},()=>Xb,()=>Yb]});var Qb,Zb=p(()=>{ye();To();De();jr();v();U();O();$h();Cb();ca();Qb=t=>({apiVersion:"2023-01-01",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??Ab,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
db,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Ce}],logger:t?.logger??new xe,protocol:t?.protocol??ro,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.signin",errorTypeRegistries:Wh,version:"2023-01-01",serviceTarget:"Signin"},serviceId:t?.serviceId??"Signin",
sha256:t?.sha256??tt,urlParser:t?.urlParser??ge,utf8Decoder:t?.utf8Decoder??oe,utf8Encoder:t?.utf8Encoder??ee})});var eP,tP=p(()=>{bi();F();ye();v();L();st();O();to();Zb();eP=t=>{Rt(process.version);let e=vt(t),r=()=>e().then(xt),o=Qb(t);ut(process.version);let s={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(it,s),bodyLengthChecker:t?.bodyLengthChecker??
ft,defaultSocketTimeout:dr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Mt({serviceId:o.serviceId,clientVersion:wo.version}),maxAttempts:t?.
maxAttempts??_($t,t),region:t?.region??_(ve,{...He,...s}),requestHandler:be.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Ut,default:async()=>(await r()).
retryMode||Ve},t),streamCollector:t?.streamCollector??Pe,useDualstackEndpoint:t?.useDualstackEndpoint??_(yt,s),useFipsEndpoint:t?.useFipsEndpoint??_(St,s),userAgentAppId:t?.
userAgentAppId??_(Ht,s)}}});var rP,oP,sP=p(()=>{rP=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);
n===-1?e.push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){
return o}}},oP=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var nP,iP=p(()=>{F();v();U();sP();nP=(t,e)=>{let r=Object.assign(Bt(t),_t(t),Ct(t),rP(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Gt(r),wt(r),bt(r),
oP(r))}});var pa,Jh=p(()=>{F();De();v();L();z();U();st();Z();$h();Lh();tP();iP();pa=class extends Re{config;constructor(...[e]){let r=eP(e||{});super(r),this.initConfig=r;
let o=fb(r),s=kt(o),n=Lt(s),i=Tt(n),a=i,c=Qt(a),l=mb(c),u=nP(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(Et(this.config)),this.middlewareStack.use(
Ft(this.config)),this.middlewareStack.use(er(this.config)),this.middlewareStack.use(Pt(this.config)),this.middlewareStack.use(Ot(this.config)),this.middlewareStack.
use(Dt(this.config)),this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(rt(this.config,{httpAuthSchemeParametersProvider:ub,identityProviderConfigProvider:async d=>new Oe(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(ot(this.config))}destroy(){super.destroy()}}});var Zp,aP,cP,el,Xh=p(()=>{v();z();Lh();Zp=It(gb,"Signin","SigninClient",Zt),aP={IsControlPlane:{type:"staticContextParams",value:!1}},cP={IsOAuthEndpoint:{type:"\
staticContextParams",value:!0}},el=(t,e,r,o)=>[]});var la,Yh=p(()=>{Xh();ca();la=class extends Zp(aP,el,"CreateOAuth2Token",qh){}});var ua,Qh=p(()=>{Xh();ca();ua=class extends Zp(cP,el,"CreateOAuth2TokenWithIAM",Kh){}});var d2,tl,pP=p(()=>{v();Yh();Qh();Jh();d2={CreateOAuth2TokenCommand:la,CreateOAuth2TokenWithIAMCommand:ua},tl=class extends pa{};Qr(d2,tl)});var lP=p(()=>{Yh();Qh()});var m2,uP=p(()=>{m2={AUTHCODE_EXPIRED:"AUTHCODE_EXPIRED",CONFLICT:"CONFLICT",INSUFFICIENT_PERMISSIONS:"INSUFFICIENT_PERMISSIONS",INVALID_REQUEST:"INVALID_REQUES\
T",OAUTH_INVALID_GRANT:"invalid_grant",OAUTH_INVALID_REQUEST:"invalid_request",OAUTH_INVALID_SCOPE:"invalid_scope",OAUTH_INVALID_TARGET:"invalid_target",OAUTH_RATE_EXCEEDED:"\
rate_exceeded",OAUTH_SERVICE_UNAVAILABLE:"service_unavailable",OAUTH_UNSUPPORTED_GRANT_TYPE:"unsupported_grant_type",RESOURCE_NOT_FOUND:"RESOURCE_NOT_FOUND",SERVER_ERROR:"\
server_error",SERVICE_QUOTA_EXCEEDED:"SERVICE_QUOTA_EXCEEDED",TOKEN_EXPIRED:"TOKEN_EXPIRED",USER_CREDENTIALS_CHANGED:"USER_CREDENTIALS_CHANGED"}});var dP=p(()=>{});var mP={};pr(mP,{$Command:()=>Rr,AccessDeniedException:()=>oa,AccessDeniedException$:()=>Hb,AccessToken$:()=>Vb,CreateOAuth2Token$:()=>qh,CreateOAuth2TokenCommand:()=>la,
CreateOAuth2TokenRequest$:()=>Wb,CreateOAuth2TokenRequestBody$:()=>qb,CreateOAuth2TokenResponse$:()=>Kb,CreateOAuth2TokenResponseBody$:()=>Jb,CreateOAuth2TokenWithIAM$:()=>Kh,
CreateOAuth2TokenWithIAMCommand:()=>ua,CreateOAuth2TokenWithIAMRequest$:()=>Xb,CreateOAuth2TokenWithIAMResponse$:()=>Yb,InternalServerException:()=>sa,InternalServerException$:()=>Bb,
OAuth2ErrorCode:()=>m2,Signin:()=>tl,SigninClient:()=>pa,SigninServiceException:()=>kr,SigninServiceException$:()=>Mb,TooManyRequestsError:()=>na,TooManyRequestsError$:()=>Gb,
ValidationException:()=>ia,ValidationException$:()=>jb,__Client:()=>Re,errorTypeRegistries:()=>Wh});var fP=p(()=>{Jh();pP();lP();v();ca();uP();Mh();dP();Xp()});var No,rl,gP,da,ol,hP=p(()=>{L();U();No=require("node:crypto"),rl=require("node:fs"),gP=require("node:os"),da=require("node:path"),ol=class t{profileData;init;callerClientConfig;static REFRESH_THRESHOLD=300*
1e3;constructor(e,r,o){this.profileData=e,this.init=r,this.callerClientConfig=o}async loadCredentials(){let e=await this.loadToken();if(!e)throw new w(`Failed t\
o load a token for session ${this.loginSession}, please re-authenticate using aws login`,{tryNextLink:!1,logger:this.logger});let r=e.accessToken,o=Date.now();return new Date(
r.expiresAt).getTime()-o<=t.REFRESH_THRESHOLD?this.refresh(e):this.toCredentials(e.accessToken)}get logger(){return this.init?.logger}get loginSession(){return this.
profileData.login_session}toCredentials(e){return{accessKeyId:e.accessKeyId,secretAccessKey:e.secretAccessKey,sessionToken:e.sessionToken,accountId:e.accountId,
expiration:new Date(e.expiresAt)}}async refresh(e){let r=await this.loadToken().catch(()=>e),o=Date.now(),s=new Date(r.accessToken.expiresAt).getTime(),n=new Date(
e.accessToken.expiresAt).getTime(),i=s<=o&&n>o?e:r;if(new Date(i.accessToken.expiresAt).getTime()-Date.now()>t.REFRESH_THRESHOLD)return this.toCredentials(i.accessToken);
let{SigninClient:c,CreateOAuth2TokenCommand:l}=await Promise.resolve().then(()=>(fP(),mP)),{logger:u,userAgentAppId:d}=this.callerClientConfig??{},f=(x=>x?.metadata?.
handlerProtocol==="h2")(this.callerClientConfig?.requestHandler)?void 0:this.callerClientConfig?.requestHandler,g=typeof i.signInRegion=="string"&&i.signInRegion.
length>0?i.signInRegion:void 0,y=g??this.profileData.region??await this.callerClientConfig?.region?.()??process.env.AWS_REGION,h=new c({credentials:{accessKeyId:"",
secretAccessKey:""},region:y,requestHandler:f,logger:u,userAgentAppId:d,...this.init?.clientConfig,...g&&{region:g}});this.createDPoPInterceptor(h.middlewareStack);
let S={tokenInput:{clientId:i.clientId,refreshToken:i.refreshToken,grantType:"refresh_token"}};try{let x=await h.send(new l(S)),{accessKeyId:T,secretAccessKey:R,
sessionToken:I}=x.tokenOutput?.accessToken??{},{refreshToken:M,expiresIn:V}=x.tokenOutput??{};if(!T||!R||!I||!M)throw new w("Token refresh response missing requ\
ired fields",{logger:this.logger,tryNextLink:!1});let Sr=(V??900)*1e3,Lr=new Date(Date.now()+Sr),me={...i,accessToken:{...i.accessToken,accessKeyId:T,secretAccessKey:R,
sessionToken:I,expiresAt:Lr.toISOString()},refreshToken:M};return await this.saveToken(me),this.toCredentials(me.accessToken)}catch(x){if(x.name==="AccessDenied\
Exception"){let R=x.error,I;switch(R){case"TOKEN_EXPIRED":I="Your session has expired. Please reauthenticate.";break;case"USER_CREDENTIALS_CHANGED":I="Unable to\
 refresh credentials because of a change in your password. Please reauthenticate with your new password.";break;case"INSUFFICIENT_PERMISSIONS":I="Unable to refr\
esh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.";break;default:I=`Failed to refresh token: ${String(
x)}. Please re-authenticate using \`aws login\``}throw new w(I,{logger:this.logger,tryNextLink:!1})}if(new Date(i.accessToken.expiresAt).getTime()>Date.now())return this.
logger?.warn?.(`Failed to refresh token: ${String(x)}. Using existing token until expiry.`),this.toCredentials(i.accessToken);throw new w(`Failed to refresh tok\
en: ${String(x)}. Please re-authenticate using aws login`,{logger:this.logger})}}async loadToken(){let e=this.getTokenFilePath();try{let r=await rl.promises.readFile(
e,"utf8"),o=JSON.parse(r),s=["accessToken","clientId","refreshToken","dpopKey"].filter(n=>!o[n]);if(o.accessToken?.accountId||s.push("accountId"),s.length>0)throw new w(
`Token validation failed, missing fields: ${s.join(", ")}`,{logger:this.logger,tryNextLink:!1});return o}catch(r){throw new w(`Failed to load token from ${e}: ${String(
r)}`,{logger:this.logger,tryNextLink:!1})}}async saveToken(e){let r=this.getTokenFilePath(),o=(0,da.dirname)(r);try{await rl.promises.mkdir(o,{recursive:!0})}catch{}
await rl.promises.writeFile(r,JSON.stringify(e,null,2),"utf8")}getTokenFilePath(){let e=process.env.AWS_LOGIN_CACHE_DIRECTORY??(0,da.join)((0,gP.homedir)(),".aw\
s","login","cache"),r=Buffer.from(this.loginSession,"utf8"),o=(0,No.createHash)("sha256").update(r).digest("hex");return(0,da.join)(e,`${o}.json`)}derToRawSignature(e){
let r=2;if(e[r]!==2)throw new Error("Invalid DER signature");r++;let o=e[r++],s=e.subarray(r,r+o);if(r+=o,e[r]!==2)throw new Error("Invalid DER signature");r++;
let n=e[r++],i=e.subarray(r,r+n);s=s[0]===0?s.subarray(1):s,i=i[0]===0?i.subarray(1):i;let a=Buffer.concat([Buffer.alloc(32-s.length),s]),c=Buffer.concat([Buffer.
alloc(32-i.length),i]);return Buffer.concat([a,c])}createDPoPInterceptor(e){e.add(r=>async o=>{if(j.isInstance(o.request)){let s=o.request,n=`${s.protocol}//${s.
hostname}${s.port?`:${s.port}`:""}${s.path}`,i=await this.generateDpop(s.method,n);s.headers={...s.headers,DPoP:i}}return r(o)},{step:"finalizeRequest",name:"dp\
opInterceptor",override:!0})}async generateDpop(e="POST",r){let o=await this.loadToken();try{let s=(0,No.createPrivateKey)({key:o.dpopKey,format:"pem",type:"sec\
1"}),i=(0,No.createPublicKey)(s).export({format:"der",type:"spki"}),a=-1;for(let x=0;x<i.length;x++)if(i[x]===4){a=x;break}let c=i.slice(a+1,a+33),l=i.slice(a+33,
a+65),u={alg:"ES256",typ:"dpop+jwt",jwk:{kty:"EC",crv:"P-256",x:c.toString("base64url"),y:l.toString("base64url")}},d={jti:crypto.randomUUID(),htm:e,htu:r,iat:Math.
floor(Date.now()/1e3)},m=Buffer.from(JSON.stringify(u)).toString("base64url"),f=Buffer.from(JSON.stringify(d)).toString("base64url"),g=`${m}.${f}`,y=(0,No.sign)(
"sha256",Buffer.from(g),s),S=this.derToRawSignature(y).toString("base64url");return`${g}.${S}`}catch(s){throw new w(`Failed to generate Dpop proof: ${s instanceof
Error?s.message:String(s)}`,{logger:this.logger,tryNextLink:!1})}}}});var yP,SP=p(()=>{F();L();hP();yP=t=>async({callerClientConfig:e}={})=>{t?.logger?.debug?.("@aws-sdk/credential-providers - fromLoginCredentials");let r=await Cr(
t||{}),o=ht({profile:t?.profile??e?.profile}),s=r[o];if(!s?.login_session)throw new w(`Profile ${o} does not contain login_session.`,{tryNextLink:!0,logger:t?.logger});
let i=await new ol(s,t,e).loadCredentials();return B(i,"CREDENTIALS_LOGIN","AD")}});var EP={};pr(EP,{fromLoginCredentials:()=>yP});var xP=p(()=>{SP()});var RP,_P,wP=p(()=>{F();RP=t=>!!(t&&t.login_session),_P=async(t,e,r)=>{let{fromLoginCredentials:o}=await Promise.resolve().then(()=>(xP(),EP)),s=await o({...e,profile:t})(
{callerClientConfig:r});return B(s,"CREDENTIALS_PROFILE_LOGIN","AC")}});var IP,TP=p(()=>{F();IP=(t,e,r)=>{if(e.Version!==1)throw Error(`Profile ${t} credential_process did not return Version 1.`);if(e.AccessKeyId===void 0||e.SecretAccessKey===
void 0)throw Error(`Profile ${t} credential_process returned invalid credentials.`);if(e.Expiration){let n=new Date;if(new Date(e.Expiration)<n)throw Error(`Pro\
file ${t} credential_process returned expired credentials.`)}let o=e.AccountId;!o&&r?.[t]?.aws_account_id&&(o=r[t].aws_account_id);let s={accessKeyId:e.AccessKeyId,
secretAccessKey:e.SecretAccessKey,...e.SessionToken&&{sessionToken:e.SessionToken},...e.Expiration&&{expiration:new Date(e.Expiration)},...e.CredentialScope&&{credentialScope:e.
CredentialScope},...o&&{accountId:o}};return B(s,"CREDENTIALS_PROCESS","w"),s}});var vP,AP,CP,bP=p(()=>{L();vP=require("node:child_process"),AP=require("node:util");TP();CP=async(t,e,r)=>{let o=e[t];if(e[t]){let s=o.credential_process;if(s!==
void 0){let n=(0,AP.promisify)(Yn?.getTokenRecord?.().exec??vP.exec);try{let{stdout:i}=await n(s),a;try{a=JSON.parse(i.trim())}catch{throw Error(`Profile ${t} c\
redential_process returned invalid JSON.`)}return IP(t,a,e)}catch(i){throw new w(i.message,{logger:r})}}else throw new w(`Profile ${t} did not contain credentia\
l_process.`,{logger:r})}else throw new w(`Profile ${t} could not be found in shared credentials file.`,{logger:r})}});var PP,OP=p(()=>{L();bP();PP=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");let r=await Cr(t);
return CP(ht({profile:t.profile??e?.profile}),r,t.logger)}});var Zh={};pr(Zh,{fromProcess:()=>PP});var ey=p(()=>{OP()});var DP,NP,kP=p(()=>{F();DP=t=>!!t&&typeof t=="object"&&typeof t.credential_process=="string",NP=async(t,e)=>{let{fromProcess:r}=await Promise.resolve().then(()=>(ey(),Zh)),
o=await r({...t,profile:e})();return B(o,"CREDENTIALS_PROFILE_PROCESS","v")}});var $P,LP,UP=p(()=>{F();$P=async(t,e,r={},o)=>{let{fromSSO:s}=await Promise.resolve().then(()=>(gh(),fh));return s({profile:t,logger:r.logger,parentClientConfig:r.
parentClientConfig,clientConfig:r.clientConfig})({callerClientConfig:o}).then(n=>e.sso_session?B(n,"CREDENTIALS_PROFILE_SSO","r"):B(n,"CREDENTIALS_PROFILE_SSO_L\
EGACY","t"))},LP=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var ty,ry,FP=p(()=>{F();ty=t=>!!t&&typeof t=="object"&&typeof t.aws_access_key_id=="string"&&typeof t.aws_secret_access_key=="string"&&["undefined","string"].indexOf(
typeof t.aws_session_token)>-1&&["undefined","string"].indexOf(typeof t.aws_account_id)>-1,ry=async(t,e)=>{e?.logger?.debug("@aws-sdk/credential-provider-ini - \
resolveStaticCredentials");let r={accessKeyId:t.aws_access_key_id,secretAccessKey:t.aws_secret_access_key,sessionToken:t.aws_session_token,...t.aws_credential_scope&&
{credentialScope:t.aws_credential_scope},...t.aws_account_id&&{accountId:t.aws_account_id}};return B(r,"CREDENTIALS_PROFILE","n")}});var sl,oy=p(()=>{sl=t=>async e=>{t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");let{roleArn:r,roleSessionName:o,webIdentityToken:s,
providerId:n,policyArns:i,policy:a,durationSeconds:c}=t,{roleAssumerWithWebIdentity:l}=t;if(!l){let{getDefaultRoleAssumerWithWebIdentity:u}=await Promise.resolve().then(()=>(kh(),Nh));
l=u({...t.clientConfig,credentialProviderLogger:t.logger,parentClientConfig:{...e?.callerClientConfig,...t.parentClientConfig}},t.clientPlugins)}return l({RoleArn:r,
RoleSessionName:o??`aws-sdk-js-session-${Date.now()}`,WebIdentityToken:s,ProviderId:n,PolicyArns:i,Policy:a,DurationSeconds:c})}});var HP,MP,f2,g2,BP,GP=p(()=>{F();L();HP=require("node:fs");oy();MP="AWS_WEB_IDENTITY_TOKEN_FILE",f2="AWS_ROLE_ARN",g2="AWS_ROLE_SESSION_NAME",BP=(t={})=>async e=>{
t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile");let r=t?.webIdentityTokenFile??process.env[MP],o=t?.roleArn??process.env[f2],s=t?.roleSessionName??
process.env[g2];if(!r||!o)throw new w("Web identity configuration not specified",{logger:t.logger});let n=await sl({...t,webIdentityToken:Yn?.getTokenRecord?.()[r]??
(0,HP.readFileSync)(r,{encoding:"ascii"}),roleArn:o,roleSessionName:s})(e);return r===process.env[MP]&&B(n,"CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN","h"),n}});var sy={};pr(sy,{fromTokenFile:()=>BP,fromWebToken:()=>sl});var ny=p(()=>{GP();oy()});var jP,zP,VP=p(()=>{F();jP=t=>!!t&&typeof t=="object"&&typeof t.web_identity_token_file=="string"&&typeof t.role_arn=="string"&&["undefined","string"].indexOf(typeof t.
role_session_name)>-1,zP=async(t,e,r)=>{let{fromTokenFile:o}=await Promise.resolve().then(()=>(ny(),sy)),s=await o({webIdentityTokenFile:t.web_identity_token_file,
roleArn:t.role_arn,roleSessionName:t.role_session_name,roleAssumerWithWebIdentity:e.roleAssumerWithWebIdentity,logger:e.logger,parentClientConfig:e.parentClientConfig})(
{callerClientConfig:r});return B(s,"CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN","q")}});var iy,WP=p(()=>{L();lb();wP();kP();UP();FP();VP();iy=async(t,e,r,o,s={},n=!1)=>{let i=e[t];if(Object.keys(s).length>0&&ty(i))return ry(i,r);if(n||cb(i,{profile:t,
logger:r.logger}))return pb(t,e,r,o,s,iy);if(ty(i))return ry(i,r);if(jP(i))return zP(i,r,o);if(DP(i))return NP(r,t);if(LP(i))return await $P(t,i,r,o);if(RP(i))return _P(
t,r,o);throw new w(`Could not resolve credentials using profile: [${t}] in configuration/credentials file(s).`,{logger:r.logger})}});var qP,KP=p(()=>{L();WP();qP=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");let r=await Cr(t);return iy(
ht({profile:t.profile??e?.profile}),r,t,e)}});var JP={};pr(JP,{fromIni:()=>qP});var XP=p(()=>{KP()});var Rd=require("node:fs"),Fo=require("node:os");function Pn(t,e){let r=new URL(t),{request:o}=r.protocol==="https:"?require("node:https"):require("node:http");return new Promise((s,n)=>{let i=o(r,{method:e.method??
"GET",headers:e.headers,agent:!1,signal:e.signal,timeout:e.timeoutMs},a=>{let c=[];a.on("data",l=>c.push(l)),a.on("error",n),a.on("end",()=>s({status:a.statusCode??
0,text:Buffer.concat(c).toString("utf8"),headers:a.headers}))});if(e.connectTimeoutMs!==void 0){let a=e.connectTimeoutMs;i.on("socket",c=>{let l=setTimeout(()=>i.
destroy(new Error(`no connection within ${a} ms`)),a);c.once("connect",()=>clearTimeout(l)),c.once("close",()=>clearTimeout(l))})}i.on("timeout",()=>i.destroy(new Error(
`no answer within ${e.timeoutMs} ms`))),i.on("error",n),i.end(e.body)})}var dk=t=>t.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A");function On(t,e=""){process.stdout.write(`::${t}::${dk(e)}${Fo.EOL}`)}function xa(t){return(process.
env[`INPUT_${t.replace(/ /g,"_").toUpperCase()}`]??"").trim()}function Cy(t,e,r){let o=process.env[`GITHUB_${t}`];if(!o)throw new Error(`GITHUB_${t} is not set:\
 not running in a GitHub Actions step`);let s=`ghadelimiter_${crypto.randomUUID()}`;if(e.includes(s)||r.includes(s))throw new Error(`value of ${e} contains the \
delimiter`);(0,Rd.appendFileSync)(o,`${e}<<${s}${Fo.EOL}${r}${Fo.EOL}${s}${Fo.EOL}`,"utf8")}var bs=(t,e)=>Cy("OUTPUT",t,e),Ra=(t,e)=>Cy("STATE",t,e),_d=t=>process.
env[`STATE_${t}`]??"",_a=t=>On("add-mask",t),wa=t=>{process.stdout.write(`${t}${Fo.EOL}`)},wd=t=>On("warning",t),mk=t=>On("error",t);function by(t){process.exitCode=
1,mk(t)}async function Py(t,e){On("group",t);try{return await e()}finally{On("endgroup")}}function Id(t){let e=process.env.GITHUB_STEP_SUMMARY;e&&(0,Rd.appendFileSync)(
e,`${t}${Fo.EOL}`,"utf8")}var fk=4,gk=1e4;async function Td(t){let e=process.env.ACTIONS_ID_TOKEN_REQUEST_URL,r=process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;if(!e||
!r)throw new Error("ACTIONS_ID_TOKEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set");let o=`${e}&audience=${encodeURIComponent(t)}`;for(let s=1;;s++){
let n;try{let i=await Pn(o,{headers:{Authorization:`Bearer ${r}`,Accept:"application/json"},timeoutMs:gk});if(i.status===200){let a=hk(i.text);if(!a)throw new Error(
"the token service answered without a token");return _a(a),a}if(n=`HTTP ${i.status}`,i.status<500&&i.status!==429)throw new Error(`the token service answered ${n}`)}catch(i){
if(i.message.startsWith("the token service"))throw i;n=i.message}if(s>=fk)throw new Error(`the token service did not answer after ${s} attempts (${n})`);await new Promise(
i=>setTimeout(i,500*2**(s-1)))}}function hk(t){try{let e=JSON.parse(t)?.value;return typeof e=="string"?e:void 0}catch{return}}var Vy=require("node:child_process"),Wy=require("node:fs");var P=class extends Error{constructor(r,o,s){super(`${r}: ${Nn(o)} ${s}`);this.option=r;this.rule=s;this.name="InputError"}option;rule;exitCode=2},Wr=class extends Error{constructor(r,o,s){
super(r,s);this.hint=o;this.name="DeliveryError"}hint;exitCode=1},lr=class extends Wr{constructor(e,r){super(e,r),this.name="PrerequisiteError"}},Er=class extends Wr{constructor(e,r,o){
super(e,r,o),this.name="CredentialsError"}},fe=class extends Wr{constructor(e,r,o){super(e,r,o),this.name="RegistryError"}},Ps=class extends Wr{constructor(e,r){
super(`gave up after ${e} s (timeout-seconds)${r.length?`, still waiting for ${r.join(", ")}`:""}`,"check that the runner can reach AWS and the registry (proxy,\
 firewall, VPC endpoints, AWS_ENDPOINT_URL_*); raise timeout-seconds if the build or push legitimately takes longer"),this.name="DeadlineError"}},Dn=class extends Wr{constructor(e,r){
super(e,r),this.name="ScanGateError"}},ur=class extends Wr{constructor(e,r){super(e,r),this.name="DockerError"}},Sk=/[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;
function Nn(t,e=80){let r=Array.from(t.slice(0,e*2)),o=r.length>e||t.length>e*2?`${r.slice(0,e).join("")}\u2026`:t;return JSON.stringify(o).replace(Sk,s=>`\\u${s.
charCodeAt(0).toString(16).padStart(4,"0")}`)}function Os(t){return t instanceof P?{message:t.message,exitCode:2}:t instanceof Wr?{message:t.message,hint:t.hint,
exitCode:t.exitCode}:{message:t instanceof Error?`${t.name}: ${t.message}`:String(t),exitCode:1}}var qr=require("node:fs");var Dy=require("node:crypto");var Oy=128,Ek=/^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/,
xk=/^refs\/(?:tags\/(.+)|heads\/(.+)|pull\/(\d{1,9})\/(?:merge|head))$/;function vd(t){let e=xk.exec(t);if(e)return e[1]!==void 0?{tag:e[1]}:e[2]!==void 0?{branch:e[2]}:
{pullRequest:Number(e[3])}}function Ny(t,e={}){let r=e.pull_request?.number;if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")&&Number.isInteger(r))return{
pullRequest:r};let o=t.GITHUB_REF?vd(t.GITHUB_REF):void 0;return o||(t.GITHUB_REF_TYPE==="tag"&&t.GITHUB_REF_NAME?{tag:t.GITHUB_REF_NAME}:t.GITHUB_REF_TYPE==="b\
ranch"&&t.GITHUB_REF_NAME?{branch:t.GITHUB_REF_NAME}:{})}function ky(t){if(t.CIRCLE_TAG)return{tag:t.CIRCLE_TAG};if(t.CIRCLE_PR_NUMBER&&/^\d{1,9}$/.test(t.CIRCLE_PR_NUMBER))
return{pullRequest:Number(t.CIRCLE_PR_NUMBER)};let e=/\/pull\/(\d{1,9})\/?$/.exec(t.CIRCLE_PULL_REQUEST??"")?.[1];return{...t.CIRCLE_BRANCH?{branch:t.CIRCLE_BRANCH}:
{},...e?{pullRequest:Number(e)}:{}}}function Rk(t){let e=Ek.exec(t);if(!e)return;let[,r,o,s,n,i]=e,a=t.replace(/^v/,"");if(n!==void 0||i!==void 0)return{tags:[a.
replace("+","_")],version:a};let c=[`${r}.${o}.${s}`,`${r}.${o}`];return r!=="0"&&c.push(r),{tags:c,version:a}}function $y(t){let e=t.toLowerCase().replace(/[^a-z0-9_.-]+/g,
"-").replace(/^[.-]+/,"").replace(/-+$/,""),r=(0,Dy.createHash)("sha256").update(t).digest("hex").slice(0,7);return e?e.length<=Oy?e:`${e.slice(0,Oy-r.length-1).
replace(/[.-]+$/,"")}-${r}`:`branch-${r}`}function Ly(t,e){let r=[],o;if(e.semverTags&&t.tag!==void 0){let s=Rk(t.tag);s&&(r.push(...s.tags),o=s.version)}return e.
branchTag&&(t.branch!==void 0&&r.push($y(t.branch)),t.pullRequest!==void 0&&r.push(`pr-${t.pullRequest}`)),{tags:[...new Set(r)],version:o}}function Uy(t,e){let r=t.
length||e.tags.length?[...t]:["latest"];for(let o of e.tags)o.includes(".")&&e.version!==void 0?r.push("*.*"):/^pr-\d+$/.test(o)?r.push("pr-*"):r.push(o);return[
...new Set(r)]}var Ad=5;function Fy(t,e,r){for(let o of t.tags){let s=r(o);if(!s)continue;let n=o===`pr-${e.pullRequest}`||e.branch!==void 0&&o===$y(e.branch)?"\
branch-tag":"semver-tags";throw new P(n,o,`${s} (derived from the git ref)`)}}var _k=/^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/,wk=/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/,Ik=/^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/,Tk=/^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/,
vk=/^[\w+=,.@-]{2,64}$/,Ak=/^(?:arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)|alias\/[\w/+=,.@-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
Ck=/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/,bk=/^[A-Za-z_][A-Za-z0-9_]*=/,Pk=/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/,Ok=/^[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$|^(?:sha256:)?[a-f0-9]{12,64}$/,
Dk=/^[0-9a-f]{40}$/,Nk=/^\d{12}$/,kk=/^[\x21-\x7e]{1,256}$/,$k=4096,Lk=65536,Uk=100,Ie=(t,e)=>r=>t.test(r)?void 0:e,Fe={repository:t=>t.length>=2&&t.length<=256&&
_k.test(t)?void 0:"is not a valid ECR repository name: lowercase letters and digits, separated by single `.`, `_`, `-` or `/`, 2\u2013256 characters",region:Ie(
Ik,"is not an AWS region name like `eu-west-1`"),tag:Ie(wk,"is not a valid image tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`"),commitSha:Ie(Dk,"is not a full commi\
t SHA (40 hex characters)"),sessionName:Ie(vk,"is not a valid STS session name: `[\\w+=,.@-]`, 2\u201364 characters"),account:Ie(Nk,"is not an AWS account id (1\
2 digits)"),audience:Ie(kk,"is not a valid audience: 1\u2013256 printable characters, no spaces")};function Mo(t,e,r){if(r)throw new P(t,e,r)}var xr=(t,e=r=>r)=>({
type:"string",parse:(r,o)=>{let s=e(r);return t&&Mo(o,s,t(s)),s}}),Yt={type:"boolean",parse:(t,e)=>{if(/^(true|1)$/i.test(t))return!0;if(/^(false|0)$/i.test(t))
return!1;throw new P(e,t,"is not a boolean: use true or false")}},Cd=(t,e)=>({type:"integer",parse:(r,o)=>{let s=/^\d{1,6}$/.test(r)?Number(r):NaN;if(!(s>=t&&s<=
e))throw new P(o,r,`is not a whole number from ${t} to ${e}`);return s}}),ao=(...t)=>({type:"enum",values:t,parse:(e,r)=>{let o=t.find(s=>s.toUpperCase()===e.toUpperCase());
if(o===void 0)throw new P(r,e,`is not one of ${t.join(", ")}`);return o}}),Ia=(t,{commas:e=!1,max:r=1/0}={})=>({type:"list",parse:(o,s)=>{let n=o.split(e?/[\n,]/:
/\n/).map(i=>i.replace(/\r$/,"").trim()).filter(i=>i!=="");for(let i of n)Mo(s,i,t(i));if(n.length>r)throw new P(s,o,`lists more than ${r} entries`);return[...new Set(
n)]}}),kn=t=>({type:"path",parse:(e,r)=>(t?.(r,e),e)});function va(t,e){if(!(0,qr.existsSync)(e)||!(0,qr.statSync)(e).isFile())throw new P(t,e,"is not a readabl\
e file")}function My(t,e){va(t,e);try{JSON.parse((0,qr.readFileSync)(e,"utf8"))}catch{throw new P(t,e,"does not contain valid JSON")}}var Fk=t=>t.split(",").every(
e=>Ck.test(e.trim()))?void 0:"is not a comma-separated list of `os/arch[/variant]`",Pd="sts.amazonaws.com",Hy=/^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/,
Mk=/^[A-Za-z_][A-Za-z0-9_]{0,255}$/,Ta="public.ecr.aws/",Hk={type:"list",parse:(t,e)=>Ia(Ie(Hy,"is not an ECR registry id (12 digits) or `ID@REGION`"),{commas:!0}).
parse(t,e).map(r=>{let[,o,s]=Hy.exec(r);return s?{id:o,region:s}:{id:o}})},bd=t=>({type:"string",parse:(e,r)=>{let o=e.startsWith("file://")?e.slice(7):void 0;o!==
void 0&&va(r,o);let s=o!==void 0?(0,qr.readFileSync)(o,"utf8"):e;if(s.length>t)throw new P(r,e,`is longer than ECR Public's limit of ${t} characters`);return s}});
function co(t){return t.startsWith(Ta)?t.slice(Ta.length).split("/").slice(1).join("/"):t}function Bk(t){if(t.repository.startsWith(Ta)&&(Mo("repository",t.repository,
/^[a-z0-9][a-z0-9-]{1,49}\//.test(t.repository.slice(Ta.length))?Fe.repository(co(t.repository)):"is not `public.ecr.aws/<alias>/<name>`"),t.registryType="publi\
c"),t.registryType==="public"&&t.lifecyclePolicy!==void 0)throw new P("lifecycle-policy",t.lifecyclePolicy,"does not apply to ECR Public, which has no lifecycle\
 policies");if(t.registryType==="private"){for(let[e,r]of[["catalog-description",t.catalogDescription],["catalog-about",t.catalogAbout],["catalog-usage",t.catalogUsage]])
if(r!==void 0)throw new P(e,r,"applies to ECR Public only: set `registry-type: public`")}if(t.mode==="deliver"&&t.dockerCredentialsOutput)throw new P("docker-cr\
edentials-output","true","applies to `mode: login` only")}function By(t){let e=vr("mode",t("mode")),r=vr("docker-credentials-output",t("docker-credentials-outpu\
t"));if(e==="deliver"&&r)throw new P("docker-credentials-output","true","applies to `mode: login` only");return{mode:e,skipLogout:vr("skip-logout",t("skip-logou\
t")),dockerCredentialsOutput:r}}var Gk={type:"string",parse:(t,e)=>{let r=vd(t);if(!r)throw new P(e,t,"is not a git ref: `refs/tags/NAME`, `refs/heads/NAME` or \
`refs/pull/N/merge`");return r}},jk=/^[A-Za-z0-9][A-Za-z0-9._/-]{0,255}=/,Ho=["CRITICAL","HIGH","MEDIUM","LOW"],Gy=[{name:"repository",field:"repository",...xr(
Fe.repository),required:!0,description:"ECR repository name, e.g. `team/api`. Validated against ECR's naming rule before any AWS call."},{name:"aws-region",field:"\
awsRegion",...xr(Fe.region),defaultText:"`AWS_REGION`, then `AWS_DEFAULT_REGION`",description:"Region of the registry."},{name:"role-to-assume",field:"roleToAss\
ume",...xr(Ie(Tk,"is not an IAM role ARN like `arn:aws:iam::123456789012:role/name`")),defaultText:"none: the ambient AWS credential chain",description:"IAM rol\
e ARN, assumed with `AssumeRoleWithWebIdentity` using the CI's OIDC token."},{name:"audience",field:"audience",...xr(Fe.audience),default:Pd,description:"Audien\
ce asked for the GitHub OIDC token (CircleCI tokens are used as issued)."},{name:"web-identity-token-file",field:"webIdentityTokenFile",...kn(va),defaultText:"`\
AWS_WEB_IDENTITY_TOKEN_FILE`",description:"OIDC token file, for CIs other than GitHub and CircleCI."},{name:"role-session-name",field:"roleSessionName",...xr(Fe.
sessionName),defaultText:"derived from the CI run, e.g. `ecr-deliver-<run id>`",description:"STS session name (STS's charset `[\\w+=,.@-]`, 2\u201364 characters)."},
{name:"role-duration-seconds",field:"roleDurationSeconds",...Cd(900,43200),default:"3600",description:"Lifetime of the assumed role's credentials, 900\u201343200."},
{name:"registry-id",field:"registryId",...xr(Fe.account),defaultText:"the caller's account",description:"Account id (12 digits) that owns the registry, for cros\
s-account pushes."},{name:"create-repository",field:"createRepository",...Yt,default:"true",description:"Create the repository when it is missing."},{name:"imag\
e-tag-mutability",field:"imageTagMutability",...ao("MUTABLE","IMMUTABLE","IMMUTABLE_WITH_EXCLUSION"),default:"MUTABLE",description:"Tag mutability of a created \
repository: MUTABLE, IMMUTABLE or IMMUTABLE_WITH_EXCLUSION (the extra `tags` stay mutable)."},{name:"scan-on-push",field:"scanOnPush",...Yt,default:"true",description:"\
Scan on push, for a created repository."},{name:"encryption-type",field:"encryptionType",...ao("AES256","KMS"),default:"AES256",description:"Encryption of a cre\
ated repository: AES256 or KMS (`kms-key` with KMS)."},{name:"kms-key",field:"kmsKey",...xr(Ie(Ak,"is not a KMS key ARN, key id or `alias/\u2026`")),description:"\
KMS key ARN, id or alias, with `encryption-type: KMS`."},{name:"lifecycle-policy",field:"lifecyclePolicy",...kn(My),description:"Path to a lifecycle policy JSON\
 file, applied to the repository."},{name:"repository-policy",field:"repositoryPolicy",...kn(My),description:"Path to a repository policy JSON file, applied to \
the repository."},{name:"context",field:"context",...kn(),default:".",description:"Build context directory."},{name:"dockerfile",field:"dockerfile",...kn(),defaultText:"\
`Dockerfile` in the context",description:"Dockerfile path."},{name:"build-args",field:"buildArgs",...Ia(Ie(bk,"is not `KEY=VALUE` with KEY made of letters, digi\
ts and `_`")),description:"Build arguments, newline-separated `KEY=VALUE`."},{name:"target",field:"target",...xr(Ie(Pk,"is not a build stage name")),description:"\
Build stage to build."},{name:"platform",field:"platform",...xr(Fk),description:"Target platforms, e.g. `linux/amd64,linux/arm64` (needs buildx)."},{name:"cache",
field:"cache",...Yt,default:"false",description:"BuildKit registry cache kept in the same ECR repository (needs buildx)."},{name:"provenance",field:"provenance",
...Yt,default:"false",description:"BuildKit provenance/SBOM attestations (needs buildx). Off by default: the attestation index shows up as untagged images in EC\
R and breaks Lambda deploys."},{name:"image",field:"image",...xr(Ie(Ok,"is not a local image reference like `name:tag` or an image id")),description:"Push this \
existing local image instead of building."},{name:"commit-sha",field:"commitSha",...xr(Fe.commitSha,t=>t.toLowerCase()),defaultText:"`GITHUB_SHA` (the PR head o\
n `pull_request`), `CIRCLE_SHA1`, else `git rev-parse HEAD`",description:"Commit SHA the image is tagged with (40 hex characters)."},{name:"tags",field:"tags",...Ia(
Fe.tag,{commas:!0,max:Uk}),description:"Extra tags, newline- or comma-separated; the commit SHA tag is always applied."},{name:"skip-existing",field:"skipExisti\
ng",...Yt,default:"false",description:"When the SHA tag already exists in ECR: no build, no layer upload; extra tags are added to the existing image by manifest\
 copy."},{name:"push",field:"push",...Yt,default:"true",description:"Push to ECR; `false` builds and tags only (pull-request builds)."},{name:"web-identity-toke\
n-env",field:"webIdentityTokenEnv",...xr(Ie(Mk,"is not an environment variable name (letters, digits, `_`)")),description:"Name of an environment variable that \
holds the OIDC token, for CIs other than GitHub and CircleCI (no token file needed)."},{name:"pull-registries",field:"pullRegistries",...Hk,description:"Other E\
CR registries docker is logged in to before the build, so `FROM` and cache pulls can read them: account ids (12 digits), or `ID@REGION` for another region, comm\
a- or newline-separated."},{name:"registry-type",field:"registryType",...ao("private","public"),default:"private",description:"`private`, or `public` for ECR Pu\
blic (`public.ecr.aws`; also chosen by a repository given as `public.ecr.aws/<alias>/<name>`)."},{name:"catalog-description",field:"catalogDescription",...bd(1024),
description:"ECR Public: short description of a created repository (text, or `file://PATH`)."},{name:"catalog-about",field:"catalogAbout",...bd(25600),description:'\
ECR Public: "About" text (markdown) of a created repository (text, or `file://PATH`).'},{name:"catalog-usage",field:"catalogUsage",...bd(25600),description:'ECR\
 Public: "Usage" text (markdown) of a created repository (text, or `file://PATH`).'},{name:"mode",field:"mode",...ao("deliver","login"),default:"deliver",githubOnly:!0,
description:"GitHub Action only: `deliver`, or `login`: credentials and docker login to the registry and every `pull-registries` id, in the job's docker config,\
 for later docker steps (like the orb's `ecr/login` and the CLI's `login`)."},{name:"docker-credentials-output",field:"dockerCredentialsOutput",...Yt,default:"f\
alse",githubOnly:!0,description:"GitHub Action, `login` mode: set masked outputs `docker-username` and `docker-password` for a later job's `services:` credentia\
ls (they are secrets: see the README)."},{name:"skip-logout",field:"skipLogout",...Yt,default:"false",githubOnly:!0,description:"GitHub Action, `login` mode: ke\
ep the docker login after the job (the post step does not log out; shared self-hosted runners)."},{name:"timeout-seconds",field:"timeoutSeconds",...Cd(1,86400),
default:"3600",description:"Upper bound on the whole run (AWS calls, build, push), 1\u201386400; a hung endpoint fails the step instead of the CI job's own timeout. \
Each AWS call also gives up after 5 attempts of at most 30 s."},{name:"semver-tags",field:"semverTags",...Yt,default:"false",description:"On a semantic-version \
git tag (`v1.2.3` or `1.2.3`): also tag `1.2.3`, `1.2` and `1` (pre-releases only their own tag, `0.y.z` no `0`). `latest` only when listed in `tags`."},{name:"\
branch-tag",field:"branchTag",...Yt,default:"false",description:"Also tag the branch name made a valid tag (`feature/Login` \u2192 `feature-login`, cut to 128 charac\
ters with a hash suffix), and `pr-<number>` on pull requests."},{name:"git-ref",field:"gitRef",...Gk,defaultText:"`GITHUB_REF`; `CIRCLE_TAG`, `CIRCLE_BRANCH`, `\
CIRCLE_PULL_REQUEST`; else `git describe --tags --exact-match` and the checked-out branch",description:"The git ref `semver-tags` and `branch-tag` read: `refs/t\
ags/NAME`, `refs/heads/NAME` or `refs/pull/N/merge`."},{name:"labels",field:"labels",...Ia(Ie(jk,"is not `key=value` with a key of letters, digits, `.`, `_`, `-\
` and `/`")),description:"Extra OCI labels, lines `key=value`, added to the ones always set (revision, source, created; version from a semver tag); a key given \
here wins."},{name:"scan-wait",field:"scanWait",...Yt,default:"false",description:"After the push, wait for ECR's scan of the pushed digest (basic or enhanced s\
canning) and report the findings (`scan-findings`, the summary)."},{name:"scan-start",field:"scanStart",...Yt,default:"false",description:"With `scan-wait`: sta\
rt a basic scan (`StartImageScan`) when the repository did not scan the image on push."},{name:"scan-timeout-seconds",field:"scanTimeoutSeconds",...Cd(1,86400),
default:"600",description:"How long `scan-wait` waits for the scan, 1\u201386400 (also bounded by `timeout-seconds`)."},{name:"fail-on-severity",field:"failOnSe\
verity",...ao(...Ho,"none"),default:"none",description:"With `scan-wait`: exit 1 when findings at or above CRITICAL, HIGH, MEDIUM or LOW exist, or when the scan\
 cannot be had (after all outputs are set; the image stays pushed). `none` only reports."}],Od=Gy,Aa=["aws-region","role-to-assume","audience","web-identity-tok\
en-file","role-session-name","role-duration-seconds","registry-id","web-identity-token-env","pull-registries","registry-type"];var Kr=[{name:"registry",description:"Registry host, as ECR returns it, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com`."},{name:"repository-uri",description:"\
Repository URI, `<registry>/<repository>`."},{name:"image",description:"Image reference with the commit SHA tag, `<repository-uri>:<sha>`."},{name:"digest",description:"\
Digest (`sha256:\u2026`) of the pushed manifest."},{name:"image-ref",description:"Image reference pinned by digest, `<repository-uri>@<digest>`."},{name:"tags",
type:"list",description:"Tags applied, comma-separated, the SHA first."},{name:"pushed",type:"boolean",description:"`true`, or `false` when nothing was uploaded\
 (skip-existing hit, immutable SHA already there, or push: false)."},{name:"scan-findings",description:'With `scan-wait`: counts by severity as JSON, e.g. `{"CR\
ITICAL":0,"HIGH":2}`; empty without a scan.'}];function Bo(t,e){let r=t[e];return Array.isArray(r)?r.join(","):String(r)}function jy(t){return Object.fromEntries(
Kr.map(({name:e})=>[e,Bo(t,e)]))}var Ca=t=>`ECR_DELIVER_${t.toUpperCase().replace(/-/g,"_")}`;function zy(t,e){if(e===void 0||e.trim()==="")return;let r=t.type==="list",o=r?e:e.trim(),s=r?Lk:$k;if(o.length>s)throw new P(t.name,o,`is longer than ${s} char\
acters`);if((r?/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/:/[\x00-\x1f\x7f]/).test(o))throw new P(t.name,o,"contains control characters");return o}function vr(t,e){let r=Gy.
find(s=>s.name===t),o=zy(r,e)??r.default;return o===void 0?void 0:r.parse(o,t)}function Ds(t,e="deliver"){let r={};for(let s of Od){let n=zy(s,t(s.name))??s.default;
if(n!==void 0)r[s.field]=s.parse(n,s.name);else if(s.type==="list")r[s.field]=[];else if(s.required&&e==="login")r[s.field]="";else if(s.required)throw new P(s.
name,"","is required")}let o=r;return zk(o,e),o}function zk(t,e){if(t.kmsKey!==void 0&&t.encryptionType!=="KMS")throw new P("kms-key",t.kmsKey,"needs `encryptio\
n-type: KMS`");Bk(t),Vk(t),e==="deliver"&&Wk(t)}function Vk(t){if(t.scanWait&&t.registryType==="public")throw new P("scan-wait","true","does not apply to ECR Pu\
blic, which does not scan images");if(!t.scanWait){if(t.scanStart)throw new P("scan-start","true","needs `scan-wait: true` (a started scan is only useful when t\
he run waits for it)");if(t.failOnSeverity!=="none")throw new P("fail-on-severity",t.failOnSeverity,"needs `scan-wait: true`: the gate reads the scan the run wa\
its for")}}function Wk(t){if(t.image!==void 0){let e=[["dockerfile",t.dockerfile],["target",t.target],["platform",t.platform],["build-args",t.buildArgs.join(`
`)||void 0],["labels",t.labels.join(`
`)||void 0]];for(let[r,o]of e)if(o!==void 0)throw new P(r,o,"cannot be combined with `image` (nothing is built)");return}t.skipExisting||Dd(t)}function Dd(t){if(!(0,qr.existsSync)(
t.context)||!(0,qr.statSync)(t.context).isDirectory())throw new P("context",t.context,"is not a directory");va("dockerfile",$n(t))}function $n(t){return t.dockerfile??
`${t.context.replace(/\/+$/,"")}/Dockerfile`}function qk(t){return t.GITHUB_ACTIONS==="true"?"github":t.CIRCLECI==="true"?"circleci":"other"}function Ns(t,e=process.env,r="deliver"){let o=qk(e),s=r==="logi\
n"?"":Qk(t,e);return{ci:o,region:kd(t.awsRegion,e),commitSha:s,sessionName:t.roleSessionName??Zk(e),sourceUrl:e$(e),release:r==="login"?{tags:[]}:Kk(t,e,o,s)}}function Kk(t,e,r,o){
if(!t.semverTags&&!t.branchTag)return{tags:[]};let s=t.gitRef??Jk(r,e,o),n=Ly(s,t);return Fy(n,s,Fe.tag),n}function Jk(t,e,r){if(t==="github")return Ny(e,qy(e));
if(t==="circleci")return ky(e);let o=Nd(["describe","--tags","--exact-match",r]);if(o)return{tag:o};let s=Nd(["symbolic-ref","--short","-q","HEAD"]);return s?{branch:s}:
{}}function Nd(t){try{return(0,Vy.execFileSync)("git",t,{encoding:"utf8",stdio:["ignore","pipe","ignore"]}).trim()||void 0}catch{return}}function qy(t){if(!t.GITHUB_EVENT_PATH)
return{};try{return JSON.parse((0,Wy.readFileSync)(t.GITHUB_EVENT_PATH,"utf8"))}catch{return{}}}function kd(t,e){let r=t??(e.AWS_REGION||e.AWS_DEFAULT_REGION);if(!r)
throw new P("aws-region","","is required: set aws-region, or AWS_REGION / AWS_DEFAULT_REGION");let o=Fe.region(r);if(o)throw new P("aws-region",r,o);return r}function Go(t){
return t.startsWith("cn-")?"aws-cn":t.startsWith("us-gov-")?"aws-us-gov":"aws"}function Xk(t){if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")){let e=qy(
t).pull_request?.head?.sha;if(e)return e}return t.GITHUB_SHA}var Yk=()=>Nd(["rev-parse","HEAD"]);function Qk(t,e){let r=(t.commitSha??Xk(e)??e.CIRCLE_SHA1??Yk())?.
toLowerCase();if(!r)throw new P("commit-sha","","is required outside GitHub and CircleCI when `git rev-parse HEAD` has no answer");let o=Fe.commitSha(r);if(o)throw new P(
"commit-sha",r,o);return r}function Zk(t){return`ecr-deliver-${t.GITHUB_RUN_ID?`${t.GITHUB_RUN_ID}-${t.GITHUB_RUN_ATTEMPT??"1"}`:t.CIRCLE_BUILD_NUM??t.CIRCLE_WORKFLOW_JOB_ID??
String(Date.now())}`.replace(/[^\w+=,.@-]/g,"-").slice(0,64)}function e$(t){if(t.GITHUB_REPOSITORY)return`${t.GITHUB_SERVER_URL??"https://github.com"}/${t.GITHUB_REPOSITORY}`;
let e=t.CIRCLE_REPOSITORY_URL;if(e){let r=/^git@([^:]+):(.+?)(?:\.git)?$/.exec(e);return r?`https://${r[1]}/${r[2]}`:e.replace(/\.git$/,"")}return""}var Ky=5,t$=5e3,r$=3e4,o$=2e3;function s$(t=1/0){let e=Math.max(1e3,Math.min(r$,Math.floor(t/3)));return{connectionTimeout:Math.min(t$,e),requestTimeout:e}}function ks(t,e,r){
return{region:t,credentials:e,retryMode:"adaptive",maxAttempts:Ky,requestHandler:{...s$(r?.ms),throwOnRequestTimeout:!0}}}function $s(t){let e=t??{},r=e.name??"",
o=/Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(r)||!!e.$retryable?.throttling,s=o||!!e.$retryable||(e.$metadata?.httpStatusCode??0)>=500||/Timeout/.
test(r)||/^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)$/.test(e.code??"");return{attempts:e.$metadata?.attempts??1,transient:s,
throttled:o}}function Ls(t,e){return e?`AWS kept throttling ${t} for longer than ${Ky} attempts with backoff: re-run later, spread out concurrent deliveries, or\
 raise the ${t} API rate quota (Service Quotas)`:`${t} or the network to it kept failing: check the runner's access to AWS (proxy, firewall, VPC endpoint, AWS_E\
NDPOINT_URL_${t}) and the AWS Health Dashboard, then re-run`}var Ln=class{constructor(e){this.seconds=e;this.expired=new Promise((r,o)=>{this.timer=setTimeout(()=>{
o(new Ps(e,[...new Set(this.waiting)])),this.controller.abort(),setTimeout(()=>process.exit(process.exitCode||1),o$).unref()},e*1e3)}),this.expired.catch(()=>{})}seconds;controller=new AbortController;waiting=[];timer;expired;get ms(){
return this.seconds*1e3}get signal(){return this.controller.signal}async bound(e){try{return await Promise.race([e(),this.expired])}finally{clearTimeout(this.timer)}}async watch(e,r){
this.controller.signal.throwIfAborted(),this.waiting.push(e);try{return await r()}finally{this.waiting.splice(this.waiting.indexOf(e),1)}}};function po(t,e,r){return t?
t.watch(e,r):r()}var yO=require("node:child_process"),SO=require("node:fs"),EO=require("node:util");F();De();v();L();z();U();st();Z();ye();_i();v();z();F();z();z();var pn="ref",is=-1,wi=!0,_I="isSet",PI="PartitionResult",Ii="booleanEquals",We="stringEquals",Eg="getAttr",wI="us-east-1",II="sigv4",TI="sts",vI="https://st\
s.{Region}.{PartitionResult#dnsSuffix}",AI={[pn]:"Endpoint"},qe={[pn]:"Region"},xg={[pn]:PI},cn={},CI=[qe],bI={conditions:[[_I,[AI]],[_I,CI],["aws.partition",CI,
PI],[Ii,[{[pn]:"UseFIPS"},wi]],[Ii,[{[pn]:"UseDualStack"},wi]],[We,[qe,"aws-global"]],[Ii,[{[pn]:"UseGlobalEndpoint"},wi]],[We,[qe,"eu-central-1"]],[Ii,[{fn:Eg,
argv:[xg,"supportsDualStack"]},wi]],[Ii,[{fn:Eg,argv:[xg,"supportsFIPS"]},wi]],[We,[qe,"ap-south-1"]],[We,[qe,"eu-north-1"]],[We,[qe,"eu-west-1"]],[We,[qe,"eu-w\
est-2"]],[We,[qe,"eu-west-3"]],[We,[qe,"sa-east-1"]],[We,[qe,wI]],[We,[qe,"us-east-2"]],[We,[qe,"us-west-2"]],[We,[qe,"us-west-1"]],[We,[qe,"ca-central-1"]],[We,
[qe,"ap-southeast-1"]],[We,[qe,"ap-northeast-1"]],[We,[qe,"ap-southeast-2"]],[We,[{fn:Eg,argv:[xg,"name"]},"aws-us-gov"]]],results:[[is],["https://sts.amazonaws\
.com",{authSchemes:[{name:II,signingName:TI,signingRegion:wI}]}],[vI,{authSchemes:[{name:II,signingName:TI,signingRegion:"{Region}"}]}],[is,"Invalid Configurati\
on: FIPS and custom endpoint are not supported"],[is,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[AI,cn],["https://sts-fips.{Regio\
n}.{PartitionResult#dualStackDnsSuffix}",cn],[is,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://sts.{Region}.amazo\
naws.com",cn],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",cn],[is,"FIPS is enabled but this partition does not support FIPS"],["https://sts.{Region\
}.{PartitionResult#dualStackDnsSuffix}",cn],[is,"DualStack is enabled but this partition does not support DualStack"],[vI,cn],[is,"Invalid Configuration: Missin\
g Region"]]},fL=2,X=1e8,gL=new Int32Array([-1,1,-1,0,30,3,1,4,X+14,2,5,X+14,3,25,6,4,24,7,5,X+1,8,6,9,X+13,7,X+1,10,10,X+1,11,11,X+1,12,12,X+1,13,13,X+1,14,14,X+
1,15,15,X+1,16,16,X+1,17,17,X+1,18,18,X+1,19,19,X+1,20,20,X+1,21,21,X+1,22,22,X+1,23,23,X+1,X+2,8,X+11,X+12,4,28,26,9,27,X+10,24,X+8,X+9,8,29,X+7,9,X+6,X+7,3,X+
3,31,4,X+4,X+5]),OI=Be.from(gL,fL,bI.conditions,bI.results);var hL=new Ge({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),tp=(t,e={})=>hL.get(t,()=>At(OI,{endpointParams:t,logger:e.logger}));
Ae.aws=nt;var yL=t=>async(e,r,o)=>{if(!o)throw new Error("Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let s=await t(e,r,o),n=re(
r)?.commandInstance?.constructor?.getEndpointParameterInstructions;if(!n)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}\
'`);let i=await zs(o,{getEndpointParameterInstructions:n},e);return Object.assign(s,i)},SL=async(t,e,r)=>({operation:re(e).operation,region:await W(t.region)()||
(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()}),DI=yL(SL);function NI(t){return{schemeId:"aws.auth#sigv4",signingProperties:{
name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}function rp(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{
name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}function Rg(t){return{schemeId:"smithy.api#noAuth"}}var EL=(t,e,r)=>s=>{
let i=t(s).properties?.authSchemes;if(!i)return e(s);let a=[];for(let c of i){let{name:l,properties:u={},...d}=c,m=l.toLowerCase();l!==m&&console.warn(`HttpAuth\
Scheme has been normalized with lowercasing: '${l}' to '${m}'`);let f;if(m==="sigv4a"){f="aws.auth#sigv4a";let h=i.find(S=>{let x=S.name.toLowerCase();return x!==
"sigv4a"&&x.startsWith("sigv4")});if(Or.sigv4aDependency()==="none"&&h)continue}else if(m.startsWith("sigv4"))f="aws.auth#sigv4";else throw new Error(`Unknown H\
ttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);let g=r[f];if(!g)throw new Error(`Could not find HttpAuthOption create function for '${f}'`);let y=g(
s);y.schemeId=f,y.signingProperties={...y.signingProperties||{},...d,...u},a.push(y)}return a},xL=t=>{let e=[];switch(t.operation){case"AssumeRoleWithSAML":{e.push(
Rg(t)),e.push(rp(t));break}case"AssumeRoleWithWebIdentity":{e.push(Rg(t)),e.push(rp(t));break}default:e.push(NI(t)),e.push(rp(t))}return e},kI=EL(tp,xL,{"aws.au\
th#sigv4":NI,"aws.auth#sigv4a":rp,"smithy.api#noAuth":Rg}),$I=t=>{let e=tr(t),r=nn(e);return Object.assign(r,{authSchemePreference:W(t.authSchemePreference??[])})};var LI=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??!1,defaultSigningName:"\
sts"}),UI={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",
name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}};var FI={name:"@aws-sdk/client-sts",version:"3.1174.0",description:"AWS SDK for JavaScript Sts Client for Node.js, Browser and React Native",homepage:"https://gi\
thub.com/aws/aws-sdk-js-v3/tree/main/clients/client-sts",license:"Apache-2.0",author:{name:"AWS SDK for JavaScript Team",url:"https://aws.amazon.com/sdk-for-jav\
ascript/"},repository:{type:"git",url:"https://github.com/aws/aws-sdk-js-v3.git",directory:"clients/client-sts"},files:["dist-*/**"],sideEffects:!1,main:"./dist\
-cjs/index.js",module:"./dist-es/index.js",browser:{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},types:"./dist-types/index.d.ts",typesVersions:{
"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},scripts:{build:"concurrently 'yarn:b\
uild:types' 'yarn:build:es' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","buil\
d:include:deps":'yarn g:turbo run build -F="$npm_package_name"',"build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downle\
vel-dts dist-types dist-types/ts3.4",clean:"premove dist-cjs dist-es dist-types","extract:docs":"api-extractor run --local","generate:client":"node ../../script\
s/generate-clients/single-service",test:"yarn g:vitest run --passWithNoTests","test:watch":"yarn g:vitest watch --passWithNoTests","test:integration":"yarn g:vi\
test run --passWithNoTests -c vitest.config.integ.mts","test:integration:watch":"yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts","test:e2e":"y\
arn g:vitest run -c vitest.config.e2e.mts","test:e2e:watch":"yarn g:vitest watch -c vitest.config.e2e.mts","test:index":"tsc -p tsconfig.test.json && node ./tes\
t/index-objects.spec.mjs"},dependencies:{"@aws-sdk/core":"^3.981.0","@aws-sdk/credential-provider-node":"^3.972.97","@aws-sdk/signature-v4-multi-region":"^3.996\
.52","@aws-sdk/types":"^3.975.1","@smithy/core":"^3.40.0","@smithy/fetch-http-handler":"^5.8.1","@smithy/node-http-handler":"^4.14.2","@smithy/types":"^4.20.0",
tslib:"^2.6.2"},devDependencies:{"@smithy/snapshot-testing":"^2.4.0","@tsconfig/node20":"20.1.8","@types/node":"^20.14.8",concurrently:"7.0.0","downlevel-dts":"\
0.10.1",premove:"4.0.0",typescript:"~7.0.2",vitest:"^4.0.17"},engines:{node:">=20.0.0"}};F();ye();vg();L();L();var UT="AWS_EC2_METADATA_DISABLED",FT=async t=>{let{ENV_CMDS_FULL_URI:e,ENV_CMDS_RELATIVE_URI:r,fromContainerMetadata:o,fromInstanceMetadata:s}=await Promise.resolve().then(()=>(dp(),up));
if(process.env[r]||process.env[e]){t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");let{fromHttp:n}=await Promise.resolve().then(()=>(Fg(),Ug));
return Vo(n(t),o(t))}return process.env[UT]&&process.env[UT]!=="false"?async()=>{throw new w("EC2 Instance Metadata Service access disabled",{logger:t.logger})}:
(t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata"),s(t))};function MT(t,e){let r=XL(t),o,s,n,i,a=async c=>{if(c?.forceRefresh)return i||(i=r(c).then(l=>{n=l}).finally(()=>{i=void 0})),await i,n;if(n?.expiration&&n?.expiration?.
getTime()<Date.now()&&(n=void 0),o)await o;else if(!n||e?.(n))if(n)s||(s=r(c).then(l=>{n=l}).catch(()=>{}).finally(()=>{s=void 0}));else return o=r(c).then(l=>{
n=l}).finally(()=>{o=void 0}),a(c);return n};return a}var XL=t=>async e=>{let r;for(let o of t)try{return await o(e)}catch(s){if(r=s,s?.tryNextLink)continue;throw s}
throw r};var YP=!1,ko=(t={})=>MT([async()=>{if(t.profile??process.env[Ma])throw process.env[Ti]&&process.env[vi]&&(YP||((t.logger?.warn&&t.logger?.constructor?.name!=="N\
oOpLogger"?t.logger.warn.bind(t.logger):console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`),YP=!0)),new w("AWS_PROFILE is set, skipping fromEnv provider.",{logger:t.logger,tryNextLink:!0});return t.logger?.debug("@aws-sdk/credential-provider-node - \
defaultProvider::fromEnv"),op(t)()},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");let{ssoStartUrl:r,ssoAccountId:o,ssoRegion:s,
ssoRoleName:n,ssoSession:i}=t;if(!r&&!o&&!s&&!n&&!i)throw new w("Skipping SSO provider in default chain (inputs do not include SSO fields).",{logger:t.logger});
let{fromSSO:a}=await Promise.resolve().then(()=>(gh(),fh));return a(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromI\
ni");let{fromIni:r}=await Promise.resolve().then(()=>(XP(),JP));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::\
fromProcess");let{fromProcess:r}=await Promise.resolve().then(()=>(ey(),Zh));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defa\
ultProvider::fromTokenFile");let{fromTokenFile:r}=await Promise.resolve().then(()=>(ny(),sy));return r(t)(e)},async()=>(t.logger?.debug("@aws-sdk/credential-pro\
vider-node - defaultProvider::remoteProvider"),(await FT(t))()),async()=>{throw new w("Could not load credentials from any providers",{tryNextLink:!1,logger:t.logger})}],
QP);var QP=t=>t?.expiration!==void 0&&t.expiration.getTime()-Date.now()<3e5;De();v();L();st();O();to();ye();To();_i();De();jr();v();U();O();Z();v();var we=class t extends Me{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var nl=class t extends we{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="client";constructor(e){super({name:"Expi\
redTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},il=class t extends we{static shapeId="com.amazonaws.sts#InvalidContextAssert\
ionException";name="InvalidContextAssertionException";$fault="client";constructor(e){super({name:"InvalidContextAssertionException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},al=class t extends we{static shapeId="com.amazonaws.sts#MalformedPolicyDocumentException";name="MalformedPolicyDocumentExcept\
ion";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},cl=class t extends we{static shapeId="\
com.amazonaws.sts#PackedPolicyTooLargeException";name="PackedPolicyTooLargeException";$fault="client";constructor(e){super({name:"PackedPolicyTooLargeException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},pl=class t extends we{static shapeId="com.amazonaws.sts#RegionDisabledException";name="RegionDi\
sabledException";$fault="client";constructor(e){super({name:"RegionDisabledException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ll=class t extends we{static shapeId="\
com.amazonaws.sts#IDPRejectedClaimException";name="IDPRejectedClaimException";$fault="client";constructor(e){super({name:"IDPRejectedClaimException",$fault:"cli\
ent",...e}),Object.setPrototypeOf(this,t.prototype)}},ul=class t extends we{static shapeId="com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdenti\
tyTokenException";$fault="client";constructor(e){super({name:"InvalidIdentityTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},dl=class t extends we{static shapeId="\
com.amazonaws.sts#IDPCommunicationErrorException";name="IDPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicati\
onErrorException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ml=class t extends we{static shapeId="com.amazonaws.sts#InvalidAuthorizationM\
essageException";name="InvalidAuthorizationMessageException";$fault="client";constructor(e){super({name:"InvalidAuthorizationMessageException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},fl=class t extends we{static shapeId="com.amazonaws.sts#ExpiredTradeInTokenException";name="ExpiredTradeInTokenExcepti\
on";$fault="client";constructor(e){super({name:"ExpiredTradeInTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},gl=class t extends we{static shapeId="\
com.amazonaws.sts#InsufficientSessionLifetimeException";name="InsufficientSessionLifetimeException";$fault="client";constructor(e){super({name:"InsufficientSess\
ionLifetimeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},hl=class t extends we{static shapeId="com.amazonaws.sts#InvalidSubjectCre\
dentialsException";name="InvalidSubjectCredentialsException";$fault="client";constructor(e){super({name:"InvalidSubjectCredentialsException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},yl=class t extends we{static shapeId="com.amazonaws.sts#JWTPayloadSizeExceededException";name="JWTPayloadSizeExceededE\
xception";$fault="client";constructor(e){super({name:"JWTPayloadSizeExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Sl=class t extends we{static shapeId="\
com.amazonaws.sts#OutboundWebIdentityFederationDisabledException";name="OutboundWebIdentityFederationDisabledException";$fault="client";constructor(e){super({name:"\
OutboundWebIdentityFederationDisabledException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},El=class t extends we{static shapeId="com.amazo\
naws.sts#SessionDurationEscalationException";name="SessionDurationEscalationException";$fault="client";constructor(e){super({name:"SessionDurationEscalationExce\
ption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}};var h2="Arn",y2="AccessKeyId";var S2="AssumedRoleId";var ZP="AssumedRoleUser";var E2="AssumeRoleWithWebIdentity",x2="AssumeRoleWithWebIdentityRequest",R2="AssumeRoleWithWebIdentityResponse";var _2="Audience",eO="Credentials";var w2="DurationSeconds",I2="Expiration";var T2="ExpiredTokenException",v2="ExpiredTradeInTokenException",A2="FederatedProviderArn";var C2="Issuer",b2="InvalidAuthorizationMessageException",P2="InvalidContextAssertionException",O2="IDPCommunicationErrorException",D2="IDPRejectedClaimExceptio\
n",N2="InvalidIdentityTokenException",k2="IdentityProvider",$2="InvalidSubjectCredentialsException",L2="InsufficientSessionLifetimeException",U2="JWTPayloadSize\
ExceededException";var F2="MalformedPolicyDocumentException",M2="MinimumSessionTokenSize";var tO="OriginIdentity",H2="OutboundWebIdentityFederationDisabledException",B2="Policy",G2="PolicyArns";var j2="PolicyDescriptorType",z2="ProviderId",V2="PackedPolicySize",W2="PackedPolicyTooLargeException",q2="Provider",K2="RoleArn",J2="RegionDisabledException",X2="\
RoleSessionName",Y2="Subject";var Q2="SecretAccessKey";var Z2="SessionDurationEscalationException",e3="SubjectFromWebIdentityToken",t3="SourceIdentity";var r3="SubjectType",o3="SessionTokenSize",s3="SessionTokenUtilization",n3="SessionToken";var rO="TransactionContext",oO="TrustedIdentityPropagationContext";var i3="WebIdentityToken",a3="arn",c3="accessKeySecretType",jt="awsQueryError",zt="client",p3="clientTokenType",Vt="error",Wt="httpError",qt="message",l3="origi\
nIdentityIssuerType",u3="originIdentitySubjectType",d3="originIdentitySubjectTypeType",m3="policyDescriptorListType",sO="smithy.ts.sdk.synthetic.com.amazonaws.s\
ts",f3="transactionContextIdentityProviderMapType",g3="transactionContextValueType";var q="com.amazonaws.sts",nO=new J(sO),h3=[-3,sO,"STSServiceException",0,[],[]];nO.registerError(h3,we);var pt=new J(q),y3=[-3,q,T2,{[jt]:["ExpiredTokenExceptio\
n",400],[Vt]:zt,[Wt]:400},[qt],[0]];pt.registerError(y3,nl);var S3=[-3,q,v2,{[jt]:["ExpiredTradeInTokenException",400],[Vt]:zt,[Wt]:400},[qt],[0]];pt.registerError(
S3,fl);var E3=[-3,q,O2,{[jt]:["IDPCommunicationError",400],[Vt]:zt,[Wt]:400},[qt],[0]];pt.registerError(E3,dl);var x3=[-3,q,D2,{[jt]:["IDPRejectedClaim",403],[Vt]:zt,
[Wt]:403},[qt],[0]];pt.registerError(x3,ll);var R3=[-3,q,L2,{[jt]:["InsufficientSessionLifetime",400],[Vt]:zt,[Wt]:400},[qt],[0]];pt.registerError(R3,gl);var _3=[
-3,q,b2,{[jt]:["InvalidAuthorizationMessageException",400],[Vt]:zt,[Wt]:400},[qt],[0]];pt.registerError(_3,ml);var w3=[-3,q,P2,{[jt]:["InvalidContextAssertion",
400],[Vt]:zt,[Wt]:400},[qt],[0]];pt.registerError(w3,il);var I3=[-3,q,N2,{[jt]:["InvalidIdentityToken",400],[Vt]:zt,[Wt]:400},[qt],[0]];pt.registerError(I3,ul);
var T3=[-3,q,$2,{[jt]:["InvalidSubjectCredentials",400],[Vt]:zt,[Wt]:400},[qt],[0]];pt.registerError(T3,hl);var v3=[-3,q,U2,{[jt]:["JWTPayloadSizeExceededExcept\
ion",400],[Vt]:zt,[Wt]:400},[qt],[0]];pt.registerError(v3,yl);var A3=[-3,q,F2,{[jt]:["MalformedPolicyDocument",400],[Vt]:zt,[Wt]:400},[qt],[0]];pt.registerError(
A3,al);var C3=[-3,q,H2,{[jt]:["OutboundWebIdentityFederationDisabledException",403],[Vt]:zt,[Wt]:403},[qt],[0]];pt.registerError(C3,Sl);var b3=[-3,q,W2,{[jt]:["\
PackedPolicyTooLarge",400],[Vt]:zt,[Wt]:400},[qt],[0]];pt.registerError(b3,cl);var P3=[-3,q,J2,{[jt]:["RegionDisabledException",403],[Vt]:zt,[Wt]:403},[qt],[0]];
pt.registerError(P3,pl);var O3=[-3,q,Z2,{[jt]:["SessionDurationEscalationException",403],[Vt]:zt,[Wt]:403},[qt],[0]];pt.registerError(O3,El);var iO=[nO,pt],D3=[
0,q,c3,8,0],N3=[0,q,p3,8,0],k3=[0,q,l3,8,0],$3=[0,q,u3,8,0],L3=[0,q,d3,8,0];var U3=[0,q,g3,8,0];var F3=[3,q,ZP,0,[S2,h2],[0,0],2];var M3=[3,q,x2,0,[K2,X2,i3,z2,G2,B2,w2,M2],[0,0,[()=>N3,0],0,()=>W3,0,1,1],3],H3=[3,q,R2,0,[eO,e3,ZP,V2,q2,_2,t3,s3,o3,oO],[[()=>B3,0],0,()=>F3,1,0,0,0,1,1,[()=>V3,
0]]];var B3=[3,q,eO,0,[y2,Q2,n3,I2],[0,[()=>D3,0],0,4],4];var G3=[3,q,tO,0,[Y2,r3,C2,A2],[[()=>$3,0],[()=>L3,0],[()=>k3,0],0]],j3=[3,q,j2,0,[a3],[0]];var z3=[3,q,rO,0,[k2],[[()=>q3,0]]],V3=[3,q,oO,8,[tO,rO],[[()=>G3,0],[()=>z3,0]]],W3=[1,q,m3,0,()=>j3];var q3=[2,q,f3,0,[0,0],[()=>U3,0]];var aO=[9,q,E2,0,()=>M3,()=>H3];var cO=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??tp,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??kI,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne},{schemeId:"aws.auth#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.aut\
h#sigv4a"),signer:new _r},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Ce}],logger:t?.
logger??new xe,protocol:t?.protocol??ls,protocolSettings:t?.protocolSettings??{defaultNamespace:"com.amazonaws.sts",errorTypeRegistries:iO,xmlNamespace:"https:/\
/sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??tt,signerConstructor:t?.
signerConstructor??Or,urlParser:t?.urlParser??ge,utf8Decoder:t?.utf8Decoder??oe,utf8Encoder:t?.utf8Encoder??ee});var pO=t=>{Rt(process.version);let e=vt(t),r=()=>e().then(xt),o=cO(t);ut(process.version);let s={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(it,s),bodyLengthChecker:t?.bodyLengthChecker??ft,credentialDefaultProvider:t?.credentialDefaultProvider??
ko,defaultSocketTimeout:dr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Mt({serviceId:o.serviceId,clientVersion:FI.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:n=>n.getIdentityProvider("aws.auth#sigv4")||(async i=>await ko(i?.__config||{})()),signer:new ne},
{schemeId:"aws.auth#sigv4a",identityProvider:n=>n.getIdentityProvider("aws.auth#sigv4a"),signer:new _r},{schemeId:"smithy.api#noAuth",identityProvider:n=>n.getIdentityProvider(
"smithy.api#noAuth")||(async()=>({})),signer:new Ce}],maxAttempts:t?.maxAttempts??_($t,t),region:t?.region??_(ve,{...He,...s}),requestHandler:be.create(t?.requestHandler??
r),retryMode:t?.retryMode??_({...Ut,default:async()=>(await r()).retryMode||Ve},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??_(an,s),streamCollector:t?.
streamCollector??Pe,useDualstackEndpoint:t?.useDualstackEndpoint??_(yt,s),useFipsEndpoint:t?.useFipsEndpoint??_(St,s),userAgentAppId:t?.userAgentAppId??_(Ht,s)}};F();v();U();var lO=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);n===-1?e.
push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){return o}}},
uO=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var dO=(t,e)=>{let r=Object.assign(Bt(t),_t(t),Ct(t),lO(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Gt(r),wt(r),bt(r),uO(r))};var xl=class extends Re{config;constructor(...[e]){let r=pO(e||{});super(r),this.initConfig=r;let o=LI(r),s=kt(o),n=Lt(s),i=Tt(n),a=i,c=Qt(a),l=$I(c),u=dO(l,e?.
extensions||[]);this.config=u,this.middlewareStack.use(Et(this.config)),this.middlewareStack.use(Ft(this.config)),this.middlewareStack.use(er(this.config)),this.
middlewareStack.use(Pt(this.config)),this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Dt(this.config)),this.middlewareStack.use(Nt(this.config)),
this.middlewareStack.use(rt(this.config,{httpAuthSchemeParametersProvider:DI,identityProviderConfigProvider:async d=>new Oe({"aws.auth#sigv4":d.credentials,"aws\
.auth#sigv4a":d.credentials})})),this.middlewareStack.use(ot(this.config))}destroy(){super.destroy()}};v();z();var mO=It(UI,"AWSSecurityTokenServiceV20110615","STSClient",Zt),fO={},gO=(t,e,r,o)=>[];var Rl=class extends mO(fO,gO,"AssumeRoleWithWebIdentity",aO){};async function xO(t){if(t.tokenEnv){let r=t.env[t.tokenEnv]?.trim();if(!r)throw new lr(`web-identity-token-env names ${t.tokenEnv}, which is not set or empty`);
return{token:r,source:`environment variable ${t.tokenEnv}`}}if(t.tokenFile)return{token:hO(t.tokenFile),source:`file ${t.tokenFile}`};if(t.ci==="github")return{
token:await K3(t),source:"GitHub OIDC"};if(t.ci==="circleci")return J3(t);let e=t.env.AWS_WEB_IDENTITY_TOKEN_FILE;if(e)return{token:hO(e),source:`file ${e}`};throw new lr(
"role-to-assume is set but no OIDC token was found","outside GitHub and CircleCI, write the CI's OIDC token to a file and pass web-identity-token-file (or AWS_W\
EB_IDENTITY_TOKEN_FILE), or name the variable that holds it in web-identity-token-env")}function hO(t){let e=(0,SO.readFileSync)(t,"utf8").trim();if(!e)throw new lr(
`the OIDC token file ${t} is empty`);return e}async function K3(t){if(!t.env.ACTIONS_ID_TOKEN_REQUEST_URL||!t.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN||!t.platformToken)
throw new lr("GitHub did not give this job an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set)","add `permissions: id-token: write` (and `contents: read`) t\
o the workflow or job");try{return await t.platformToken(t.audience)}catch(e){throw new Er(`could not get the GitHub OIDC token: ${e.message}`,"check `permissio\
ns: id-token: write`; tokens are not issued to pull requests from forks")}}async function J3(t){let e=t.env.CIRCLE_OIDC_TOKEN_V2||t.env.CIRCLE_OIDC_TOKEN;if(e)return{
token:e.trim(),source:t.env.CIRCLE_OIDC_TOKEN_V2?"CIRCLE_OIDC_TOKEN_V2":"CIRCLE_OIDC_TOKEN"};try{let r=["run","oidc","get"];t.audience!==Pd&&r.push("--claims",JSON.
stringify({aud:t.audience}));let{stdout:o}=await(0,EO.promisify)(yO.execFile)("circleci",r,{encoding:"utf8"}),s=o.trim();if(s)return{token:s,source:"circleci ru\
n oidc get"}}catch{}throw new lr("CircleCI did not give this job an OIDC token (no CIRCLE_OIDC_TOKEN_V2 or CIRCLE_OIDC_TOKEN)","run the job with a context (Circ\
leCI issues OIDC tokens only to jobs that use one), or pass web-identity-token-file")}function X3(t){try{let e=JSON.parse(Buffer.from(t.split(".")[1]??"","base6\
4url").toString("utf8")),r=o=>Array.isArray(o)?o.join(","):typeof o=="string"?o:void 0;return{iss:r(e.iss),sub:r(e.sub),aud:r(e.aud)}}catch{return{}}}async function RO(t,e,r,o){
r.secret(e);let s=new xl(ks(t.region,void 0,o)),n=new Rl({RoleArn:t.roleArn,RoleSessionName:t.sessionName,WebIdentityToken:e,DurationSeconds:t.durationSeconds});
try{let a=(await po(o,"STS AssumeRoleWithWebIdentity",()=>s.send(n,{abortSignal:o?.signal}))).Credentials;if(!a?.AccessKeyId||!a.SecretAccessKey||!a.SessionToken)
throw new Er("STS answered without credentials");return Y3({accessKeyId:a.AccessKeyId,secretAccessKey:a.SecretAccessKey,sessionToken:a.SessionToken,expiration:a.
Expiration},r)}catch(i){throw Q3(i,t,e)}finally{s.destroy()}}function Y3(t,e){for(let r of[t.accessKeyId,t.secretAccessKey,t.sessionToken])r&&e.secret(r);return t}
function Q3(t,e,r){if(t instanceof Er)return t;let o=t,s=X3(r),n=`token iss=${s.iss??"?"} sub=${s.sub??"?"} aud=${s.aud??"?"}`,i=$s(t);if(i.transient){let c=`ST\
S AssumeRoleWithWebIdentity for ${e.roleArn} failed after ${i.attempts} attempt(s) (${o.name}: ${o.message}); ${n}`;return new Er(c,Ls("STS",i.throttled),{cause:t})}
let a=`STS refused AssumeRoleWithWebIdentity for ${e.roleArn} (${o.name}: ${o.message}); ${n}`;switch(o.name){case"AccessDenied":case"AccessDeniedException":return new Er(
a,"the role's trust policy must allow this token: Federated principal for the issuer, `aud` and `sub` conditions matching the values above (`ecr-deliver iam-pol\
icy` prints one)",{cause:t});case"InvalidIdentityToken":case"InvalidIdentityTokenException":return new Er(a,"the account needs an IAM OIDC identity provider for\
 this issuer, with the audience above as a client id",{cause:t});case"ExpiredTokenException":return new Er(a,"the OIDC token expired before it was used; request\
 a fresh one",{cause:t});case"IDPCommunicationError":case"IDPCommunicationErrorException":return new Er(a,"STS could not reach the token issuer; retry the job",
{cause:t});default:return new Er(a,void 0,{cause:t})}}var wn=require("node:fs"),TO=require("node:os"),ay=require("node:path");var _O=3,Z3=/\b5\d\d\b|Service Unavailable|Bad Gateway|Gateway Time-?out|connection reset|broken pipe|\bEOF\b|i\/o timeout|TLS handshake timeout|connection refused|Client\.Timeout|too ?many ?requests|\b429\b|net\/http/i,
wO=/no basic auth credentials|authentication required|unauthorized|\b401\b|authorization token has expired|denied: Your authorization token/i,IO=t=>t.startsWith(
"-")?`./${t}`:t;function vO(t){if(t.platform)return"platform";if(t.cache)return"cache";if(t.provenance)return"provenance"}function eH(t,e,r){let o=e?["buildx","\
build"]:["build"];o.push("--file",IO(t.dockerfile));for(let s of t.tags)o.push("--tag",s);for(let[s,n]of Object.entries(t.labels))o.push("--label",`${s}=${n}`);
for(let s of t.buildArgs)o.push("--build-arg",s);return t.target&&o.push("--target",t.target),e&&(t.platform&&o.push("--platform",t.platform),o.push("--provenan\
ce",t.provenance?"mode=max":"false"),t.provenance&&o.push("--sbom","true"),t.cache&&(o.push("--cache-from",`type=registry,ref=${t.cache.ref}`),t.cache.write&&o.
push("--cache-to",`type=registry,ref=${t.cache.ref},mode=max,image-manifest=true,oci-mediatypes=true`)),o.push(t.pushFromBuilder?"--push":"--load"),r&&o.push("-\
-metadata-file",r)),o.push(IO(t.context)),o}function tH(t){return/digest: (sha256:[a-f0-9]{64})/.exec(t)?.[1]}var _s=class{constructor(e,r,o){this.runner=e;this.
reporter=r;this.deadline=o}runner;reporter;deadline;run(e,r,o){return po(this.deadline,`docker ${r[0]==="buildx"?"buildx build":r[0]}`,()=>this.runner(e,r,o))}async check(){
let e;try{e=await this.run("docker",["version","--format","{{.Server.Version}}"],{silent:!0})}catch{throw new lr("docker is not installed: no `docker` command o\
n PATH","use a runner or executor with Docker (CircleCI: the machine executor, or a docker image with setup_remote_docker)")}if(e.code!==0){let r=e.stderr.trim().
split(`
`).pop()??"";throw new lr(`the docker daemon is not reachable: ${r}`,"start the docker engine (CircleCI docker executor: add `setup_remote_docker`; or use the m\
achine executor)")}}buildx;hasBuildx(){return this.buildx??=this.run("docker",["buildx","version"],{silent:!0}).then(e=>e.code===0,()=>!1),this.buildx}logins=Promise.
resolve();login(e){let r=this.logins.then(()=>this.loginNow(e));return this.logins=r.catch(()=>{}),r}async loginNow(e){this.reporter.secret(e.password),this.reporter.
secret(Buffer.from(`${e.username}:${e.password}`).toString("base64"));let r=await this.run("docker",["login","--username",e.username,"--password-stdin",e.host],
{input:Buffer.from(e.password),output:this.reporter.output});if(r.code!==0)throw new ur(`docker login to ${e.host} failed: ${Rs(r)}`)}async logout(e){await this.
run("docker",["logout",e],{output:this.reporter.output})}async build(e,r){let o=r?(0,wn.mkdtempSync)((0,ay.join)((0,TO.tmpdir)(),"ecr-deliver-")):void 0,s=o?(0,ay.join)(
o,"metadata.json"):void 0;try{let n=await this.run("docker",eH(e,r,s),{output:this.reporter.output});if(n.code!==0)throw new ur(`docker ${r?"buildx build":"buil\
d"} failed (exit ${n.code}): ${Rs(n)}`,e.cache?"a registry cache needs a buildx builder with the docker-container driver (GitHub: docker/setup-buildx-action)":void 0);
return!s||!e.pushFromBuilder?void 0:JSON.parse((0,wn.readFileSync)(s,"utf8"))["containerimage.digest"]}finally{o&&(0,wn.rmSync)(o,{recursive:!0,force:!0})}}async tag(e,r){
let o=await this.run("docker",["tag",e,r],{output:this.reporter.output});if(o.code!==0)throw new ur(`docker tag ${e} ${r} failed: ${Rs(o)}`)}async push(e,r){let o=!1;
for(let s=1;;s++){let n=await this.run("docker",["push",e],{output:this.reporter.output}),i=`${n.stdout}
${n.stderr}`;if(n.code===0){let a=tH(i);if(!a)throw new ur(`docker push ${e} printed no digest`);return a}if(wO.test(i)&&!o){o=!0,this.reporter.warning(`the reg\
istry refused the credentials (${Rs(n)}); logging in again`),await r();continue}if(wO.test(i))throw new ur(`docker push ${e} was refused after a fresh login: ${Rs(
n)}`,"the credentials need ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage and ecr:BatchCheckLayerAvailability");if(!Z3.test(
i)||s>=_O)throw new ur(`docker push ${e} failed after ${s} attempt(s): ${Rs(n)}`);this.reporter.warning(`docker push failed (${Rs(n)}); retrying (${s}/${_O-1})`),
await new Promise(a=>setTimeout(a,1e3*2**(s-1)))}}},rH=/^(DEPRECATED:|Install the buildx|https:\/\/docs\.docker\.com\/|WARNING!|Configure a credential helper)/;
function Rs(t){let e=o=>o.split(`
`).map(s=>s.trim()).filter(s=>s&&!rH.test(s)),r=e(t.stdout);return e(t.stderr).pop()??[...r].reverse().find(o=>/error|denied|fail|unauthorized/i.test(o))??r.pop()??
`exit ${t.code}`}var my=require("node:fs");F();De();v();L();z();U();st();Z();ye();v();var AO=async(t,e,r)=>({operation:re(e).operation,region:await W(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function oH(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}var CO=t=>{let e=[];switch(t.operation){default:e.push(oH(t))}return e},bO=t=>{let e=tr(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??
[])})};var PO=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr"}),OO={UseFIPS:{type:"b\
uiltInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInPar\
ams",name:"useDualstackEndpoint"}};var DO={name:"@aws-sdk/client-ecr",version:"3.1169.0",description:"AWS SDK for JavaScript Ecr Client for Node.js, Browser and React Native",homepage:"https://gi\
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
engines:{node:">=20.0.0"}};F();ye();v();L();st();O();to();ye();To();jr();v();U();O();F();z();z();var In="ref",ws=-1,_l=!0,NO="isSet",py="PartitionResult",$o="stringEquals",wl="booleanEquals",cy="getAttr",kO={[In]:"Endpoint"},Lo={fn:cy,argv:[{[In]:py},"n\
ame"]},$O={[In]:py},Is={},LO=[{[In]:"Region"}],UO={conditions:[[NO,[kO]],[NO,LO],["aws.partition",LO,py],[$o,[Lo,"aws-eusc"]],[$o,[Lo,"aws-iso-f"]],[$o,[Lo,"aws\
-iso-e"]],[$o,[Lo,"aws-iso-b"]],[$o,[Lo,"aws-iso"]],[$o,[Lo,"aws-cn"]],[$o,[Lo,"aws-us-gov"]],[$o,[Lo,"aws"]],[wl,[{[In]:"UseFIPS"},_l]],[wl,[{fn:cy,argv:[$O,"s\
upportsFIPS"]},_l]],[wl,[{[In]:"UseDualStack"},_l]],[wl,[{fn:cy,argv:[$O,"supportsDualStack"]},_l]]],results:[[ws],[ws,"Invalid Configuration: FIPS and custom e\
ndpoint are not supported"],[ws,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[kO,Is],["https://api.ecr.{Region}.{PartitionResult#dn\
sSuffix}",Is],["https://ecr.{Region}.{PartitionResult#dualStackDnsSuffix}",Is],["https://api.ecr-fips.{Region}.{PartitionResult#dnsSuffix}",Is],["https://ecr-fi\
ps.{Region}.{PartitionResult#dualStackDnsSuffix}",Is],["https://api.ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Is],[ws,"FIPS and DualStack are enab\
led, but this partition does not support one or both"],[ws,"FIPS is enabled but this partition does not support FIPS"],["https://api.ecr.{Region}.{PartitionResu\
lt#dualStackDnsSuffix}",Is],[ws,"DualStack is enabled but this partition does not support DualStack"],[ws,"Invalid Configuration: Missing Region"]]},nH=2,Ye=1e8,
iH=new Int32Array([-1,1,-1,0,23,3,1,4,Ye+13,2,5,Ye+13,3,20,6,4,20,7,5,20,8,6,20,9,7,20,10,8,20,11,9,20,12,10,20,13,11,16,14,13,15,Ye+4,14,Ye+11,Ye+12,12,18,17,13,
Ye+9,Ye+10,13,19,Ye+6,14,Ye+8,Ye+9,11,22,21,13,Ye+5,Ye+4,13,Ye+7,Ye+6,11,Ye+1,24,13,Ye+2,Ye+3]),FO=Be.from(iH,nH,UO.conditions,UO.results);var aH=new Ge({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),MO=(t,e={})=>aH.get(t,()=>At(FO,{endpointParams:t,logger:e.logger}));Ae.aws=nt;Z();v();var b=class t extends Me{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ecr#ECRServiceException";constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var Il=class t extends b{static shapeId="com.amazonaws.ecr#InvalidParameterException";name="InvalidParameterException";$fault="client";constructor(e){super({name:"\
InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Tl=class t extends b{static shapeId="com.amazonaws.ecr#RepositoryNot\
FoundException";name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},vl=class t extends b{static shapeId="com.amazonaws.ecr#ServerException";name="ServerException";$fault="server";constructor(e){super({name:"S\
erverException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},Al=class t extends b{static shapeId="com.amazonaws.ecr#LimitExceededException";name="\
LimitExceededException";$fault="client";constructor(e){super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Cl=class t extends b{static shapeId="\
com.amazonaws.ecr#UnableToGetUpstreamImageException";name="UnableToGetUpstreamImageException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamIma\
geException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},bl=class t extends b{static shapeId="com.amazonaws.ecr#ValidationException";name="\
ValidationException";$fault="client";constructor(e){super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Pl=class t extends b{static shapeId="\
com.amazonaws.ecr#EmptyUploadException";name="EmptyUploadException";$fault="client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Ol=class t extends b{static shapeId="com.amazonaws.ecr#InvalidLayerException";name="InvalidLayerException";$fault="client";constructor(e){
super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Dl=class t extends b{static shapeId="com.amazonaws.ecr#KmsE\
xception";name="KmsException";$fault="client";kmsError;constructor(e){super({name:"KmsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.kmsError=e.kmsError}},Nl=class t extends b{static shapeId="com.amazonaws.ecr#LayerAlreadyExistsException";name="LayerAlreadyExistsException";$fault="client";constructor(e){
super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},kl=class t extends b{static shapeId="com.amazonaws.ec\
r#LayerPartTooSmallException";name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},$l=class t extends b{static shapeId="com.amazonaws.ecr#UploadNotFoundException";name="UploadNotFoundException";$fault="client";constructor(e){
super({name:"UploadNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ll=class t extends b{static shapeId="com.amazonaws.ecr#Pu\
llThroughCacheRuleAlreadyExistsException";name="PullThroughCacheRuleAlreadyExistsException";$fault="client";constructor(e){super({name:"PullThroughCacheRuleAlre\
adyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ul=class t extends b{static shapeId="com.amazonaws.ecr#SecretNotFoundExcept\
ion";name="SecretNotFoundException";$fault="client";constructor(e){super({name:"SecretNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Fl=class t extends b{static shapeId="com.amazonaws.ecr#UnableToAccessSecretException";name="UnableToAccessSecretException";$fault="client";constructor(e){super(
{name:"UnableToAccessSecretException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ml=class t extends b{static shapeId="com.amazonaws.ecr#Un\
ableToDecryptSecretValueException";name="UnableToDecryptSecretValueException";$fault="client";constructor(e){super({name:"UnableToDecryptSecretValueException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},Hl=class t extends b{static shapeId="com.amazonaws.ecr#UnsupportedUpstreamRegistryException";name="Unsu\
pportedUpstreamRegistryException";$fault="client";constructor(e){super({name:"UnsupportedUpstreamRegistryException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Bl=class t extends b{static shapeId="com.amazonaws.ecr#InvalidTagParameterException";name="InvalidTagParameterException";$fault="client";constructor(e){
super({name:"InvalidTagParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Gl=class t extends b{static shapeId="com.amazonaws.e\
cr#RepositoryAlreadyExistsException";name="RepositoryAlreadyExistsException";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},jl=class t extends b{static shapeId="com.amazonaws.ecr#TooManyTagsException";name="TooManyTagsException";$fault="\
client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},zl=class t extends b{static shapeId="\
com.amazonaws.ecr#TemplateAlreadyExistsException";name="TemplateAlreadyExistsException";$fault="client";constructor(e){super({name:"TemplateAlreadyExistsExcepti\
on",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Vl=class t extends b{static shapeId="com.amazonaws.ecr#LifecyclePolicyNotFoundException";name="\
LifecyclePolicyNotFoundException";$fault="client";constructor(e){super({name:"LifecyclePolicyNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},Wl=class t extends b{static shapeId="com.amazonaws.ecr#PullThroughCacheRuleNotFoundException";name="PullThroughCacheRuleNotFoundException";$fault="\
client";constructor(e){super({name:"PullThroughCacheRuleNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ql=class t extends b{static shapeId="\
com.amazonaws.ecr#RegistryPolicyNotFoundException";name="RegistryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RegistryPolicyNotFoundExce\
ption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Kl=class t extends b{static shapeId="com.amazonaws.ecr#RepositoryNotEmptyException";name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Jl=class t extends b{static shapeId="com.amazonaws.ecr#TemplateNotFoundException";name="TemplateNotFoundException";$fault="client";constructor(e){super({name:"T\
emplateNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Xl=class t extends b{static shapeId="com.amazonaws.ecr#RepositoryPoli\
cyNotFoundException";name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Yl=class t extends b{static shapeId="com.amazonaws.ecr#SigningConfigurationNotFoundException";name="SigningConfigurati\
onNotFoundException";$fault="client";constructor(e){super({name:"SigningConfigurationNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Ql=class t extends b{static shapeId="com.amazonaws.ecr#ExclusionNotFoundException";name="ExclusionNotFoundException";$fault="client";constructor(e){super({name:"\
ExclusionNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Zl=class t extends b{static shapeId="com.amazonaws.ecr#ImageNotFoun\
dException";name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},eu=class t extends b{static shapeId="com.amazonaws.ecr#ScanNotFoundException";name="ScanNotFoundException";$fault="client";constructor(e){super({
name:"ScanNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},tu=class t extends b{static shapeId="com.amazonaws.ecr#Replication\
BackfillNotFoundException";name="ReplicationBackfillNotFoundException";$fault="client";constructor(e){super({name:"ReplicationBackfillNotFoundException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},ru=class t extends b{static shapeId="com.amazonaws.ecr#LayerInaccessibleException";name="LayerInaccessi\
bleException";$fault="client";constructor(e){super({name:"LayerInaccessibleException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ou=class t extends b{static shapeId="\
com.amazonaws.ecr#LayersNotFoundException";name="LayersNotFoundException";$fault="client";constructor(e){super({name:"LayersNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},su=class t extends b{static shapeId="com.amazonaws.ecr#UnableToGetUpstreamLayerException";name="UnableToGetUpstreamLay\
erException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},nu=class t extends b{static shapeId="\
com.amazonaws.ecr#LifecyclePolicyPreviewNotFoundException";name="LifecyclePolicyPreviewNotFoundException";$fault="client";constructor(e){super({name:"LifecycleP\
olicyPreviewNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},iu=class t extends b{static shapeId="com.amazonaws.ecr#UnableToL\
istUpstreamImageReferrersException";name="UnableToListUpstreamImageReferrersException";$fault="client";constructor(e){super({name:"UnableToListUpstreamImageRefe\
rrersException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},au=class t extends b{static shapeId="com.amazonaws.ecr#ImageAlreadyExistsExcept\
ion";name="ImageAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},cu=class t extends b{static shapeId="com.amazonaws.ecr#ImageDigestDoesNotMatchException";name="ImageDigestDoesNotMatchException";$fault="client";constructor(e){
super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},pu=class t extends b{static shapeId="com.amazona\
ws.ecr#ImageTagAlreadyExistsException";name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},lu=class t extends b{static shapeId="com.amazonaws.ecr#ReferencedImagesNotFoundException";name="Referen\
cedImagesNotFoundException";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
uu=class t extends b{static shapeId="com.amazonaws.ecr#BlockedByOrganizationPolicyException";name="BlockedByOrganizationPolicyException";$fault="client";constructor(e){
super({name:"BlockedByOrganizationPolicyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},du=class t extends b{static shapeId="com.ama\
zonaws.ecr#ExclusionAlreadyExistsException";name="ExclusionAlreadyExistsException";$fault="client";constructor(e){super({name:"ExclusionAlreadyExistsException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},mu=class t extends b{static shapeId="com.amazonaws.ecr#ImageArchivedException";name="ImageArchi\
vedException";$fault="client";constructor(e){super({name:"ImageArchivedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},fu=class t extends b{static shapeId="\
com.amazonaws.ecr#UnsupportedImageTypeException";name="UnsupportedImageTypeException";$fault="client";constructor(e){super({name:"UnsupportedImageTypeException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},gu=class t extends b{static shapeId="com.amazonaws.ecr#LifecyclePolicyPreviewInProgressExceptio\
n";name="LifecyclePolicyPreviewInProgressException";$fault="client";constructor(e){super({name:"LifecyclePolicyPreviewInProgressException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},hu=class t extends b{static shapeId="com.amazonaws.ecr#ReplicationBackfillInProgressException";name="ReplicationBackfi\
llInProgressException";$fault="client";constructor(e){super({name:"ReplicationBackfillInProgressException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
yu=class t extends b{static shapeId="com.amazonaws.ecr#ReplicationBackfillInvalidStatusException";name="ReplicationBackfillInvalidStatusException";$fault="clien\
t";constructor(e){super({name:"ReplicationBackfillInvalidStatusException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Su=class t extends b{static shapeId="\
com.amazonaws.ecr#ImageStorageClassUpdateNotSupportedException";name="ImageStorageClassUpdateNotSupportedException";$fault="client";constructor(e){super({name:"\
ImageStorageClassUpdateNotSupportedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Eu=class t extends b{static shapeId="com.amazonaw\
s.ecr#InvalidLayerPartException";name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){super(
{name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}};var cH="Attribute",pH="AuthorizationData",lH="AuthorizationDataList",uH="AwsEcrContainerImageDetails",dH="AttributeList",mH="BlockedByOrganizationPolicyExceptio\
n";var fH="BatchGetImage",gH="BatchGetImageRequest",hH="BatchGetImageResponse";var yH="CreateRepository";var SH="CreateRepositoryRequest",EH="CreateRepositoryResponse",xH="CvssScore",RH="CvssScoreAdjustment",_H="CvssScoreAdjustmentList",wH="CvssScoreDetails",IH="Cv\
ssScoreList";var TH="DescribeImageScanFindings",vH="DescribeImageScanFindingsRequest",AH="DescribeImageScanFindingsResponse";var CH="DescribeRepositoriesRequest",bH="DescribeRepositoriesResponse";var PH="DescribeRepositories";var OH="ExclusionAlreadyExistsException",DH="EncryptionConfiguration";var NH="EnhancedImageScanFinding",kH="EnhancedImageScanFindingList",$H="ExclusionNotFoundException",LH="EmptyUploadException";var UH="GetAuthorizationToken",FH="GetAuthorizationTokenRequest",MH="GetAuthorizationTokenResponse";var HH="Image",BH="ImageArchivedException",GH="ImageAlreadyExistsException";var jH="ImageDigestDoesNotMatchException";var zH="ImageFailure",VH="ImageFailureList",WH="ImageIdentifier",qH="ImageIdentifierList",KH="ImageList",JH="InvalidLayerException",XH="InvalidLayerPartExceptio\
n";var YH="ImageNotFoundException",QH="InvalidParameterException";var ZH="ImageScanningConfiguration",eB="ImageStorageClassUpdateNotSupportedException",tB="ImageScanFinding",rB="ImageScanFindingList";var oB="ImageScanFindings",sB="ImageScanStatus";var nB="ImageTagAlreadyExistsException",iB="ImageTagMutabilityExclusionFilter",aB="ImageTagMutabilityExclusionFilters",cB="InvalidTagParameterException",pB="Key",
lB="KmsException";var uB="LayerAlreadyExistsException",dB="LimitExceededException";var mB="LayerInaccessibleException";var fB="LayersNotFoundException",gB="LifecyclePolicyNotFoundException";var hB="LifecyclePolicyPreviewInProgressException",yB="LifecyclePolicyPreviewNotFoundException";var SB="LayerPartTooSmallException";var EB="PutImage",xB="PutImageRequest",RB="PutImageResponse";var _B="PutLifecyclePolicy",wB="PutLifecyclePolicyRequest",IB="PutLifecyclePolicyResponse";var TB="PullThroughCacheRuleAlreadyExistsException";var vB="PullThroughCacheRuleNotFoundException",AB="PackageVulnerabilityDetails",CB="Recommendation",bB="RepositoryAlreadyExistsException",PB="ReplicationBackfil\
lInProgressException",OB="ReplicationBackfillInvalidStatusException",DB="ReplicationBackfillNotFoundException";var NB="ResourceDetails";var kB="ReferencedImagesNotFoundException",$B="RepositoryList",LB="ResourceList",UB="RepositoryNotEmptyException",FB="RepositoryNotFoundException",MB="RegistryP\
olicyNotFoundException",HB="RepositoryPolicyNotFoundException";var BB="Remediation",GB="Repository",jB="Resource";var zB="SigningConfigurationNotFoundException",VB="ScoreDetails",WB="ServerException";var qB="StartImageScan",KB="StartImageScanRequest",JB="StartImageScanResponse";var XB="ScanNotFoundException",YB="SecretNotFoundException";var QB="SetRepositoryPolicy",ZB="SetRepositoryPolicyRequest",e4="SetRepositoryPolicyResponse",t4="Tag",r4="TemplateAlreadyExistsException";var o4="TagList",s4="TooManyTagsException",n4="TemplateNotFoundException";var i4="UnsupportedImageTypeException";var a4="UploadNotFoundException";var c4="UnableToAccessSecretException",p4="UnableToDecryptSecretValueException",l4="UnableToGetUpstreamImageException",u4="UnableToGetUpstreamLayerException",d4="\
UnableToListUpstreamImageReferrersException",m4="UnsupportedUpstreamRegistryException",f4="Value",g4="ValidationException",h4="VulnerablePackage",y4="Vulnerable\
PackagesList";var S4="architecture",E4="awsAccountId",x4="authorizationData",R4="awsEcrContainerImage";var _4="acceptedMediaTypes";var w4="authorizationToken";var I4="adjustments";var T4="arch",v4="attributes",A4="author";var C4="baseScore",$="client";var b4="createdAt";var HO="cvss",ly="description";var P4="details";var N="error",O4="expiresAt";var D4="exploitAvailable",BO="encryptionConfiguration",N4="enhancedFindings";var k4="encryptionType",$4="epoch",L4="failures",U4="findingArn",F4="fixAvailable",M4="failureCode";var H4="fixedInVersion",B4="firstObservedAt",G4="filePath",j4="failureReason";var z4="findingSeverityCounts",V4="filterType";var W4="filter",q4="findings",K4="force",J4="httpError",X4="images";var GO="imageDigest",Y4="imageHash",Q4="imageIds",Tn="imageId",jO="imageManifest",zO="imageManifestMediaType";var VO="imageScanningConfiguration",Z4="imageScanCompletedAt",eG="imageScanFindings";var WO="imageScanStatus",tG="imageTags";var qO="imageTagMutability",KO="imageTagMutabilityExclusionFilters",JO="imageTag",rG="inUseCount";var oG="id",sG="image",nG="key",iG="kmsError",aG="kmsKey";var cG="lastInUseAt",pG="lastObservedAt";var XO="lifecyclePolicyText";var lG="lastValidByteReceived",k="message",YO="maxResults";var uG="metric",QO="name",xu="nextToken",dG="platform",mG="pushedAt";var fG="proxyEndpoint";var gG="packageManager";var ZO="policyText";var hG="packageVulnerabilityDetails";var yG="registry";var SG="repositoryArn";var Kt="registryId",EG="registryIds",Jt="repositoryName",xG="repositoryNames";var RG="referenceUrls",_G="repositoryUri",wG="relatedVulnerabilities",IG="repository",TG="reason",vG="recommendation";var AG="release",CG="remediation",bG="repositories";var PG="resources";var eD="smithy.ts.sdk.synthetic.com.amazonaws.ecr";var OG="scoreDetails";var DG="sourceLayerHash";var NG="scanOnPush";var kG="scoreSource";var $G="sourceUrl",tD="scoringVector",rD="score",LG="server",oD="severity";var sD="source",nD="status";var iD="tags";var UG="text",FG="title",aD="type",MG="uri",HG="updatedAt",BG="uploadId";var GG="url",jG="value",zG="vendorCreatedAt",VG="vulnerabilityId",WG="vulnerablePackages",qG="vendorSeverity",KG="vulnerabilitySourceUpdatedAt",JG="vendorUpdate\
dAt",uy="version",E="com.amazonaws.ecr",cD=new J(eD),XG=[-3,eD,"ECRServiceException",0,[],[]];cD.registerError(XG,b);var D=new J(E),YG=[-3,E,mH,{[N]:$},[k],[0]];
D.registerError(YG,uu);var QG=[-3,E,LH,{[N]:$},[k],[0]];D.registerError(QG,Pl);var ZG=[-3,E,OH,{[N]:$},[k],[0]];D.registerError(ZG,du);var ej=[-3,E,$H,{[N]:$},[
k],[0]];D.registerError(ej,Ql);var tj=[-3,E,GH,{[N]:$},[k],[0]];D.registerError(tj,au);var rj=[-3,E,BH,{[N]:$},[k],[0]];D.registerError(rj,mu);var oj=[-3,E,jH,{
[N]:$},[k],[0]];D.registerError(oj,cu);var sj=[-3,E,YH,{[N]:$},[k],[0]];D.registerError(sj,Zl);var nj=[-3,E,eB,{[N]:$},[k],[0]];D.registerError(nj,Su);var ij=[-3,
E,nB,{[N]:$},[k],[0]];D.registerError(ij,pu);var aj=[-3,E,JH,{[N]:$},[k],[0]];D.registerError(aj,Ol);var cj=[-3,E,XH,{[N]:$},[Kt,Jt,BG,lG,k],[0,0,0,1,0]];D.registerError(
cj,Eu);var pj=[-3,E,QH,{[N]:$},[k],[0]];D.registerError(pj,Il);var lj=[-3,E,cB,{[N]:$},[k],[0]];D.registerError(lj,Bl);var uj=[-3,E,lB,{[N]:$},[k,iG],[0,0]];D.registerError(
uj,Dl);var dj=[-3,E,uB,{[N]:$},[k],[0]];D.registerError(dj,Nl);var mj=[-3,E,mB,{[N]:$},[k],[0]];D.registerError(mj,ru);var fj=[-3,E,SB,{[N]:$},[k],[0]];D.registerError(
fj,kl);var gj=[-3,E,fB,{[N]:$},[k],[0]];D.registerError(gj,ou);var hj=[-3,E,gB,{[N]:$},[k],[0]];D.registerError(hj,Vl);var yj=[-3,E,hB,{[N]:$},[k],[0]];D.registerError(
yj,gu);var Sj=[-3,E,yB,{[N]:$},[k],[0]];D.registerError(Sj,nu);var Ej=[-3,E,dB,{[N]:$},[k],[0]];D.registerError(Ej,Al);var xj=[-3,E,TB,{[N]:$},[k],[0]];D.registerError(
xj,Ll);var Rj=[-3,E,vB,{[N]:$},[k],[0]];D.registerError(Rj,Wl);var _j=[-3,E,kB,{[N]:$},[k],[0]];D.registerError(_j,lu);var wj=[-3,E,MB,{[N]:$},[k],[0]];D.registerError(
wj,ql);var Ij=[-3,E,PB,{[N]:$},[k],[0]];D.registerError(Ij,hu);var Tj=[-3,E,OB,{[N]:$},[k],[0]];D.registerError(Tj,yu);var vj=[-3,E,DB,{[N]:$},[k],[0]];D.registerError(
vj,tu);var Aj=[-3,E,bB,{[N]:$},[k],[0]];D.registerError(Aj,Gl);var Cj=[-3,E,UB,{[N]:$},[k],[0]];D.registerError(Cj,Kl);var bj=[-3,E,FB,{[N]:$},[k],[0]];D.registerError(
bj,Tl);var Pj=[-3,E,HB,{[N]:$},[k],[0]];D.registerError(Pj,Xl);var Oj=[-3,E,XB,{[N]:$},[k],[0]];D.registerError(Oj,eu);var Dj=[-3,E,YB,{[N]:$},[k],[0]];D.registerError(
Dj,Ul);var Nj=[-3,E,WB,{[N]:LG},[k],[0]];D.registerError(Nj,vl);var kj=[-3,E,zB,{[N]:$},[k],[0]];D.registerError(kj,Yl);var $j=[-3,E,r4,{[N]:$},[k],[0]];D.registerError(
$j,zl);var Lj=[-3,E,n4,{[N]:$},[k],[0]];D.registerError(Lj,Jl);var Uj=[-3,E,s4,{[N]:$},[k],[0]];D.registerError(Uj,jl);var Fj=[-3,E,c4,{[N]:$},[k],[0]];D.registerError(
Fj,Fl);var Mj=[-3,E,p4,{[N]:$},[k],[0]];D.registerError(Mj,Ml);var Hj=[-3,E,l4,{[N]:$},[k],[0]];D.registerError(Hj,Cl);var Bj=[-3,E,u4,{[N]:$},[k],[0]];D.registerError(
Bj,su);var Gj=[-3,E,d4,{[N]:$},[k],[0]];D.registerError(Gj,iu);var jj=[-3,E,i4,{[N]:$},[k],[0]];D.registerError(jj,fu);var zj=[-3,E,m4,{[N]:$},[k],[0]];D.registerError(
zj,Hl);var Vj=[-3,E,a4,{[N]:$},[k],[0]];D.registerError(Vj,$l);var Wj=[-3,E,g4,{[N]:$,[J4]:400},[k],[0]];D.registerError(Wj,bl);var pD=[cD,D],qj=[3,E,cH,0,[nG,jG],
[0,0],1],Kj=[3,E,pH,0,[w4,O4,fG],[0,4,0]],Jj=[3,E,uH,0,[S4,A4,Y4,tG,dG,mG,cG,rG,yG,Jt],[0,0,0,64,0,4,4,1,0,0]];var Xj=[3,E,gH,0,[Jt,Q4,Kt,_4],[0,()=>Lz,0,64],2],Yj=[3,E,hH,0,[X4,L4],[()=>Uz,()=>$z]];var Qj=[3,E,SH,0,[Jt,Kt,iD,qO,KO,VO,BO],[0,0,()=>Bz,0,()=>gD,()=>dD,()=>lD],1],Zj=[3,E,EH,0,[IG],[()=>fD]],ez=[3,E,xH,0,[C4,tD,sD,uy],[1,0,0,0]],tz=[3,E,RH,0,[uG,
TG],[0,0]],rz=[3,E,wH,0,[I4,rD,kG,tD,uy],[()=>Dz,1,0,0,0]];var oz=[3,E,vH,0,[Jt,Tn,Kt,xu,YO],[0,()=>Ts,0,0,1],2],sz=[3,E,AH,0,[Kt,Jt,Tn,WO,eG,xu],[0,0,()=>Ts,()=>mD,()=>dz,0]];var nz=[3,E,CH,0,[Kt,xG,xu,YO],[0,64,0,1]],iz=[3,E,bH,0,[bG,xu],[()=>Mz,0]];var lD=[3,E,DH,0,[k4,aG],[0,0],1];var az=[3,E,NH,0,[E4,ly,U4,B4,pG,hG,CG,PG,rD,OG,oD,nD,FG,aD,HG,F4,D4],[0,0,0,4,4,()=>fz,()=>xz,()=>Hz,1,()=>wz,0,0,0,0,4,0,0]];var cz=[3,E,FH,0,[EG],[64]],pz=[3,E,MH,0,[x4],[()=>Oz]];var uD=[3,E,HH,0,[Kt,Jt,Tn,jO,zO],[0,0,()=>Ts,0,0]];var lz=[3,E,zH,0,[Tn,M4,j4],[()=>Ts,0,0]],Ts=[3,E,WH,0,[GO,JO],[0,0]];var uz=[3,E,tB,0,[QO,ly,MG,oD,v4],[0,0,0,0,()=>Pz]],dz=[3,E,oB,0,[Z4,KG,z4,q4,N4],[4,4,129,()=>Fz,()=>kz]];var dD=[3,E,ZH,0,[NG],[2]],mD=[3,E,sB,0,[nD,ly],[0,0]];var mz=[3,E,iB,0,[V4,W4],[0,0],2];var fz=[3,E,AB,0,[HO,RG,wG,sD,$G,zG,qG,JG,VG,WG],[()=>Nz,64,64,0,0,4,0,4,0,()=>Gz]];var gz=[3,E,xB,0,[Jt,jO,Kt,zO,JO,GO],[0,0,0,0,0,0],2],hz=[3,E,RB,0,[sG],[()=>uD]];var yz=[3,E,wB,0,[Jt,XO,Kt],[0,0,0],2],Sz=[3,E,IB,0,[Kt,Jt,XO],[0,0,0]];var Ez=[3,E,CB,0,[GG,UG],[0,0]];var xz=[3,E,BB,0,[vG],[()=>Ez]];var fD=[3,E,GB,0,[SG,Kt,Jt,_G,b4,qO,KO,VO,BO],[0,0,0,0,4,0,()=>gD,()=>dD,()=>lD]];var Rz=[3,E,jB,0,[P4,oG,iD,aD],[()=>_z,0,128,0]],_z=[3,E,NB,0,[R4],[()=>Jj]];var wz=[3,E,VB,0,[HO],[()=>rz]],Iz=[3,E,ZB,0,[Jt,ZO,Kt,K4],[0,0,0,2],2],Tz=[3,E,e4,0,[Kt,Jt,ZO],[0,0,0]];var vz=[3,E,KB,0,[Jt,Tn,Kt],[0,()=>Ts,0],2],Az=[3,E,JB,0,[Kt,Jt,Tn,WO],[0,0,()=>Ts,()=>mD]];var Cz=[3,E,t4,0,[pB,f4],[0,0],2];var bz=[3,E,h4,0,[T4,$4,G4,QO,gG,AG,DG,uy,H4],[0,1,0,0,0,0,0,0,0]];var Pz=[1,E,dH,0,()=>qj],Oz=[1,E,lH,0,()=>Kj];var Dz=[1,E,_H,0,()=>tz],Nz=[1,E,IH,0,()=>ez],kz=[1,E,kH,0,()=>az];var $z=[1,E,VH,0,()=>lz],Lz=[1,E,qH,0,()=>Ts],Uz=[1,E,KH,0,()=>uD];var Fz=[1,E,rB,0,()=>uz];var gD=[1,E,aB,0,()=>mz];var Mz=[1,E,$B,0,()=>fD];var Hz=[1,E,LB,0,()=>Rz];var Bz=[1,E,o4,0,()=>Cz];var Gz=[1,E,y4,0,()=>bz];var hD=[9,E,fH,0,()=>Xj,()=>Yj];var yD=[9,E,yH,0,()=>Qj,()=>Zj];var SD=[9,E,TH,0,()=>oz,()=>sz];var ED=[9,E,PH,0,()=>nz,()=>iz];var xD=[9,E,UH,0,()=>cz,()=>pz];var RD=[9,E,EB,0,()=>gz,()=>hz];var _D=[9,E,_B,0,()=>yz,()=>Sz];var wD=[9,E,QB,0,()=>Iz,()=>Tz],ID=[9,E,qB,0,()=>vz,()=>Az];var TD=t=>({apiVersion:"2015-09-21",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??MO,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??CO,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne}],logger:t?.logger??new xe,protocol:t?.protocol??ps,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecr",errorTypeRegistries:pD,xmlNamespace:"http://ecr.amazonaws.com/doc/2015-09-21/",version:"2015-09-21",serviceTarget:"AmazonE\
C2ContainerRegistry_V20150921"},serviceId:t?.serviceId??"ECR",sha256:t?.sha256??tt,urlParser:t?.urlParser??ge,utf8Decoder:t?.utf8Decoder??oe,utf8Encoder:t?.utf8Encoder??
ee});var vD=t=>{Rt(process.version);let e=vt(t),r=()=>e().then(xt),o=TD(t);ut(process.version);let s={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(it,s),bodyLengthChecker:t?.bodyLengthChecker??ft,credentialDefaultProvider:t?.credentialDefaultProvider??
ko,defaultSocketTimeout:dr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Mt({serviceId:o.serviceId,clientVersion:DO.version}),maxAttempts:t?.
maxAttempts??_($t,t),region:t?.region??_(ve,{...He,...s}),requestHandler:be.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Ut,default:async()=>(await r()).
retryMode||Ve},t),streamCollector:t?.streamCollector??Pe,useDualstackEndpoint:t?.useDualstackEndpoint??_(yt,s),useFipsEndpoint:t?.useFipsEndpoint??_(St,s),userAgentAppId:t?.
userAgentAppId??_(Ht,s)}};F();v();U();var AD=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);n===-1?e.
push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){return o}}},
CD=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var bD=(t,e)=>{let r=Object.assign(Bt(t),_t(t),Ct(t),AD(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Gt(r),wt(r),bt(r),CD(r))};var Ru=class extends Re{config;constructor(...[e]){let r=vD(e||{});super(r),this.initConfig=r;let o=PO(r),s=kt(o),n=Lt(s),i=Tt(n),a=i,c=Qt(a),l=bO(c),u=bD(l,e?.
extensions||[]);this.config=u,this.middlewareStack.use(Et(this.config)),this.middlewareStack.use(Ft(this.config)),this.middlewareStack.use(er(this.config)),this.
middlewareStack.use(Pt(this.config)),this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Dt(this.config)),this.middlewareStack.use(Nt(this.config)),
this.middlewareStack.use(rt(this.config,{httpAuthSchemeParametersProvider:AO,identityProviderConfigProvider:async d=>new Oe({"aws.auth#sigv4":d.credentials})})),
this.middlewareStack.use(ot(this.config))}destroy(){super.destroy()}};v();z();var ke=It(OO,"AmazonEC2ContainerRegistry_V20150921","ECRClient",Zt),$e={},Le=(t,e,r,o)=>[];var _u=class extends ke($e,Le,"BatchGetImage",hD){};var wu=class extends ke($e,Le,"CreateRepository",yD){};var Iu=class extends ke($e,Le,"DescribeImageScanFindings",SD){};var Tu=class extends ke($e,Le,"DescribeRepositories",ED){};var ma=class extends ke($e,Le,"GetAuthorizationToken",xD){};var vu=class extends ke($e,Le,"PutImage",RD){};var Au=class extends ke($e,Le,"PutLifecyclePolicy",_D){};var Cu=class extends ke($e,Le,"SetRepositoryPolicy",wD){};var bu=class extends ke($e,Le,"StartImageScan",ID){};var jz=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.image.manifest.v\
1+json","application/vnd.oci.image.index.v1+json"],vs=t=>t?.name??"",vn=class{constructor(e,r,o,s){this.registryId=o;this.deadline=s;this.ecr=new Ru(ks(e,r,s)),
this.sendOptions={abortSignal:s?.signal}}registryId;deadline;ecr;sendOptions;close(){this.ecr.destroy()}async login(){let e=await this.call("GetAuthorizationTok\
en",()=>this.ecr.send(new ma(this.registryId?{registryIds:[this.registryId]}:{}),this.sendOptions));return Pu(e.authorizationData?.[0])}async logins(e){return((await this.
call("GetAuthorizationToken",()=>this.ecr.send(new ma({registryIds:e}),this.sendOptions))).authorizationData??[]).map(o=>Pu(o))}async findRepository(e){let r=await this.
describe(e);return r&&dy(r,!1)}async ensureRepository(e,r){let o=await this.findRepository(e.repository);if(o)return o;if(!e.createRepository)throw new fe(`repo\
sitory ${e.repository} does not exist`,"create it, or set create-repository: true");let s=zz(e,r);try{let n=await this.call("CreateRepository",()=>this.ecr.send(
new wu({registryId:this.registryId,repositoryName:e.repository,imageTagMutability:e.imageTagMutability,imageTagMutabilityExclusionFilters:s,imageScanningConfiguration:{
scanOnPush:e.scanOnPush},encryptionConfiguration:{encryptionType:e.encryptionType,kmsKey:e.kmsKey}}),this.sendOptions));return dy(n.repository,!0)}catch(n){if(vs(
n)!=="RepositoryAlreadyExistsException")throw n;let i=await this.describe(e.repository);if(!i)throw n;return dy(i,!1)}}async applyPolicies(e){let r=[];if(e.lifecyclePolicy){
let o=(0,my.readFileSync)(e.lifecyclePolicy,"utf8");r.push(this.call("PutLifecyclePolicy",()=>this.ecr.send(new Au({registryId:this.registryId,repositoryName:e.
repository,lifecyclePolicyText:o}),this.sendOptions)))}if(e.repositoryPolicy){let o=(0,my.readFileSync)(e.repositoryPolicy,"utf8");r.push(this.call("SetReposito\
ryPolicy",()=>this.ecr.send(new Cu({registryId:this.registryId,repositoryName:e.repository,policyText:o}),this.sendOptions)))}await Promise.all(r)}async images(e,r){
let o=new Map,s;try{s=await this.call("BatchGetImage",()=>this.ecr.send(new _u({registryId:this.registryId,repositoryName:e,imageIds:r.map(n=>({imageTag:n})),acceptedMediaTypes:jz}),
this.sendOptions))}catch(n){if(vs(n)==="RepositoryNotFoundException")return o;throw n}for(let n of s.images??[]){let i=n.imageId?.imageTag;i&&n.imageId?.imageDigest&&
n.imageManifest&&o.set(i,{digest:n.imageId.imageDigest,manifest:n.imageManifest,mediaType:n.imageManifestMediaType??""})}return o}async putTag(e,r,o){try{await this.
call("PutImage",()=>this.ecr.send(new vu({registryId:this.registryId,repositoryName:e,imageManifest:r.manifest,imageManifestMediaType:r.mediaType||void 0,imageDigest:r.
digest,imageTag:o}),this.sendOptions))}catch(s){if(vs(s)==="ImageAlreadyExistsException")return;throw vs(s)==="ImageTagAlreadyExistsException"?new fe(`tag ${o} \
already exists in the immutable repository ${e} at another image`,"immutable tags cannot move: drop the tag from `tags`, or use a new one",{cause:s}):s}}async scanFindings(e,r,o){
try{return await this.call("DescribeImageScanFindings",()=>this.ecr.send(new Iu({registryId:this.registryId,repositoryName:e,imageId:{imageDigest:r},nextToken:o,
maxResults:1e3}),this.sendOptions))}catch(s){if(vs(s)==="ScanNotFoundException")return;throw s}}async startScan(e,r){await this.call("StartImageScan",()=>this.ecr.
send(new bu({registryId:this.registryId,repositoryName:e,imageId:{imageDigest:r}}),this.sendOptions))}async describe(e){try{return(await this.call("DescribeRepo\
sitories",()=>this.ecr.send(new Tu({registryId:this.registryId,repositoryNames:[e]}),this.sendOptions))).repositories?.[0]}catch(r){if(vs(r)==="RepositoryNotFou\
ndException")return;throw r}}async call(e,r){try{return await po(this.deadline,`ECR ${e}`,r)}catch(o){let s=vs(o);if(o instanceof fe||/NotFound|AlreadyExists/.test(
s))throw o;if(s==="CredentialsProviderError")throw new fe(`no AWS credentials for ECR ${e}: ${o.message}`,"set role-to-assume to use the CI's OIDC token, or pro\
vide credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile, an instance role)",{cause:o});let n=$s(o);if(n.transient)throw new fe(`ECR ${e} failed aft\
er ${n.attempts} attempt(s): ${s}: ${o.message}`,Ls("ECR",n.throttled),{cause:o});let i=`ECR ${e} failed: ${s}: ${o.message}`;throw/AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken/.
test(s)?new fe(i,`the credentials need ecr:${e} on this repository (\`ecr-deliver iam-policy\` prints the policy)`,{cause:o}):new fe(i,void 0,{cause:o})}}};function Pu(t,e=t?.
proxyEndpoint){if(!t?.authorizationToken||!e)throw new fe("ECR returned no authorization data");let r=Buffer.from(t.authorizationToken,"base64").toString("utf8"),
o=r.indexOf(":");return{host:e.replace(/^https?:\/\//,"").replace(/\/+$/,""),username:r.slice(0,o),password:r.slice(o+1)}}function dy(t,e){return{name:t.repositoryName,
uri:t.repositoryUri,arn:t.repositoryArn,mutability:t.imageTagMutability??"MUTABLE",exclusionFilters:(t.imageTagMutabilityExclusionFilters??[]).map(r=>r.filter??
"").filter(Boolean),scanOnPush:t.imageScanningConfiguration?.scanOnPush??!1,created:e}}function zz(t,e){if(t.imageTagMutability==="IMMUTABLE_WITH_EXCLUSION"){if(e.
length>Ad)throw new fe(`an IMMUTABLE_WITH_EXCLUSION repository takes at most ${Ad} exclusion filters; keeping this run's extra tags movable needs ${e.length}: ${e.
join(", ")}`,"use fewer extra tags, create the repository yourself with wildcard filters, or use MUTABLE");return e.map(r=>({filterType:"WILDCARD",filter:r}))}}
function Vz(t){return new RegExp(`^${t.split("*").map(e=>e.replace(/[.+?^${}()|[\]\\]/g,"\\$&")).join(".*")}$`)}function fy(t,e){let r=t.exclusionFilters.some(o=>Vz(
o).test(e));switch(t.mutability){case"IMMUTABLE":return!0;case"IMMUTABLE_WITH_EXCLUSION":return!r;case"MUTABLE_WITH_EXCLUSION":return r;default:return!1}}var PD=require("node:fs");async function gy(t,e,r,o){let s=new Map;for(let i of t)s.set(i.region??e,[...s.get(i.region??e)??[],i.id]);return(await Promise.all([...s].map(async([i,a])=>{let c=new vn(
i,r,void 0,o);try{return await c.logins(a)}finally{c.close()}}))).flat()}var Wz=/unauthorized|authentication required|no basic auth credentials|denied|\b401\b|\b403\b|may require 'docker login'/i,
qz=/^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;function hy(t){let e;try{e=(0,PD.readFileSync)(t,"utf8")}catch{return[]}let r=new Set;for(let o of e.
matchAll(/^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)/gim)){let s=o[1].split("/")[0];o[1].includes("/")&&(/[.:]/.test(s)||s==="localhost")&&r.add(s)}return[...r]}function OD(t,e,r,o){
if(!Wz.test(t))return;let s=hy(e).filter(i=>!r.includes(i));return s.length?`the Dockerfile pulls from ${s.map(i=>{let a=qz.exec(i);return a?`${i} (pull-registr\
ies: ${a[2]===o?a[1]:`${a[1]}@${a[2]}`})`:i}).join(", ")}, which docker is not logged in to: add the registry's account id (or ID@REGION) to pull-registries`:void 0}F();De();v();L();z();U();st();Z();ye();v();var DD=async(t,e,r)=>({operation:re(e).operation,region:await W(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function Kz(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr-public",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{
config:e,context:r}})}}var ND=t=>{let e=[];switch(t.operation){default:e.push(Kz(t))}return e},kD=t=>{let e=tr(t);return Object.assign(e,{authSchemePreference:W(
t.authSchemePreference??[])})};var $D=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr-public"}),LD={UseFIPS:{
type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"bui\
ltInParams",name:"useDualstackEndpoint"}};var UD={name:"@aws-sdk/client-ecr-public",version:"3.1108.0",description:"AWS SDK for JavaScript Ecr Public Client for Node.js, Browser and React Native",homepage:"\
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
s":"0.10.1",premove:"4.0.0",typescript:"~6.0.3"},engines:{node:">=20.0.0"}};F();ye();v();L();st();O();to();ye();To();jr();v();U();O();F();z();z();var fa="ref",As=-1,Ou=!0,FD="isSet",GD="PartitionResult",Du="booleanEquals",yy="getAttr",MD={[fa]:"Endpoint"},Sy={[fa]:GD},An={},HD=[{[fa]:"Region"}],BD={conditions:[
[FD,[MD]],[FD,HD],["aws.partition",HD,GD],[Du,[{[fa]:"UseFIPS"},Ou]],[Du,[{[fa]:"UseDualStack"},Ou]],[Du,[{fn:yy,argv:[Sy,"supportsDualStack"]},Ou]],[Du,[{fn:yy,
argv:[Sy,"supportsFIPS"]},Ou]],["stringEquals",[{fn:yy,argv:[Sy,"name"]},"aws"]]],results:[[As],[As,"Invalid Configuration: FIPS and custom endpoint are not sup\
ported"],[As,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[MD,An],["https://api.ecr-public-fips.{Region}.{PartitionResult#dualStack\
DnsSuffix}",An],[As,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://api.ecr-public-fips.{Region}.{PartitionResult#d\
nsSuffix}",An],[As,"FIPS is enabled but this partition does not support FIPS"],["https://ecr-public.{Region}.api.aws",An],["https://api.ecr-public.{Region}.{Par\
titionResult#dualStackDnsSuffix}",An],[As,"DualStack is enabled but this partition does not support DualStack"],["https://api.ecr-public.{Region}.{PartitionResu\
lt#dnsSuffix}",An],[As,"Invalid Configuration: Missing Region"]]},Xz=2,nr=1e8,Yz=new Int32Array([-1,1,-1,0,13,3,1,4,nr+12,2,5,nr+12,3,9,6,4,7,nr+11,5,8,nr+10,7,
nr+8,nr+9,4,11,10,6,nr+6,nr+7,5,12,nr+5,6,nr+4,nr+5,3,nr+1,14,4,nr+2,nr+3]),jD=Be.from(Yz,Xz,BD.conditions,BD.results);var Qz=new Ge({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),zD=(t,e={})=>Qz.get(t,()=>At(jD,{endpointParams:t,logger:e.logger}));Ae.aws=nt;Z();v();var te=class t extends Me{constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var Nu=class t extends te{name="InvalidParameterException";$fault="client";constructor(e){super({name:"InvalidParameterException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},ku=class t extends te{name="RegistryNotFoundException";$fault="client";constructor(e){super({name:"RegistryNotFoundException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},$u=class t extends te{name="RepositoryNotFoundException";$fault="client";constructor(e){super({
name:"RepositoryNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Lu=class t extends te{name="ServerException";$fault="server";constructor(e){
super({name:"ServerException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},Uu=class t extends te{name="UnsupportedCommandException";$fault="\
client";constructor(e){super({name:"UnsupportedCommandException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Fu=class t extends te{name="Em\
ptyUploadException";$fault="client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Mu=class t extends te{name="\
InvalidLayerException";$fault="client";constructor(e){super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Hu=class t extends te{name="\
LayerAlreadyExistsException";$fault="client";constructor(e){super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Bu=class t extends te{name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Gu=class t extends te{name="UploadNotFoundException";$fault="client";constructor(e){super({name:"UploadNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},ju=class t extends te{name="InvalidTagParameterException";$fault="client";constructor(e){super({name:"InvalidTagParame\
terException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},zu=class t extends te{name="LimitExceededException";$fault="client";constructor(e){
super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Vu=class t extends te{name="RepositoryAlreadyExistsExcepti\
on";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Wu=class t extends te{name="\
TooManyTagsException";$fault="client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},qu=class t extends te{name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Ku=class t extends te{name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Ju=class t extends te{name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Xu=class t extends te{name="RepositoryCatalogDataNotFoundException";$fault="client";constructor(e){
super({name:"RepositoryCatalogDataNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Yu=class t extends te{name="ImageAlreadyEx\
istsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Qu=class t extends te{name="\
ImageDigestDoesNotMatchException";$fault="client";constructor(e){super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},Zu=class t extends te{name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"c\
lient",...e}),Object.setPrototypeOf(this,t.prototype)}},ed=class t extends te{name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){
super({name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}},td=class t extends te{name="LayersNotFoundException";$fault="client";constructor(e){
super({name:"LayersNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},rd=class t extends te{name="ReferencedImagesNotFoundExcep\
tion";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}};var Zz="AuthorizationData";var eV="CreateRepository",tV="CreateRepositoryRequest",rV="CreateRepositoryResponse";var oV="DescribeImageTags",sV="DescribeImageTagsRequest",nV="DescribeImageTagsResponse";var iV="DescribeRegistriesRequest",aV="DescribeRegistriesResponse",cV="DescribeRepositoriesRequest",pV="DescribeRepositoriesResponse",lV="DescribeRegistries",uV="\
DescribeRepositories",dV="EmptyUploadException",mV="GetAuthorizationToken",fV="GetAuthorizationTokenRequest",gV="GetAuthorizationTokenResponse";var hV="Image",yV="ImageAlreadyExistsException";var SV="ImageDigestDoesNotMatchException";var EV="ImageIdentifier";var xV="InvalidLayerException",RV="InvalidLayerPartException";var _V="ImageNotFoundException",wV="InvalidParameterException",IV="ImageTagAlreadyExistsException",TV="ImageTagDetail",vV="ImageTagDetailList",AV="InvalidTagPar\
ameterException",CV="Key";var bV="LayerAlreadyExistsException",PV="LimitExceededException";var OV="LayersNotFoundException",DV="LayerPartTooSmallException";var NV="PutImage",kV="PutImageRequest",$V="PutImageResponse";var LV="Registry",UV="RegistryAlias",FV="RepositoryAlreadyExistsException",MV="RegistryAliasList";var HV="RepositoryCatalogDataInput",BV="RepositoryCatalogDataNotFoundException",GV="RepositoryCatalogData",jV="ReferencedImageDetail",zV="ReferencedImagesNotFou\
ndException",VV="RegistryList",WV="RepositoryList",qV="RepositoryNotEmptyException",KV="RegistryNotFoundException",JV="RepositoryNotFoundException",XV="Reposito\
ryPolicyNotFoundException",YV="Repository",QV="ServerException",ZV="SetRepositoryPolicy",eW="SetRepositoryPolicyRequest",tW="SetRepositoryPolicyResponse",rW="Ta\
g",oW="TagList",sW="TooManyTagsException";var nW="UnsupportedCommandException";var iW="UploadNotFoundException";var aW="Value",cW="aliases",pW="authorizationData",lW="artifactMediaType",uW="authorizationToken",VD="aboutText",WD="architectures",de="client",qD="createdAt",KD="\
catalogData",JD="description";var dW="defaultRegistryAlias",ae="error",mW="expiresAt";var fW="force",gW="image";var Ey="imageDigest",hW="imageDetail";var yW="imageId",XD="imageManifest",xy="imageManifestMediaType",SW="imagePushedAt",EW="imageSizeInBytes";var xW="imageTagDetails",Ry="imageTag";var RW="logoImageBlob";var _W="logoUrl",wW="lastValidByteReceived",ce="message",IW="marketplaceCertified",_y="maxResults";var TW="name",Cn="nextToken",YD="operatingSystems";var vW="primaryRegistryAlias";var QD="policyText",AW="repository";var CW="registryArn",bW="repositoryArn";var no="registryId",Uo="repositoryName",PW="repositoryNames",OW="registryUri",DW="repositoryUri",NW="registries",kW="repositories",ZD="smithy.ts.sdk.synthetic.c\
om.amazonaws.ecrpublic",$W="server",LW="status",UW="tags";var FW="uploadId",eN="usageText",MW="verified",A="com.amazonaws.ecrpublic",tN=J.for(ZD),HW=[-3,ZD,"ECRPUBLICServiceException",0,[],[]];tN.registerError(HW,te);var se=J.
for(A),BW=[-3,A,dV,{[ae]:de},[ce],[0]];se.registerError(BW,Fu);var GW=[-3,A,yV,{[ae]:de},[ce],[0]];se.registerError(GW,Yu);var jW=[-3,A,SV,{[ae]:de},[ce],[0]];se.
registerError(jW,Qu);var zW=[-3,A,_V,{[ae]:de},[ce],[0]];se.registerError(zW,Ju);var VW=[-3,A,IV,{[ae]:de},[ce],[0]];se.registerError(VW,Zu);var WW=[-3,A,xV,{[ae]:de},
[ce],[0]];se.registerError(WW,Mu);var qW=[-3,A,RV,{[ae]:de},[no,Uo,FW,wW,ce],[0,0,0,1,0]];se.registerError(qW,ed);var KW=[-3,A,wV,{[ae]:de},[ce],[0]];se.registerError(
KW,Nu);var JW=[-3,A,AV,{[ae]:de},[ce],[0]];se.registerError(JW,ju);var XW=[-3,A,bV,{[ae]:de},[ce],[0]];se.registerError(XW,Hu);var YW=[-3,A,DV,{[ae]:de},[ce],[0]];
se.registerError(YW,Bu);var QW=[-3,A,OV,{[ae]:de},[ce],[0]];se.registerError(QW,td);var ZW=[-3,A,PV,{[ae]:de},[ce],[0]];se.registerError(ZW,zu);var e6=[-3,A,zV,
{[ae]:de},[ce],[0]];se.registerError(e6,rd);var t6=[-3,A,KV,{[ae]:de},[ce],[0]];se.registerError(t6,ku);var r6=[-3,A,FV,{[ae]:de},[ce],[0]];se.registerError(r6,
Vu);var o6=[-3,A,BV,{[ae]:de},[ce],[0]];se.registerError(o6,Xu);var s6=[-3,A,qV,{[ae]:de},[ce],[0]];se.registerError(s6,qu);var n6=[-3,A,JV,{[ae]:de},[ce],[0]];
se.registerError(n6,$u);var i6=[-3,A,XV,{[ae]:de},[ce],[0]];se.registerError(i6,Ku);var a6=[-3,A,QV,{[ae]:$W},[ce],[0]];se.registerError(a6,Lu);var c6=[-3,A,sW,
{[ae]:de},[ce],[0]];se.registerError(c6,Wu);var p6=[-3,A,nW,{[ae]:de},[ce],[0]];se.registerError(p6,Uu);var l6=[-3,A,iW,{[ae]:de},[ce],[0]];se.registerError(l6,
Gu);var rN=[tN,se],u6=[3,A,Zz,0,[uW,mW],[0,4]];var d6=[3,A,tV,0,[Uo,KD,UW],[0,()=>O6,()=>M6],1],m6=[3,A,rV,0,[AW,KD],[()=>oN,()=>P6]];var f6=[3,A,sV,0,[Uo,no,Cn,_y],[0,0,0,1],1],g6=[3,A,nV,0,[xW,Cn],[()=>$6,0]],h6=[3,A,iV,0,[Cn,_y],[0,1]],y6=[3,A,aV,0,[NW,Cn],[()=>U6,0],1],S6=[3,A,cV,0,[no,PW,
Cn,_y],[0,64,0,1]],E6=[3,A,pV,0,[kW,Cn],[()=>F6,0]],x6=[3,A,fV,0,[],[]],R6=[3,A,gV,0,[pW],[()=>u6]];var _6=[3,A,hV,0,[no,Uo,yW,XD,xy],[0,0,()=>w6,0,0]];var w6=[3,A,EV,0,[Ey,Ry],[0,0]],I6=[3,A,TV,0,[Ry,qD,hW],[0,4,()=>A6]];var T6=[3,A,kV,0,[Uo,XD,no,xy,Ry,Ey],[0,0,0,0,0,0],2],v6=[3,A,$V,0,[gW],[()=>_6]];var A6=[3,A,jV,0,[Ey,EW,SW,xy,lW],[0,1,4,0,0]],C6=[3,A,LV,0,[no,CW,OW,MW,cW],[0,0,0,2,()=>L6],5],b6=[3,A,UV,0,[TW,LW,vW,dW],[0,0,2,2],4];var oN=[3,A,YV,0,[bW,no,Uo,DW,qD],[0,0,0,0,4]],P6=[3,A,GV,0,[JD,WD,YD,_W,VD,eN,IW],[0,64,64,0,0,0,2]],O6=[3,A,HV,0,[JD,WD,YD,RW,VD,eN],[0,64,64,21,0,0]],D6=[3,A,
eW,0,[Uo,QD,no,fW],[0,0,0,2],2],N6=[3,A,tW,0,[no,Uo,QD],[0,0,0]],k6=[3,A,rW,0,[CV,aW],[0,0]];var $6=[1,A,vV,0,()=>I6];var L6=[1,A,MV,0,()=>b6],U6=[1,A,VV,0,()=>C6],F6=[1,A,WV,0,()=>oN];var M6=[1,A,oW,0,()=>k6];var sN=[9,A,eV,0,()=>d6,()=>m6];var nN=[9,A,oV,0,()=>f6,()=>g6],iN=[9,A,lV,0,()=>h6,()=>y6],aN=[9,A,uV,0,()=>S6,()=>E6],cN=[9,A,mV,0,()=>x6,()=>R6];var pN=[9,A,NV,0,()=>T6,()=>v6];var lN=[9,A,ZV,0,()=>D6,()=>N6];var uN=t=>({apiVersion:"2020-10-30",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??zD,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??ND,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ne}],logger:t?.logger??new xe,protocol:t?.protocol??ps,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecrpublic",errorTypeRegistries:rN,xmlNamespace:"http://ecr-public.amazonaws.com/doc/2020-12-02/",version:"2020-10-30",serviceTarget:"\
SpencerFrontendService"},serviceId:t?.serviceId??"ECR PUBLIC",sha256:t?.sha256??tt,urlParser:t?.urlParser??ge,utf8Decoder:t?.utf8Decoder??oe,utf8Encoder:t?.utf8Encoder??
ee});var dN=t=>{Rt(process.version);let e=vt(t),r=()=>e().then(xt),o=uN(t);ut(process.version);let s={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(it,s),bodyLengthChecker:t?.bodyLengthChecker??ft,credentialDefaultProvider:t?.credentialDefaultProvider??
ko,defaultUserAgentProvider:t?.defaultUserAgentProvider??Mt({serviceId:o.serviceId,clientVersion:UD.version}),maxAttempts:t?.maxAttempts??_($t,t),region:t?.region??
_(ve,{...He,...s}),requestHandler:be.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Ut,default:async()=>(await r()).retryMode||Ve},t),streamCollector:t?.
streamCollector??Pe,useDualstackEndpoint:t?.useDualstackEndpoint??_(yt,s),useFipsEndpoint:t?.useFipsEndpoint??_(St,s),userAgentAppId:t?.userAgentAppId??_(Ht,s)}};F();v();U();var mN=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(s){let n=e.findIndex(i=>i.schemeId===s.schemeId);n===-1?e.
push(s):e.splice(n,1,s)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(s){r=s},httpAuthSchemeProvider(){return r},setCredentials(s){o=s},credentials(){return o}}},
fN=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var gN=(t,e)=>{let r=Object.assign(Bt(t),_t(t),Ct(t),mN(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Gt(r),wt(r),bt(r),fN(r))};var od=class extends Re{config;constructor(...[e]){let r=dN(e||{});super(r),this.initConfig=r;let o=$D(r),s=kt(o),n=Lt(s),i=Tt(n),a=i,c=Qt(a),l=kD(c),u=gN(l,e?.
extensions||[]);this.config=u,this.middlewareStack.use(Et(this.config)),this.middlewareStack.use(Ft(this.config)),this.middlewareStack.use(er(this.config)),this.
middlewareStack.use(Pt(this.config)),this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Dt(this.config)),this.middlewareStack.use(Nt(this.config)),
this.middlewareStack.use(rt(this.config,{httpAuthSchemeParametersProvider:DD,identityProviderConfigProvider:async d=>new Oe({"aws.auth#sigv4":d.credentials})})),
this.middlewareStack.use(ot(this.config))}destroy(){super.destroy()}};v();z();var ir=It(LD,"SpencerFrontendService","ECRPUBLICClient",Zt),ar={},cr=(t,e,r,o)=>[];var sd=class extends ir(ar,cr,"CreateRepository",sN){};var nd=class extends ir(ar,cr,"DescribeImageTags",nN){};var id=class extends ir(ar,cr,"DescribeRegistries",iN){};var ad=class extends ir(ar,cr,"DescribeRepositories",aN){};var cd=class extends ir(ar,cr,"GetAuthorizationToken",cN){};var pd=class extends ir(ar,cr,"PutImage",pN){};var ld=class extends ir(ar,cr,"SetRepositoryPolicy",lN){};var hN=3e4,H6=t=>/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(t)?"http":"https";function B6(t){let e=/^(\w+)\s*(.*)$/.exec(t??"");if(!e)return;let r={};
for(let o of e[2].matchAll(/(\w+)="([^"]*)"/g))r[o[1]]=o[2];return{kind:e[1].toLowerCase(),params:r}}async function yN(t,e,r,o,s){let n=`${H6(t.host)}://${t.host}\
/v2/${e}/manifests/${encodeURIComponent(r)}`,i=`Basic ${Buffer.from(`${t.username}:${t.password}`).toString("base64")}`,a=u=>Pn(n,{headers:{accept:o.join(", "),
...u?{authorization:u}:{}},timeoutMs:hN,signal:s}),c=await a();if(c.status===401){let u=B6(c.headers["www-authenticate"]);if(u?.kind==="bearer"&&u.params.realm){
let d=new URL(u.params.realm);u.params.service&&d.searchParams.set("service",u.params.service),d.searchParams.set("scope",u.params.scope??`repository:${e}:pull`);
let m=await Pn(d,{headers:{authorization:i},timeoutMs:hN,signal:s}),f=JSON.parse(m.text);c=await a(`Bearer ${f.token??f.access_token}`)}else c=await a(i)}if(c.status!==
200)throw new Error(`the registry answered ${c.status} for ${e}:${r}`);let l=JSON.parse(c.text).mediaType;return{manifest:c.text,mediaType:l??String(c.headers["\
content-type"]??"").split(";")[0]}}var G6="us-east-1",j6=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.i\
mage.manifest.v1+json","application/vnd.oci.image.index.v1+json"];function z6(t){let e={description:t.catalogDescription,aboutText:t.catalogAbout,usageText:t.catalogUsage};
return Object.values(e).some(r=>r!==void 0)?e:void 0}var ga=t=>t?.name??"",ud=class{constructor(e,r,o){this.registryId=r;this.deadline=o;this.client=new od(ks(G6,
e,o))}registryId;deadline;client;registryUri;loginData;close(){this.client.destroy()}send(e,r){return this.call(e,()=>this.client.send(r,{abortSignal:this.deadline?.
signal}))}async login(){let[e,r]=await Promise.all([this.send("GetAuthorizationToken",new cd({})),this.registryUri??this.describeRegistryUri()]);return Pu(e.authorizationData,
r.split("/")[0])}async describeRegistryUri(){let e=await this.send("DescribeRegistries",new id({})),r=e.registries?.find(o=>!this.registryId||o.registryId===this.
registryId)??e.registries?.[0];if(!r?.registryUri)throw new fe("ECR Public returned no registry","create the public registry (its alias) in the ECR Public conso\
le first");return this.registryUri=r.registryUri,r.registryUri}async findRepository(e){try{let o=(await this.send("DescribeRepositories",new ad({registryId:this.
registryId,repositoryNames:[co(e)]}))).repositories?.[0];return o&&this.info(o,!1)}catch(r){if(ga(r)==="RepositoryNotFoundException")return;throw r}}async ensureRepository(e){
let r=await this.findRepository(e.repository);if(r)return r;if(!e.createRepository)throw new fe(`repository ${e.repository} does not exist in ECR Public`,"creat\
e it, or set create-repository: true");try{let o=await this.send("CreateRepository",new sd({repositoryName:co(e.repository),catalogData:z6(e)}));return this.info(
o.repository,!0)}catch(o){if(ga(o)!=="RepositoryAlreadyExistsException")throw o;let s=await this.findRepository(e.repository);if(!s)throw o;return s}}async applyPolicies(e){
if(!e.repositoryPolicy)return;let{readFileSync:r}=await import("node:fs");await this.send("SetRepositoryPolicy",new ld({registryId:this.registryId,repositoryName:co(
e.repository),policyText:r(e.repositoryPolicy,"utf8")}))}async images(e,r){let o=new Map,s;try{do{let n=await this.send("DescribeImageTags",new nd({registryId:this.
registryId,repositoryName:co(e),nextToken:s}));for(let i of n.imageTagDetails??[])i.imageTag&&r.includes(i.imageTag)&&i.imageDetail?.imageDigest&&o.set(i.imageTag,
{digest:i.imageDetail.imageDigest,manifest:"",mediaType:i.imageDetail.imageManifestMediaType??""});s=n.nextToken}while(s&&o.size<r.length)}catch(n){if(ga(n)==="\
RepositoryNotFoundException")return o;throw n}return o}async putTag(e,r,o){let{manifest:s,mediaType:n}=r;if(!s){this.loginData??=this.login();let i=await this.loginData,
a=`${(this.registryUri??"").split("/").slice(1).join("/")}/${co(e)}`.replace(/^\//,"");({manifest:s,mediaType:n}=await yN(i,a,r.digest,j6,this.deadline?.signal))}
try{await this.send("PutImage",new pd({registryId:this.registryId,repositoryName:co(e),imageManifest:s,imageManifestMediaType:n||void 0,imageDigest:r.digest,imageTag:o}))}catch(i){
if(ga(i)==="ImageAlreadyExistsException")return;throw i}}info(e,r){return this.registryUri??=e.repositoryUri.slice(0,e.repositoryUri.length-e.repositoryName.length-
1),{name:e.repositoryName,uri:e.repositoryUri,arn:e.repositoryArn,mutability:"MUTABLE",exclusionFilters:[],scanOnPush:!1,created:r}}async call(e,r){try{return await po(
this.deadline,`ECR Public ${e}`,r)}catch(o){let s=ga(o);if(/NotFound|AlreadyExists/.test(s))throw o;let n=$s(o);if(n.transient)throw new fe(`ECR Public ${e} fai\
led after ${n.attempts} attempt(s): ${s}: ${o.message}`,Ls("ECR",n.throttled),{cause:o});let i=/AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken/.test(
s)?`the credentials need ecr-public:${e}${e==="GetAuthorizationToken"?" and sts:GetServiceBearerToken":""} (\`ecr-deliver iam-policy --registry-type public\` prin\
ts the policy)`:void 0;throw new fe(`ECR Public ${e} failed: ${s}: ${o.message}`,i,{cause:o})}}};var $r=[...Ho,"INFORMATIONAL","UNDEFINED"],V6=10,W6=1e3,q6=15e3,K6=2e4,J6=new Set(["COMPLETE","ACTIVE"]),X6=new Set(["IN_PROGRESS","PENDING"]),Y6=t=>new Promise(
e=>setTimeout(e,t));async function EN(t,e){try{return await Q6(t,e)}catch(r){if(r instanceof Ps)throw r;let o=Os(r);return dd(e,"failed",`could not read ECR's s\
can of ${e.digest}: ${o.message}`,o.hint??"check the role's permissions for the scan (`ecr-deliver iam-policy \u2026 --scan-wait true`)")}}async function Q6(t,e){
let r=e.sleep??Y6,o=e.now??Date.now,s=o(),n=s+e.timeoutSeconds*1e3,i=W6,a=!1,c="no scan yet";for(;;){let l=await t.scanFindings(e.repository,e.digest);if(!l&&e.
start&&!a){e.info(`No scan of ${e.digest} yet: starting one (StartImageScan)`),await t.startScan(e.repository,e.digest),a=!0;continue}let u=l?.imageScanStatus?.
status??"";if(l&&J6.has(u))return tq(e,await eq(t,e,l));if(l&&!X6.has(u))return dd(e,"failed",`ECR's scan of ${e.digest} ended ${u||"without a status"}${l.imageScanStatus?.
description?`: ${l.imageScanStatus.description}`:""}`,"ECR scans images whose OS packages it knows; see the scan status in the ECR console");c=l?`scan ${u}`:"no\
 scan yet";let m=(!l&&!a?Math.min(n,s+K6):n)-o();if(!l&&!a&&m<=0)return Z6(e,o()-s);if(m<=0)return dd(e,"timeout",`ECR's scan of ${e.digest} did not complete wi\
thin ${e.timeoutSeconds} s (scan-timeout-seconds; last seen: ${c})`,"raise scan-timeout-seconds; enhanced scanning of a new image can take several minutes");await r(
Math.min(i,m)),i=Math.min(i*2,q6)}}function Z6(t,e){let r=t.scanOnPush?"although the repository is set to scan on push":"the repository does not scan on push";return dd(
t,"not-found",`ECR has no scan of ${t.digest} after ${Math.round(e/1e3)} s: ${r}`,"turn scan on push on (scan-on-push for a repository the run creates, `aws ecr\
 put-image-scanning-configuration`, or a registry scanning rule), or set scan-start: true")}async function eq(t,e,r){let o=[r];for(let s=r.nextToken;s;s=o[o.length-
1].nextToken){let n=await t.scanFindings(e.repository,e.digest,s);if(!n)break;o.push(n)}return o}function tq(t,e){let r=e[0].imageScanFindings?.findingSeverityCounts??
{},o=Object.fromEntries($r.map(a=>[a,r[a]??0])),s=e.flatMap(a=>[...(a.imageScanFindings?.findings??[]).map(oq),...(a.imageScanFindings?.enhancedFindings??[]).map(
sq)]),n=a=>{let c=$r.indexOf(a.severity);return c<0?$r.length:c},i=s.map((a,c)=>({f:a,i:c})).sort((a,c)=>n(a.f)-n(c.f)||a.i-c.i).slice(0,V6).map(({f:a})=>a);return{
outcome:"complete",counts:o,top:i,threshold:t.threshold,gate:rq(o,t.threshold)}}function dd(t,e,r,o){return{outcome:e,counts:{},top:[],problem:r,hint:o,threshold:t.
threshold,gate:t.threshold==="none"?"off":"failed"}}function rq(t,e){return e==="none"?"off":Ho.slice(0,Ho.indexOf(e)+1).some(o=>(t[o]??0)>0)?"failed":"passed"}
function xN(t){return t?.outcome==="complete"?JSON.stringify(t.counts):""}function md(t,e){if(!t)return{};if(t.gate==="failed"&&t.outcome!=="complete")return{failure:new Dn(
`fail-on-severity ${t.threshold}: ${t.problem}; the image is pushed (${e}) but could not be judged`,t.hint)};if(t.gate==="failed"){let r=Ho.slice(0,Ho.indexOf(t.
threshold)+1).filter(o=>t.counts[o]>0);return{failure:new Dn(`fail-on-severity ${t.threshold}: ECR's scan found ${r.map(o=>`${t.counts[o]} ${o}`).join(", ")}; t\
he image is pushed (${e}) but should not be deployed`,"fix or upgrade the packages listed in the summary and deliver again, or raise fail-on-severity")}}return t.
outcome!=="complete"?{warning:`scan-wait: ${t.problem}`}:{}}var SN=(t,e)=>t.attributes?.find(r=>r.key===e)?.value;function oq(t){let e=[SN(t,"package_name"),SN(
t,"package_version")].filter(Boolean).join(" ");return{name:t.name??"",severity:t.severity??"UNDEFINED",package:e,link:t.uri??""}}function sq(t){let e=t.packageVulnerabilityDetails,
r=(e?.vulnerablePackages??[]).map(o=>[o.name,o.version].filter(Boolean).join(" ")).join(", ");return{name:e?.vulnerabilityId??t.title??"",severity:t.severity??"\
UNDEFINED",package:r,link:e?.sourceUrl??e?.referenceUrls?.[0]??""}}var nq=(t,e,r,o)=>new vn(t,e,r,o);function fd(t){let e=new Ln(t.options.timeoutSeconds);return e.bound(()=>iq(t,e))}async function iq(t,e){let{options:r,context:o,
reporter:s}=t,n=new _s(t.run,s,e),i=r.image?void 0:vO(r),a=Promise.all([n.check(),i?n.hasBuildx():!0]),c=_N(t),[,l]=await a;if(!l)throw new lr(`${i} needs docke\
r buildx, which this machine does not have`,"install the buildx plugin (GitHub: docker/setup-buildx-action), or drop the option");r.image||n.hasBuildx();let u=await s.
phase("Credentials",()=>wN(t,c,e)),d=(t.openRegistry??RN(r))(o.region,u,r.registryId,e),m=()=>gy(r.pullRegistries,o.region,u,e);try{return await new wy(t,n,d,m).
run()}finally{d.close()}}function RN(t){return t.registryType==="public"?(e,r,o,s)=>new ud(r,o,s):nq}function gd(t){let e=new Ln(t.options.timeoutSeconds);return e.
bound(()=>aq(t,e))}async function aq(t,e){let r=new _s(t.run,t.reporter,e),o=r.check(),s=_N(t);await o;let n=await t.reporter.phase("Credentials",()=>wN(t,s,e)),
i=(t.openRegistry??RN(t.options))(t.context.region,n,t.options.registryId,e);try{return await t.reporter.phase("Login",async()=>{let[a,c]=await Promise.all([i.login(),
gy(t.options.pullRegistries,t.context.region,n,e)]),l=[a,...c.filter(u=>u.host!==a.host)];for(let u of l)t.onLogin?.(u.host),await r.login(u);return{registry:a.
host,registries:l.map(u=>u.host),login:a}})}finally{i.close()}}function _N(t){let{options:e,context:r}=t;if(e.roleToAssume)return xO({ci:r.ci,audience:e.audience,
tokenFile:e.webIdentityTokenFile,tokenEnv:e.webIdentityTokenEnv,platformToken:t.platformToken,env:t.env}).catch(o=>o)}async function wN(t,e,r){let{options:o,context:s,
reporter:n}=t;if(!o.roleToAssume||!e){n.info("No role-to-assume: using the ambient AWS credential chain");return}let i=await e;if(i instanceof Error)throw i;return n.
secret(i.token),n.info(`Assuming ${o.roleToAssume} as ${s.sessionName} with the OIDC token from ${i.source}`),RO({roleArn:o.roleToAssume,sessionName:s.sessionName,
durationSeconds:o.roleDurationSeconds,region:s.region},i.token,n,r)}var wy=class{constructor(e,r,o,s=async()=>[]){this.req=e;this.docker=r;this.ecr=o;this.pullLogins=
s;this.o=e.options,this.sha=e.context.commitSha,this.tags=[...new Set([this.sha,...this.o.tags,...e.context.release.tags])]}req;docker;ecr;pullLogins;o;sha;tags;repo;loggedIn=[];background=[];async run(){
try{let e=await this.steps(),r=await this.scan(e);return{outputs:{...e,"scan-findings":xN(r)},scan:r}}catch(e){throw await Promise.allSettled(this.background),e}}async steps(){
let{reporter:e}=this.req,[r,o]=await e.phase("Repository",()=>Promise.all([this.o.push?this.ecr.ensureRepository(this.o,Uy(this.o.tags,this.req.context.release)):
this.lookUpRepository(),this.ecr.images(this.o.repository,this.tags)]));this.repo=r,r.created&&e.info(`Created repository ${r.uri} (${r.mutability})`);let s=this.
o.push?this.inBackground(this.ecr.applyPolicies(this.o)):Promise.resolve(),n=o.get(this.sha),i=n&&(this.o.skipExisting||fy(r,this.sha))?n:void 0;if(this.refuseImmutableConflicts(
r,o,i),i)return e.info(`${r.uri}:${this.sha} already exists (${i.digest}): nothing to build or upload`),this.o.push?(await s,await e.phase("Tag",()=>this.copyTags(
r,i,o)),this.verified(r,i.digest,!1)):this.outputs(r,i.digest,!1);let a=!this.o.image&&hy($n(this.o)).includes(r.uri.split("/")[0]),c=this.o.push||this.o.cache||
a?this.inBackground(e.track("Login",()=>this.login())):void 0,l=this.o.pullRegistries.length&&!this.o.image?this.inBackground(this.loginPullRegistries()):void 0;
(this.o.cache||a)&&await c,await l;let u=await e.phase(this.o.image?"Tag":"Build",()=>this.produceImage(r));if(!this.o.push)return this.outputs(r,"",!1);await Promise.
all([c,s]);let d=u??await e.phase("Push",()=>this.docker.push(`${r.uri}:${this.sha}`,()=>this.login()));return this.tags.length>1&&await e.phase("Tag",async()=>{
let m=(await this.ecr.images(this.o.repository,[this.sha])).get(this.sha);if(!m||m.digest!==d)throw new fe(`ECR does not show ${this.sha} at the pushed digest ${d}`);
await this.copyTags(r,m,o)}),this.verified(r,d,!0)}async scan(e){if(!this.o.scanWait||!this.repo)return;if(!e.digest){this.req.reporter.info("scan-wait: nothing\
 was pushed (push: false), so there is no scan to wait for");return}let{reporter:r}=this.req,o=this.repo,s=this.ecr;if(!s.scanFindings||!s.startScan)throw new fe(
"scan-wait: this registry does not scan images","ECR Public has no image scanning: drop scan-wait");return r.phase("Scan",()=>EN(s,{repository:this.o.repository,
digest:e.digest,timeoutSeconds:this.o.scanTimeoutSeconds,start:this.o.scanStart,threshold:this.o.failOnSeverity,scanOnPush:o.scanOnPush,info:n=>r.info(n)}))}inBackground(e){
return e.catch(()=>{}),this.background.push(e),e}async lookUpRepository(){let e=await this.ecr.findRepository(this.o.repository);if(e)return e;let{host:r}=await this.
ecr.login();return{name:this.o.repository,uri:`${r}/${this.o.repository}`,arn:"",mutability:"MUTABLE",exclusionFilters:[],scanOnPush:!1,created:!1}}async login(){
let e=await this.ecr.login();this.req.onLogin?.(e.host),await this.docker.login(e),this.loggedIn.push(e.host)}async loginPullRegistries(){let e=await this.req.reporter.
phase("Login to pull registries",()=>this.pullLogins());for(let r of e)this.req.onLogin?.(r.host),await this.docker.login(r),this.loggedIn.push(r.host)}refuseImmutableConflicts(e,r,o){
for(let s of this.tags){let n=r.get(s);if(!(!n||!fy(e,s)||o&&n.digest===o.digest))throw new fe(`tag ${s} already exists in the immutable repository ${e.name} at\
 ${n.digest}, which is not the image being delivered`,"immutable tags cannot move: remove the tag from `tags` (use a new one), or make the repository MUTABLE")}}async produceImage(e){
let r=this.tags.map(l=>`${e.uri}:${l}`);if(this.o.image){for(let l of r)await this.docker.tag(this.o.image,l);return}Dd(this.o);let o=this.req.context,s={"org.o\
pencontainers.image.revision":this.sha,"org.opencontainers.image.created":new Date().toISOString()};o.sourceUrl&&(s["org.opencontainers.image.source"]=o.sourceUrl),
o.release.version&&(s["org.opencontainers.image.version"]=o.release.version);for(let l of this.o.labels){let u=l.indexOf("=");s[l.slice(0,u)]=l.slice(u+1)}let n=await this.
docker.hasBuildx(),i=n&&this.o.push&&(!!this.o.platform?.includes(",")||this.o.provenance),c=await this.docker.build({context:this.o.context,dockerfile:$n(this.
o),tags:i?r.slice(0,1):r,labels:s,buildArgs:this.o.buildArgs,target:this.o.target,platform:this.o.platform,cache:this.o.cache?{ref:`${e.uri}:buildcache`,write:this.
o.push}:void 0,provenance:this.o.provenance,pushFromBuilder:i},n).catch(l=>{let u=l instanceof ur&&OD(l.message,$n(this.o),[...this.loggedIn,e.uri.split("/")[0]],
this.req.context.region);throw u?new ur(l.message,u):l});if(i&&!c)throw new ur("buildx pushed but reported no digest");return c}async copyTags(e,r,o){let s=this.
tags.slice(1).filter(n=>o.get(n)?.digest!==r.digest);await Promise.all(s.map(n=>this.ecr.putTag(e.name,r,n)))}async verified(e,r,o){let s=await this.ecr.images(
this.o.repository,this.tags),n=this.tags.filter(i=>s.get(i)?.digest!==r);if(n.length)throw new fe(`after delivery, tag(s) ${n.join(", ")} do not point at ${r} i\
n ECR`,"another delivery may have moved them at the same time; re-run to deliver again");return this.outputs(e,r,o)}outputs(e,r,o){return{registry:e.uri.split("\
/")[0],"repository-uri":e.uri,image:`${e.uri}:${this.sha}`,digest:r,"image-ref":r?`${e.uri}@${r}`:"",tags:this.tags,pushed:o,"scan-findings":""}}};var IN=require("node:child_process"),Cs=(t,e,r={})=>new Promise((o,s)=>{let n=r.silent?void 0:r.output??process.stdout;n?.write(`[command]${[t,...e].join(" ")}
`);let i=(0,IN.spawn)(t,e,{stdio:"pipe"}),a=[],c=[];i.stdout.on("data",l=>{a.push(l),n?.write(l)}),i.stderr.on("data",l=>{c.push(l),n?.write(l)}),i.stdin.on("er\
ror",()=>{}),i.stdin.end(r.input),i.on("error",s),i.on("close",(l,u)=>o({code:l??(u?128:1),stdout:Buffer.concat(a).toString(),stderr:Buffer.concat(c).toString()}))});var ha=class{timings=[];started=Date.now();async time(e,r){let o=Date.now();try{return await r()}finally{let s=Date.now();this.timings.push({title:e,seconds:(s-
o)/1e3,start:(o-this.started)/1e3,end:(s-this.started)/1e3})}}get byStart(){return[...this.timings].sort((e,r)=>e.start-r.start)}get totalSeconds(){return(Date.
now()-this.started)/1e3}describe(){let e=this.byStart.map(r=>`${r.title} ${r.seconds.toFixed(1)} s`).join(", ");return`${e?`${e}; `:""}total ${this.totalSeconds.
toFixed(1)} s`}},ya=class{constructor(e=process.stderr){this.stream=e;this.output=e}stream;clock=new ha;output;info(e){this.stream.write(`${e}
`)}warning(e){this.stream.write(`warning: ${e}
`)}secret(){}track(e,r){return this.clock.time(e,r)}async phase(e,r){this.info(`\u25B6 ${e}`);let o=Date.now(),s=await this.clock.time(e,r);return this.info(`\u2714 ${e}\
 (${((Date.now()-o)/1e3).toFixed(1)} s)`),s}};var TN=t=>Math.round(t*1e3),vN=t=>t.replace(/[:#;]/g," ").trim()||"phase";function AN(t){let e=["```mermaid","gantt","  title ecr-deliver phases (seconds since \
start)","  dateFormat x","  axisFormat %M:%S"];return t.forEach((r,o)=>{let s=TN(r.start),n=Math.max(TN(r.end),s+1);e.push(`  section ${vN(r.title)}`,`  ${vN(r.
title)} ${r.seconds.toFixed(1)} s :p${o}, ${s}, ${n}`)}),e.push("```"),e.join(`
`)}function CN(t,e=40){if(t.length===0)return[];let r=Math.max(...t.map(s=>s.end),.001),o=Math.max(...t.map(s=>s.title.length));return t.map(s=>{let n=Math.min(
e-1,Math.floor(s.start/r*e)),i=Math.max(n+1,Math.min(e,Math.round(s.end/r*e))),a="\xB7".repeat(n)+"\u2588".repeat(i-n)+"\xB7".repeat(e-i);return`${s.title.padEnd(
o)}  ${a}  ${s.start.toFixed(1)}\u2013${s.end.toFixed(1)} s`})}var bn=t=>t.replace(/[\r\n]+/g," ").replace(/[|\\`*_~<>[\]]/g,e=>`\\${e}`),Iy=t=>`\`${t.replace(/`/g,"'")}\``;function bN(t,e,r){let o=t.pushed?"delivered":t.digest?
"already delivered":"built, not pushed",s=[["image",Iy(t.image)],["digest",t.digest?Iy(t.digest):"(not pushed)"],["tags",t.tags.map(Iy).join(" ")],["pushed",String(
t.pushed)],["timings",bn(e.describe())]],n=[`### ecr-deliver: ${o}`,"","| | |","|---|---|",...s.map(([i,a])=>`| ${i} | ${a} |`),"","#### Timeline","",AN(e.byStart),
""];return r&&n.push(...cq(r),""),n.join(`
`)}function cq(t){let e=["#### Vulnerability scan",""];if(t.outcome!=="complete")return e.push("> [!WARNING]",`> ${bn(t.problem??"no scan")}`),t.gate==="failed"&&
e.push(">",`> fail-on-severity ${t.threshold}: **failed** (the image is pushed, but could not be judged)`),e;if(e.push(`| ${$r.join(" | ")} |`,`|${$r.map(()=>"-\
--:").join("|")}|`,`| ${$r.map(r=>t.counts[r]).join(" | ")} |`,""),t.gate!=="off"&&e.push(t.gate==="failed"?`**fail-on-severity ${t.threshold}: failed.** The im\
age is pushed, but should not be deployed.`:`fail-on-severity ${t.threshold}: passed.`,""),t.top.length){e.push("| finding | severity | package |","|---|---|---\
|");for(let r of t.top){let o=/^https?:\/\/[^\s()<>]+$/.test(r.link)?`[${bn(r.name)}](${r.link})`:bn(r.name);e.push(`| ${o} | ${bn(r.severity)} | ${bn(r.package)||
"\u2014"} |`)}}else e.push("No findings.");return e}var PN="isPost",ON="registries",DN="skipLogout",hd=class{clock=new ha;output=process.stdout;info=e=>wa(e);warning=e=>wd(e);secret=e=>_a(e);phase(e,r){return Py(
e,()=>this.clock.time(e,r))}track(e,r){return this.clock.time(e,r)}},NN=t=>t[`STATE_${PN}`]==="true";async function kN(){Ra(PN,"true");let t=new hd,e=new Set,r=o=>{
e.add(o),Ra(ON,JSON.stringify([...e]))};try{let o=By(l=>xa(l));if(o.mode==="login")return await pq(t,r,o);let s=Ds(l=>xa(l)),n=Ns(s),{outputs:i,scan:a}=await fd(
{options:s,context:n,reporter:t,run:Cs,env:process.env,platformToken:l=>Td(l),onLogin:r});for(let{name:l}of Kr)bs(l,Bo(i,l));Id(bN(i,t.clock,a));let c=md(a,i["i\
mage-ref"]);if(c.warning&&wd(c.warning),c.failure)throw c.failure}catch(o){let s=Os(o);by(s.hint?`${s.message}
Hint: ${s.hint}`:s.message)}}async function pq(t,e,r){r.skipLogout&&Ra(DN,"true");let o=Ds(i=>xa(i),"login"),s=Ns(o,process.env,"login"),n=await gd({options:o,context:s,
reporter:t,run:Cs,env:process.env,platformToken:i=>Td(i),onLogin:e});bs("registry",n.registry),bs("registries",n.registries.join(",")),r.dockerCredentialsOutput&&
(_a(n.login.password),bs("docker-username",n.login.username),bs("docker-password",n.login.password)),wa(`Logged in to ${n.registries.join(", ")}${r.skipLogout?"\
 (kept after the job: skip-logout)":"; the post step logs out"}`),Id(["### ecr-deliver login","",...n.registries.map(i=>`- \`${i}\``),"",`timings: ${t.clock.describe()}`,
""].join(`
`))}async function $N(){let t=JSON.parse(_d(ON)||"[]");if(_d(DN)==="true"){wa(`skip-logout: docker stays logged in to ${t.join(", ")||"nothing"}`);return}let e=new _s(
Cs,new hd);for(let r of t)await e.logout(r)}var YN=require("node:util");var GN=require("node:util");var LN=["ecr:BatchCheckLayerAvailability","ecr:InitiateLayerUpload","ecr:UploadLayerPart","ecr:CompleteLayerUpload","ecr:PutImage"],yd=["ecr:BatchGetImage","ecr\
:GetDownloadUrlForLayer","ecr:BatchCheckLayerAvailability"];function lq(t){let e=new Set(["ecr:DescribeRepositories","ecr:BatchGetImage"]),r=o=>{for(let s of o)
e.add(s)};return t.push&&(r(LN),t.createRepository&&e.add("ecr:CreateRepository"),t.lifecyclePolicy&&e.add("ecr:PutLifecyclePolicy"),t.repositoryPolicy&&e.add("\
ecr:SetRepositoryPolicy")),t.cache&&r(t.push?[...yd,...LN]:yd),t.scanWait&&e.add("ecr:DescribeImageScanFindings"),t.scanWait&&t.scanStart&&e.add("ecr:StartImage\
Scan"),[...e].sort()}function uq(t){return`arn:${Go(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${t.repository}`}function UN(t){if(t.registryType===
"public")return fq(t);let e=[{Sid:"EcrLogin",Effect:"Allow",Action:"ecr:GetAuthorizationToken",Resource:"*"},{Sid:"EcrDeliver",Effect:"Allow",Action:lq(t),Resource:uq(
t)}];if(t.push&&t.createRepository&&t.encryptionType==="KMS"){let r=t.kmsKey&&/^arn:[^:]+:kms:[^:]+:\d{12}:key\//.test(t.kmsKey)?t.kmsKey:`arn:${Go(t.region)}:k\
ms:${t.region}:${t.registryId??t.accountId}:key/*`,o={"kms:ViaService":`ecr.${t.region}.amazonaws.com${Go(t.region)==="aws-cn"?".cn":""}`};e.push({Sid:"KmsGrant\
ForNewRepository",Effect:"Allow",Action:"kms:CreateGrant",Resource:r,Condition:{StringEquals:o,Bool:{"kms:GrantIsForAWSResource":"true"}}},{Sid:"KmsForNewReposi\
tory",Effect:"Allow",Action:["kms:DescribeKey","kms:RetireGrant"],Resource:r,Condition:{StringEquals:o}})}return e.push(...jN(t)),{Version:"2012-10-17",Statement:e}}
function jN(t){let e=[],r=t.pullRepositories?.length?t.pullRepositories:["*"],o=(t.pullRegistries??[]).flatMap(n=>r.map(i=>`arn:${Go(n.region??t.region)}:ecr:${n.
region??t.region}:${n.id}:repository/${i}`));o.length&&e.push({Sid:"EcrPullBaseImages",Effect:"Allow",Action:yd.slice().sort(),Resource:o.length===1?o[0]:o});let s=(t.
pullThrough??[]).map(n=>`arn:${Go(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${n}/*`);return s.length&&e.push({Sid:"EcrPullThroughCache",
Effect:"Allow",Action:[...dq,...yd].sort(),Resource:s.length===1?s[0]:s}),e}function zN(t){return!t.pullRegistries?.length||t.pullRepositories?.length?[]:[`--pu\
ll-repositories not given: the role may pull every repository of ${t.pullRegistries.map(e=>e.id).join(", ")}; pass name patterns to narrow it`]}var dq=["ecr:Bat\
chImportUpstreamImage","ecr:CreateRepository"],FN=["ecr-public:GetAuthorizationToken","sts:GetServiceBearerToken"],mq=["ecr-public:BatchCheckLayerAvailability",
"ecr-public:InitiateLayerUpload","ecr-public:UploadLayerPart","ecr-public:CompleteLayerUpload","ecr-public:PutImage"];function fq(t){let e=t.push?FN:[...FN,"ecr\
-public:DescribeRegistries"],r=new Set(["ecr-public:DescribeRepositories","ecr-public:DescribeImageTags"]);if(t.push){for(let s of mq)r.add(s);t.createRepository&&
r.add("ecr-public:CreateRepository"),t.repositoryPolicy&&r.add("ecr-public:SetRepositoryPolicy")}let o=t.repository.replace(/^public\.ecr\.aws\/[^/]+\//,"");return{
Version:"2012-10-17",Statement:[{Sid:"EcrPublicLogin",Effect:"Allow",Action:e,Resource:"*"},{Sid:"EcrPublicDeliver",Effect:"Allow",Action:[...r].sort(),Resource:`\
arn:aws:ecr-public::${t.registryId??t.accountId}:repository/${o}`},...jN(t)]}}var gq="token.actions.githubusercontent.com",hq="oidc.circleci.com/org";function yq(t){
let e=t.pullRequest?"pull_request":t.environment!==void 0?`environment:${t.environment}`:t.tag!==void 0?`ref:refs/tags/${t.tag}`:`ref:refs/heads/${t.branch??"ma\
in"}`;return`repo:${t.repo}:${e}`}function Sq(t){let e=Go(t.region),r,o,s;if(t.provider==="github")r=t.githubIssuer??gq,o=t.audience??"sts.amazonaws.com",s=yq(t);else if(t.
provider==="circleci")r=`${hq}/${t.orgId}`,o=t.audience??t.orgId,s=`org/${t.orgId}/project/${t.projectId}/user/*${t.vcsRef?`/vcs-origin/*/vcs-ref/${t.vcsRef}`:""}`;else
return;let n=/[*?]/.test(s),i={StringEquals:{[`${r}:aud`]:o}};return n?i.StringLike={[`${r}:sub`]:s}:i.StringEquals[`${r}:sub`]=s,{Version:"2012-10-17",Statement:[
{Effect:"Allow",Principal:{Federated:`arn:${e}:iam::${t.accountId}:oidc-provider/${r}`},Action:"sts:AssumeRoleWithWebIdentity",Condition:i}]}}function Eq(t){let e=Sq(
t);return e?{permissionsPolicy:UN(t),trustPolicy:e}:{permissionsPolicy:UN(t)}}var Ty=[{name:"repository",value:"NAME",description:"ECR repository the role deliv\
ers to (required)."},{name:"account-id",value:"ID",description:"AWS account id (12 digits) of the role and its OIDC provider (required)."},{name:"aws-region",value:"\
REGION",description:"Region of the registry (default: AWS_REGION, then AWS_DEFAULT_REGION)."},{name:"registry-id",value:"ID",description:"Account that owns the \
registry, for cross-account pushes (default: account-id)."},{name:"provider",value:"github|circleci|none",description:"Whose OIDC tokens the role trusts (defaul\
t: github with --repo, circleci with --org-id). `none` prints the permissions policy only."},{name:"audience",value:"AUD",description:"Pinned `aud` (default: st\
s.amazonaws.com on GitHub, the org id on CircleCI)."},{name:"repo",value:"OWNER/REPO",description:"GitHub repository, or its immutable form OWNER@ID/REPO@ID whe\
n its OIDC subject carries ids."},{name:"branch",value:"BRANCH",description:"GitHub branch allowed to deliver (default: main; `*` patterns allowed)."},{name:"ta\
g",value:"TAG",description:"GitHub tag allowed to deliver, for release workflows on tag pushes (`v*` patterns allowed; instead of --branch)."},{name:"environmen\
t",value:"NAME",description:"GitHub environment allowed to deliver, for jobs that use `environment:` (instead of --branch)."},{name:"pull-request",value:"true|f\
alse",description:"Trust runs on `pull_request` events of the repository instead of a branch (pair it with --push false)."},{name:"org-id",value:"UUID",description:"\
CircleCI organization id (Organization Settings > Overview)."},{name:"project-id",value:"UUID",description:"CircleCI project id allowed to deliver (required wit\
h --org-id: without it every project of the org, with any context, could deliver)."},{name:"vcs-ref",value:"REF",description:"CircleCI: pin the git ref too, e.g\
. refs/heads/main (matched in the sub of CIRCLE_OIDC_TOKEN_V2, which the orb uses; `*` patterns allowed)."},{name:"github-issuer",value:"HOST",description:"GitH\
ub Enterprise Server's OIDC issuer, HOST/_services/token (default: token.actions.githubusercontent.com)."},{name:"pull-registries",value:"IDS",description:"Base\
-image registries the build pulls from: account ids or ID@REGION, comma-separated (as given to the delivery)."},{name:"pull-repositories",value:"PATTERNS",description:"\
Repositories of those registries the build pulls, name patterns, comma-separated (default: every repository, `*`)."},{name:"pull-through",value:"PREFIXES",description:"\
Pull-through cache prefixes of the target registry the build pulls from (adds ecr:BatchImportUpstreamImage and ecr:CreateRepository on PREFIX/*)."},{name:"regis\
try-type",value:"private|public",description:"public: the ECR Public actions instead (default: private, or public for a public.ecr.aws/ repository)."},{name:"cr\
eate-repository",value:"true|false",description:"The delivery may create the repository (default: true)."},{name:"lifecycle-policy",value:"FILE|true",description:"\
The delivery applies a lifecycle policy (default: false)."},{name:"repository-policy",value:"FILE|true",description:"The delivery applies a repository policy (d\
efault: false)."},{name:"cache",value:"true|false",description:"The delivery uses the BuildKit registry cache (default: false)."},{name:"push",value:"true|false",
description:"The delivery pushes; false = build-only runs that just look up the repository (default: true)."},{name:"encryption-type",value:"AES256|KMS",description:"\
Encryption of a created repository; KMS adds the KMS grants ECR needs (default: AES256)."},{name:"kms-key",value:"ARN",description:"KMS key ARN of a created rep\
ository (default: any key of the account)."},{name:"scan-wait",value:"true|false",description:"The delivery waits for the image scan (default: false)."},{name:"\
scan-start",value:"true|false",description:"With --scan-wait: the delivery may start a scan (default: false)."},{name:"only",value:"permissions|trust",description:"\
Print just that one policy document, ready for `aws iam \u2026 file://`."}],VN="[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})",WN="[A-Za-z0-9._-]{1,100}",xq=new RegExp(`^${VN}\
/${WN}$`),Rq=new RegExp(`^${VN}@\\d{1,20}/${WN}@\\d{1,20}$`),MN=/^(?!\/|-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/+@*?#-]{1,255}$/,_q=/^[^\x00-\x1f\x7f:]{1,255}$/,HN=/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
wq=/^arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)$/,Iq=ao("github","circleci","none"),Tq=ao("permissions","trust");function BN(t,e){
if(e===void 0||e.trim()===""||/^(false|0)$/i.test(e))return!1;if(/[\x00-\x1f\x7f]/.test(e))throw new P(t,e,"contains control characters");return!0}function qN(t,e=process.
env){let{values:r,positionals:o}=(0,GN.parseArgs)({args:t,options:Object.fromEntries(Ty.map(R=>[R.name,{type:"string"}])),strict:!0,allowPositionals:!0});if(o.length)
throw new P("iam-policy",o[0],"is not a flag: every value follows its --flag (see `ecr-deliver iam-policy --help`)");let s=R=>{let I=r[R]?.trim();return I===""?
void 0:I},n=(R,I)=>{let M=s(R);if(M===void 0)throw new P(R,"",`is required: ${I}`);return M},i=(R,I)=>{let M=s(R);return M!==void 0&&Mo(R,M,I(M)),M},a=n("reposi\
tory","the ECR repository the role delivers to");Mo("repository",a,Fe.repository(a));let c=kd(s("aws-region"),e),l=n("account-id","the 12-digit AWS account id o\
f the role");Mo("account-id",l,Fe.account(l));let u=vr("registry-id",s("registry-id")),d=["repo","branch","tag","environment","pull-request","github-issuer"].filter(
R=>s(R)!==void 0),m=["org-id","project-id","vcs-ref"].filter(R=>s(R)!==void 0),f=s("provider"),g=f!==void 0?Iq.parse(f,"provider"):d.length?"github":m.length?"c\
ircleci":void 0;if(!g)throw new P("provider","","is required: github (with --repo), circleci (with --org-id), or none");let y=g==="github"?m:g==="circleci"?d:[...d,
...m];if(y.length)throw new P(y[0],s(y[0]),`does not apply to --provider ${g}`);let h=i("audience",Fe.audience),S={repository:a,region:c,accountId:l,registryId:u,
provider:g,audience:h,createRepository:vr("create-repository",s("create-repository")),lifecyclePolicy:BN("lifecycle-policy",s("lifecycle-policy")),repositoryPolicy:BN(
"repository-policy",s("repository-policy")),cache:vr("cache",s("cache")),push:vr("push",s("push")),encryptionType:vr("encryption-type",s("encryption-type")),scanWait:vr(
"scan-wait",s("scan-wait")),scanStart:vr("scan-start",s("scan-start"))};if(S.kmsKey=i("kms-key",Ie(wq,"is not a KMS key or alias ARN like `arn:aws:kms:eu-west-1\
:123456789012:key/\u2026`")),S.kmsKey&&S.encryptionType!=="KMS")throw new P("kms-key",S.kmsKey,"needs --encryption-type KMS");if(g==="github"){let R=n("repo","t\
he GitHub repository as OWNER/REPO (or OWNER@ID/REPO@ID)");if(!xq.test(R)&&!Rq.test(R))throw new P("repo",R,"is not a GitHub repository like `octo-org/octo-repo\
`, or `octo-org@123456/octo-repo@456789` with the immutable ids");S.repo=R,S.environment=i("environment",Ie(_q,"is not a GitHub environment name (1\u2013255 characte\
rs, no `:`)"));let I=s("branch")?.replace(/^refs\/heads\//,"");if(I!==void 0&&S.environment!==void 0)throw new P("branch",I,"cannot be combined with --environme\
nt: a job with an environment gets `environment:NAME` as its OIDC subject");if(I!==void 0&&!MN.test(I))throw new P("branch",I,"is not a git branch name");let M=s(
"pull-request");if(S.pullRequest=M!==void 0&&Yt.parse(M,"pull-request"),S.pullRequest&&(I!==void 0||S.environment!==void 0))throw new P("pull-request",s("pull-r\
equest"),"cannot be combined with --branch or --environment: a pull_request run's OIDC subject is `repo:OWNER/REPO:pull_request`");let V=s("tag")?.replace(/^refs\/tags\//,
"");if(V!==void 0&&(I!==void 0||S.environment!==void 0||S.pullRequest))throw new P("tag",V,"cannot be combined with --branch, --environment or --pull-request: a\
 tag push's OIDC subject is `repo:OWNER/REPO:ref:refs/tags/TAG`");if(V!==void 0&&!MN.test(V))throw new P("tag",V,"is not a git tag name");S.tag=V,S.environment===
void 0&&!S.pullRequest&&V===void 0&&(S.branch=I??"main")}else if(g==="circleci"){let R=n("org-id","the CircleCI organization id (a UUID, Organization Settings >\
 Overview)");if(!HN.test(R))throw new P("org-id",R,"is not a CircleCI organization id (a lowercase UUID)");S.orgId=R;let I=n("project-id","the CircleCI project \
id (a UUID, Project Settings > Overview): without it every project of the org could deliver");if(!HN.test(I))throw new P("project-id",I,"is not a CircleCI proje\
ct id (a lowercase UUID)");S.projectId=I,S.vcsRef=i("vcs-ref",Ie(/^[A-Za-z0-9._/+@*#-]{1,255}$/,"is not a git ref like `refs/heads/main`"))}Object.assign(S,vq(s)),
a.startsWith("public.ecr.aws/")&&(S.registryType="public"),g==="github"&&s("github-issuer")!==void 0&&(S.githubIssuer=i("github-issuer",Ie(/^(?:https:\/\/)?[a-z0-9.-]+(?::\d+)?(?:\/[\w./-]+)?$/i,
"is not an OIDC issuer like `ghe.example.com/_services/token`")).replace(/^https:\/\//,"").replace(/\/+$/,""));let x=s("only"),T=x===void 0?void 0:Tq.parse(x,"o\
nly");if(T==="trust"&&g==="none")throw new P("only",x,"needs a --provider: `none` has no trust policy");return{request:S,only:T}}function vq(t){let e=i=>(t(i)??
"").split(",").map(a=>a.trim()).filter(Boolean),r=e("pull-registries").map(i=>{let a=/^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/.exec(i);if(!a)throw new P(
"pull-registries",i,"is not an ECR registry id (12 digits) or `ID@REGION`");return{id:a[1],region:a[2]}}),o=e("pull-repositories");for(let i of o)if(!/^[a-z0-9*][a-z0-9._/*-]{0,255}$/.
test(i))throw new P("pull-repositories",i,"is not a repository name pattern (lowercase name, `*` wildcards)");if(o.length&&!r.length)throw new P("pull-repositor\
ies",t("pull-repositories"),"needs --pull-registries");let s=e("pull-through");for(let i of s)if(i.length<2||i.length>30||Fe.repository(i))throw new P("pull-thr\
ough",i,"is not a pull-through cache prefix (2\u201330 characters, ECR's repository naming rule)");let n=t("registry-type")?.toLowerCase();if(n!==void 0&&n!=="p\
rivate"&&n!=="public")throw new P("registry-type",n,"is not one of private, public");return{pullRegistries:r,pullRepositories:o,pullThrough:s,registryType:n}}function KN(t,e){
let r=Eq(t),o=e==="permissions"?r.permissionsPolicy:e==="trust"?r.trustPolicy:r;return`${JSON.stringify(o,null,2)}
`}var Ea=t=>e=>t[Ca(e)];function Sa(t){let e=Os(t);return process.stderr.write(`ecr-deliver: ${e.message}
`),e.hint&&process.stderr.write(`hint: ${e.hint}
`),e.exitCode}async function Sd(t,e){let r=new ya(process.stderr);try{let o=Ds(t),s=Ns(o),{outputs:n,scan:i}=await fd({options:o,context:s,reporter:r,run:Cs,env:process.
env});r.info(Cq(n,r.clock,i)),e(n);let a=md(i,n["image-ref"]);return a.warning&&r.warning(a.warning),a.failure?Sa(a.failure):0}catch(o){return Sa(o)}}async function Ed(t,e){
let r=new ya(process.stderr);try{let o=Ds(t,"login"),s=Ns(o,process.env,"login"),{registry:n}=await gd({options:o,context:s,reporter:r,run:Cs,env:process.env});
return r.info(JN(`logged in to ${n}`,[["registry",n]],r.clock)),e(n),0}catch(o){return Sa(o)}}function Aq(t){return t.pushed?"true":t.digest?"false (the SHA tag\
 was already in ECR: nothing built or uploaded)":"false (push: false, built and tagged locally only)"}function Cq(t,e,r){let o=t.pushed?`delivered ${t.image}`:t.
digest?`already delivered: ${t.image}`:`built ${t.image} (not pushed)`,s=Kr.filter(({name:i})=>i!=="scan-findings"||r).map(({name:i})=>[i,i==="pushed"?Aq(t):Bo(
t,i)||"-"]),n=CN(e.byStart).map(i=>`    ${i}`);return[JN(o,s,e),"  timeline",...n,...r?bq(r):[]].join(`
`)}function bq(t){if(t.outcome!=="complete")return["  scan",`    ${t.problem}`];let e=$r.map(s=>Math.max(s.length,String(t.counts[s]).length)),r=["  scan",`    ${$r.
map((s,n)=>s.padStart(e[n])).join("  ")}`,`    ${$r.map((s,n)=>String(t.counts[s]).padStart(e[n])).join("  ")}`];t.gate!=="off"&&r.push(`    fail-on-severity ${t.
threshold}: ${t.gate}`);let o=s=>s.replace(/[\x00-\x1f\x7f-\x9f]+/g," ");for(let s of t.top)r.push(o(`    ${s.severity.padEnd(13)} ${s.name}  ${s.package||"-"} \
 ${s.link}`).trimEnd());return r}function JN(t,e,r){let o=[...e,["time",r.describe()]],s=Math.max(...o.map(([n])=>n.length));return[`\u2500\u2500 ecr-deliver: ${t}\
 \u2500\u2500`,...o.map(([n,i])=>`  ${n.padEnd(s)}  ${i}`)].join(`
`)}var XN="0.1.0";var vy=Od.filter(t=>!t.githubOnly),QN=["iam-policy","login"];function Ay(t,e,r=100){let o=[],s="";for(let n of t.split(/\s+/).filter(Boolean))s&&e.length+s.length+
1+n.length>r?(o.push(s),s=n):s=s?`${s} ${n}`:n;return s&&o.push(s),o.map(n=>e+n).join(`
`)}function Oq(){return["Usage: ecr-deliver [--option value \u2026] [--json]      deliver an image","       ecr-deliver login [--option value \u2026]         credent\
ials + docker login only","       ecr-deliver iam-policy --help                the IAM policies a CI role needs","","Delivers a container image to Amazon ECR: O\
IDC credentials, ECR login, repository, build,","commit-SHA tag, push. Every option can also be given as ECR_DELIVER_<OPTION> in the environment","(e.g. ECR_DEL\
IVER_ROLE_TO_ASSUME); a flag wins over the environment.","","Options:",...vy.map(e=>{let r=e.default!==void 0?` Default: ${e.default}.`:e.defaultText?` Default:\
 ${e.defaultText.replace(/`/g,"")}.`:"";return`  --${e.name} <value>
${Ay(`${e.description.replace(/`/g,"")}${e.required?" Required.":""}${r}`,"      ")}`}),"  --json","      Print the outputs as one JSON object on stdout (logs g\
o to stderr).","  --help, --version","",`Outputs: ${Kr.map(e=>e.name).join(", ")}.`,"Exit codes: 0 delivered, 1 failed, 2 bad input."].join(`
`)}function Dq(){return["Usage: ecr-deliver login [--option value \u2026] [--json]","","Gets AWS credentials (OIDC or ambient) and runs docker login to the ECR \
registry, nothing else;",'later docker commands in the same job can pull and push. --json prints {"registry": "<host>"}.',"","Options (also as ECR_DELIVER_<OPTI\
ON>):",...vy.filter(e=>Aa.includes(e.name)).map(e=>`  --${e.name} <value>
${Ay(e.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 logged in, 1 failed, 2 bad input."].join(`
`)}function Nq(){return["Usage: ecr-deliver iam-policy --repository NAME --account-id ID --aws-region REGION","         --repo OWNER/REPO [--branch BRANCH | --e\
nvironment NAME]     (GitHub)","         --org-id UUID --project-id UUID [--vcs-ref REF]               (CircleCI)","         [the delivery options the role must\
 allow, e.g. --cache true]","",'Prints {"permissionsPolicy": \u2026, "trustPolicy": \u2026} as JSON: the least-privilege permissions for',"delivering to the rep\
ository with the given options, and the OIDC trust policy with aud and sub","pinned. No AWS call is made.","","Flags:",...Ty.map(t=>`  --${t.name} ${t.value}
${Ay(t.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 printed, 2 bad input."].join(`
`)}function ZN(t,e){let r=t,o=/'(-[^' ]+)/.exec(r.message??"")?.[1],s=`see ecr-deliver ${e?`${e} `:""}--help`;switch(r.code){case"ERR_PARSE_ARGS_UNKNOWN_OPTION":
return`${o}: is not a flag of ecr-deliver${e?` ${e}`:""} (${s})`;case"ERR_PARSE_ARGS_INVALID_OPTION_VALUE":return/does not take an argument/.test(r.message??"")?
`${o}: takes no value`:/ambiguous/.test(r.message??"")?`${o}: needs a value; for a value that starts with "-", write ${o}=VALUE`:`${o}: needs a value (${s})`;case"\
ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":{let n=/'([^']*)'/.exec(r.message??"")?.[1]??"";return`${Nn(n)} is not a command or flag: use ${QN.join(", ")} or --flags \
(${s})`}default:return`${(r.message??String(t)).split(`
`)[0]} (${s})`}}function kq(t,e,r){try{let o=Object.fromEntries(e.map(s=>[s,{type:"string"}]));return(0,YN.parseArgs)({args:t,options:{...o,json:{type:"boolean"},
help:{type:"boolean",short:"h"},version:{type:"boolean"}},strict:!0,allowPositionals:!1}).values}catch(o){process.stderr.write(`ecr-deliver: ${ZN(o,r)}
`),process.exitCode=2;return}}function $q(t){if(t.includes("--help")||t.includes("-h"))return process.stdout.write(`${Nq()}
`),0;try{let{request:e,only:r}=qN(t.filter(o=>o!=="--json"));process.stdout.write(KN(e,r));for(let o of zN(e))process.stderr.write(`note: ${o}
`);return 0}catch(e){return e.code?.startsWith("ERR_PARSE_ARGS")?(process.stderr.write(`ecr-deliver: ${ZN(e,"iam-policy")}
`),2):Sa(e)}}async function ek(t){let e=QN.find(i=>i===t[0])??"";if(e==="iam-policy"){process.exitCode=$q(t.slice(1));return}let r=e?t.slice(1):t,o=kq(r,e==="lo\
gin"?Aa:vy.map(i=>i.name),e);if(!o)return;if(o.help)return void process.stdout.write(`${e==="login"?Dq():Oq()}
`);if(o.version)return void process.stdout.write(`${XN}
`);let s=Ea(process.env);if(e==="login"){let i=a=>Aa.includes(a)?o[a]??s(a):void 0;process.exitCode=await Ed(i,a=>{o.json&&process.stdout.write(`${JSON.stringify(
{registry:a})}
`)});return}let n=i=>o[i]??s(i);process.exitCode=await Sd(n,i=>{o.json&&process.stdout.write(`${JSON.stringify(jy(i))}
`)})}var ok=require("node:fs");var Lq=["deliver","login"],tk="ECR_DELIVER_COMMAND",Uq=t=>`'${t.replace(/'/g,"'\\''")}'`,sk=(t,e)=>`export ${Ca(t)}=${Uq(e)}
`;function Fq(t){return Kr.map(({name:e})=>sk(e,Bo(t,e))).join("")}function rk(t,e){t.BASH_ENV?(0,ok.appendFileSync)(t.BASH_ENV,e):process.stderr.write(`warning\
: BASH_ENV is not set: the outputs are not exported to later steps
`)}async function nk(t=process.env){let e=t[tk]||"deliver";e==="login"?process.exitCode=await Ed(Ea(t),r=>rk(t,sk("registry",r))):e==="deliver"?process.exitCode=
await Sd(Ea(t),r=>rk(t,Fq(r))):(process.stderr.write(`ecr-deliver: ${tk}: ${Nn(e)} is not one of ${Lq.join(", ")}
`),process.exitCode=2)}async function Mq(){let t=process.env,e=process.argv.slice(2);return e.length===0&&t.GITHUB_ACTIONS==="true"&&Object.keys(t).some(r=>r.startsWith("INPUT_"))?NN(
t)?$N():kN():e.length===0&&t.CIRCLECI==="true"?nk():ek(e)}Mq();
