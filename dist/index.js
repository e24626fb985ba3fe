#!/usr/bin/env node
"use strict";var pO=Object.create;var Ql=Object.defineProperty;var lO=Object.getOwnPropertyDescriptor;var dO=Object.getOwnPropertyNames;var uO=Object.getPrototypeOf,mO=Object.prototype.hasOwnProperty;var p=(t,e,r)=>()=>{if(r)throw r[0];try{return t&&(e=t(t=0)),e}catch(o){throw r=[o],o}};var St=(t,e)=>{for(var r in e)Ql(t,r,{get:e[r],enumerable:!0})},fO=(t,e,r,o)=>{if(e&&typeof e=="object"||typeof e=="function")for(let n of dO(e))!mO.call(t,n)&&
n!==r&&Ql(t,n,{get:()=>e[n],enumerable:!(o=lO(e,n))||o.enumerable});return t};var So=(t,e,r)=>(r=t!=null?pO(uO(t)):{},fO(e||!t||!t.__esModule?Ql(r,"default",{value:t,enumerable:!0}):r,t));var qi,Et,ph=p(()=>{qi={warningEmitted:!1},Et=t=>{if(t&&!qi.warningEmitted){if(process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED==="true"){qi.warningEmitted=
!0;return}let e=parseInt(t.substring(1,t.indexOf("."))),r=22;e<r&&(qi.warningEmitted=!0,process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScri\
pt (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${t}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`))}}});function H(t,e,r){return t.$source||(t.$source={}),t.$source[e]=r,t}var lh=p(()=>{});function wr(t,e,r){t.__aws_sdk_context?t.__aws_sdk_context.features||(t.__aws_sdk_context.features={}):t.__aws_sdk_context={features:{}},t.__aws_sdk_context.features[e]=
r}var dh=p(()=>{});var YO,xt,uh=p(()=>{YO=()=>typeof process=="object"&&process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026==="true",xt=(t,e)=>{if(YO()&&typeof t?.handle!="functi\
on")return e}});var ss,ad=p(()=>{ss=t=>typeof ArrayBuffer=="function"&&t instanceof ArrayBuffer||Object.prototype.toString.call(t)==="[object ArrayBuffer]"});var sn,Ki,an=p(()=>{ad();sn=(t,e=0,r=t.byteLength-e)=>{if(!ss(t))throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof t} (${t})`);
return Buffer.from(t,e,r)},Ki=(t,e)=>{if(typeof t!="string")throw new TypeError(`The "input" argument must be of type string. Received type ${typeof t} (${t})`);
return e?Buffer.from(t,e):Buffer.from(t)}});var QO,me,mh=p(()=>{an();QO=/^[A-Za-z0-9+/]*={0,2}$/,me=t=>{if(t.length*3%4!==0)throw new TypeError("Incorrect padding on base64 string.");if(!QO.exec(t))throw new TypeError(
"Invalid base64 string.");let e=Ki(t,"base64");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}});var te,Ji=p(()=>{an();te=t=>{let e=Ki(t,"utf8");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength/Uint8Array.BYTES_PER_ELEMENT)}});var pe,fh=p(()=>{an();Ji();pe=t=>{let e;if(typeof t=="string"?e=te(t):e=t,typeof e!="object"||typeof e.byteOffset!="number"||typeof e.byteLength!="number")throw new Error(
"@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");return sn(e.buffer,e.byteOffset,e.byteLength).toString("base64")}});function gh(t,e,r,o){return class Xi extends Uint8Array{static fromString(s,i="utf-8"){if(typeof s=="string")return i==="base64"?Xi.mutate(o(s)):Xi.mutate(e(s));
throw new Error(`Unsupported conversion from ${typeof s} to Uint8ArrayBlobAdapter.`)}static mutate(s){return Object.setPrototypeOf(s,Xi.prototype),s}transformToString(s="\
utf-8"){return s==="base64"?r(this):t(this)}}}var hh=p(()=>{});var Q,yh=p(()=>{an();Q=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@\
smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return sn(t.buffer,t.byteOffset,t.byteLength).toString("utf8")}});function Sh(t){return typeof crypto<"u"&&typeof crypto.randomUUID=="function"?()=>crypto.randomUUID():()=>{let e=new Uint8Array(16);return t(e),e[6]=e[6]&15|64,
e[8]=e[8]&63|128,De[e[0]]+De[e[1]]+De[e[2]]+De[e[3]]+"-"+De[e[4]]+De[e[5]]+"-"+De[e[6]]+De[e[7]]+"-"+De[e[8]]+De[e[9]]+"-"+De[e[10]]+De[e[11]]+De[e[12]]+De[e[13]]+
De[e[14]]+De[e[15]]}}var De,Eh=p(()=>{De=Array.from({length:256},(t,e)=>e.toString(16).padStart(2,"0"))});var Ro,xh=p(()=>{(function(t){t.HTTP="http",t.HTTPS="https"})(Ro||(Ro={}))});var Dr,Rh=p(()=>{(function(t){t.MD5="md5",t.CRC32="crc32",t.CRC32C="crc32c",t.SHA1="sha1",t.SHA256="sha256"})(Dr||(Dr={}))});var _h=p(()=>{Rh()});var mr,wh=p(()=>{mr="__smithy_context"});var Tr,Th=p(()=>{(function(t){t.PROFILE="profile",t.SSO_SESSION="sso-session",t.SERVICES="services"})(Tr||(Tr={}))});var Ir=p(()=>{xh();_h();wh();Th()});var Z,Ih=p(()=>{Ir();Z=t=>t[mr]||(t[mr]={})});function A(t,e){return Object.prototype.hasOwnProperty.call(t,e)}var cd=p(()=>{});function ZO(t){return Object.keys(t).reduce((e,r)=>{let o=t[r];return{...e,[r]:Array.isArray(o)?[...o]:o}},{})}var z,Ah=p(()=>{z=class t{method;protocol;hostname;port;path;query;headers;username;password;fragment;body;constructor(e){
this.method=e.method||"GET",this.hostname=e.hostname||"localhost",this.port=e.port,this.query=e.query||{},this.headers=e.headers||{},this.body=e.body,this.protocol=
e.protocol?e.protocol.slice(-1)!==":"?`${e.protocol}:`:e.protocol:"https:",this.path=e.path?e.path.charAt(0)!=="/"?`/${e.path}`:e.path:"/",this.username=e.username,
this.password=e.password,this.fragment=e.fragment}static clone(e){let r=new t({...e,headers:{...e.headers}});return r.query&&(r.query=ZO(r.query)),r}static isInstance(e){
if(!e)return!1;let r=e;return"method"in r&&"protocol"in r&&"hostname"in r&&"path"in r&&typeof r.query=="object"&&typeof r.headers=="object"}clone(){return t.clone(
this)}}});var Ge,Ch=p(()=>{Ge=class{statusCode;reason;headers;body;constructor(e){this.statusCode=e.statusCode,this.reason=e.reason,this.headers=e.headers||{},this.body=e.
body}static isInstance(e){if(!e)return!1;let r=e;return typeof r.statusCode=="number"&&typeof r.headers=="object"}}});var eN,Ar,vh=p(()=>{eN=new RegExp("^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$"),Ar=(t,e=!1)=>{if(!e)return eN.test(t);let r=t.split(".");for(let o of r)if(!Ar(o))return!1;
return!0}});function pd(t){return/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(t)}var bh=p(()=>{});var q,Ph=p(()=>{q=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});function Oh(t){let e={};if(t=t.replace(/^\?/,""),t)for(let r of t.split("&")){let[o,n=null]=r.split("=");o=decodeURIComponent(o),n&&(n=decodeURIComponent(n)),o in
e?Array.isArray(e[o])?e[o].push(n):e[o]=[e[o],n]:e[o]=n}return e}var Nh=p(()=>{});var le,ld=p(()=>{Nh();le=t=>{if(typeof t=="string")return le(new URL(t));let{hostname:e,pathname:r,port:o,protocol:n,search:s}=t,i;return s&&(i=Oh(s)),{hostname:e,
port:o?parseInt(o):void 0,protocol:n,path:r,query:i}}});var Wr,Dh=p(()=>{cd();ld();Wr=t=>{if(typeof t=="object"){if("url"in t){let e=le(t.url);if(t.headers){e.headers={};for(let r in t.headers)A(t.headers,r)&&(e.headers[r.
toLowerCase()]=t.headers[r].join(", "))}return e}return t}return le(t)}});var K=p(()=>{Ih();cd();Ah();Ch();vh();bh();Ph();ld();Dh()});var dd,tN,kh,rN,$h,Lh,Uh,oN,Mh,Fh,nN,Yi,cn,Hh,sN,iN,Bh=p(()=>{dd=t=>{if(t!=null){if(typeof t=="string"){let e=parseFloat(t);if(!Number.isNaN(e))return String(e)!==
String(t)&&iN.warn(sN(`Expected number but observed string: ${t}`)),e}if(typeof t=="number")return t;throw new TypeError(`Expected number, got ${typeof t}: ${t}`)}},
tN=Math.ceil(2**127*(2-2**-23)),kh=t=>{let e=dd(t);if(e!==void 0&&!Number.isNaN(e)&&e!==1/0&&e!==-1/0&&Math.abs(e)>tN)throw new TypeError(`Expected 32-bit float\
, got ${t}`);return e},rN=t=>{if(t!=null){if(Number.isInteger(t)&&!Number.isNaN(t))return t;throw new TypeError(`Expected integer, got ${typeof t}: ${t}`)}},$h=
t=>Uh(t,16),Lh=t=>Uh(t,8),Uh=(t,e)=>{let r=rN(t);if(r!==void 0&&oN(r,e)!==r)throw new TypeError(`Expected ${e}-bit integer, got ${t}`);return r},oN=(t,e)=>{switch(e){case 32:
return Int32Array.of(t)[0];case 16:return Int16Array.of(t)[0];case 8:return Int8Array.of(t)[0]}},Mh=t=>dd(typeof t=="string"?Yi(t):t),Fh=t=>kh(typeof t=="string"?
Yi(t):t),nN=/(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g,Yi=t=>{let e=t.match(nN);if(e===null||e[0].length!==t.length)throw new TypeError(
"Expected real number, got implicit NaN");return parseFloat(t)},cn=t=>$h(typeof t=="string"?Yi(t):t),Hh=t=>Lh(typeof t=="string"?Yi(t):t),sN=t=>String(new TypeError(
t).stack||t).split(`
`).slice(0,5).filter(e=>!e.includes("stackTraceWarning")).join(`
`),iN={warn:console.warn}});function _o(t){let e=t.getUTCFullYear(),r=t.getUTCMonth(),o=t.getUTCDay(),n=t.getUTCDate(),s=t.getUTCHours(),i=t.getUTCMinutes(),a=t.getUTCSeconds(),c=n<10?`0${n}`:
`${n}`,l=s<10?`0${s}`:`${s}`,d=i<10?`0${i}`:`${i}`,u=a<10?`0${a}`:`${a}`;return`${aN[o]}, ${c} ${md[r]} ${e} ${l}:${d}:${u} GMT`}var aN,md,cN,fd,pN,gd,lN,dN,uN,
as,hd,is,mN,fN,gN,ud,hN,yN,SN,Cr,EN,xN,pn,zh=p(()=>{Bh();aN=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],md=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep",
"Oct","Nov","Dec"];cN=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/),fd=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC-3339 date-times must be expressed as strings");let e=cN.exec(t);if(!e)throw new TypeError("Invalid RFC-3339 date-time value");let[r,o,n,s,i,a,c,l]=e,d=cn(pn(
o)),u=Cr(n,"month",1,12),m=Cr(s,"day",1,31);return is(d,u,m,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})},pN=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/),
gd=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-3339 date-times must be expressed as strings");let e=pN.exec(t);if(!e)throw new TypeError(
"Invalid RFC-3339 date-time value");let[r,o,n,s,i,a,c,l,d]=e,u=cn(pn(o)),m=Cr(n,"month",1,12),f=Cr(s,"day",1,31),g=is(u,m,f,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l});
return d.toUpperCase()!="Z"&&g.setTime(g.getTime()-xN(d)),g},lN=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
dN=new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
uN=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/),
as=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-7231 date-times must be expressed as strings");let e=lN.exec(t);if(e){let[r,o,n,s,i,a,c,
l]=e;return is(cn(pn(s)),ud(n),Cr(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})}if(e=dN.exec(t),e){let[r,o,n,s,i,a,c,l]=e;return gN(is(mN(
s),ud(n),Cr(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l}))}if(e=uN.exec(t),e){let[r,o,n,s,i,a,c,l]=e;return is(cn(pn(l)),ud(o),Cr(n.trimLeft(),
"day",1,31),{hours:s,minutes:i,seconds:a,fractionalMilliseconds:c})}throw new TypeError("Invalid RFC-7231 date-time value")},hd=t=>{if(t==null)return;let e;if(typeof t==
"number")e=t;else if(typeof t=="string")e=Mh(t);else if(typeof t=="object"&&t.tag===1)e=t.value;else throw new TypeError("Epoch timestamps must be expressed as \
floating point numbers or their string representation");if(Number.isNaN(e)||e===1/0||e===-1/0)throw new TypeError("Epoch timestamps must be valid, non-Infinite,\
 non-NaN numerics");return new Date(Math.round(e*1e3))},is=(t,e,r,o)=>{let n=e-1;return yN(t,n,r),new Date(Date.UTC(t,n,r,Cr(o.hours,"hour",0,23),Cr(o.minutes,"\
minute",0,59),Cr(o.seconds,"seconds",0,60),EN(o.fractionalMilliseconds)))},mN=t=>{let e=new Date().getUTCFullYear(),r=Math.floor(e/100)*100+cn(pn(t));return r<e?
r+100:r},fN=50*365*24*60*60*1e3,gN=t=>t.getTime()-new Date().getTime()>fN?new Date(Date.UTC(t.getUTCFullYear()-100,t.getUTCMonth(),t.getUTCDate(),t.getUTCHours(),
t.getUTCMinutes(),t.getUTCSeconds(),t.getUTCMilliseconds())):t,ud=t=>{let e=md.indexOf(t);if(e<0)throw new TypeError(`Invalid month: ${t}`);return e+1},hN=[31,28,
31,30,31,30,31,31,30,31,30,31],yN=(t,e,r)=>{let o=hN[e];if(e===1&&SN(t)&&(o=29),r>o)throw new TypeError(`Invalid day for ${md[e]} in ${t}: ${r}`)},SN=t=>t%4===0&&
(t%100!==0||t%400===0),Cr=(t,e,r,o)=>{let n=Hh(pn(t));if(n<r||n>o)throw new TypeError(`${e} must be between ${r} and ${o}, inclusive`);return n},EN=t=>t==null?0:
Fh("0."+t)*1e3,xN=t=>{let e=t[0],r=1;if(e=="+")r=1;else if(e=="-")r=-1;else throw new TypeError(`Offset direction, ${e}, must be "+" or "-"`);let o=Number(t.substring(
1,3)),n=Number(t.substring(4,6));return r*(o*60+n)*60*1e3},pn=t=>{let e=0;for(;e<t.length-1&&t.charAt(e)==="0";)e++;return e===0?t:t.slice(e)}});var je,Gh=p(()=>{je=function(e){return Object.assign(new String(e),{deserializeJSON(){return JSON.parse(String(e))},toString(){return String(e)},toJSON(){return String(
e)}})};je.from=t=>t&&typeof t=="object"&&(t instanceof je||"deserializeJSON"in t)?t:typeof t=="string"||Object.getPrototypeOf(t)===String.prototype?je(String(t)):
je(JSON.stringify(t));je.fromObject=je.from});function yd(t){return(t.includes(",")||t.includes('"'))&&(t=`"${t.replace(/\\/g,"\\\\").replace(/"/g,'\\"')}"`),t}var jh=p(()=>{});function kr(t,e,r){let o=Number(t);if(o<e||o>r)throw new Error(`Value ${o} out of range [${e}, ${r}]`)}var Sd,Ed,xd,Vh,Wh,RN,_N,wN,TN,IN,AN,Rd,_d,wd,qh=p(()=>{Sd=
"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?",Ed="(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",xd="(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?",Vh="(\
\\d?\\d)",Wh="(\\d{4})",RN=new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/),_N=/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/,
wN=new RegExp(`^${Sd}, ${Vh} ${Ed} ${Wh} ${xd} GMT$`),TN=new RegExp(`^${Sd}, ${Vh}-${Ed}-(\\d\\d) ${xd} GMT$`),IN=new RegExp(`^${Sd} ${Ed} ( [1-9]|\\d\\d) ${xd}\
 ${Wh}$`),AN=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"],Rd=t=>{if(t==null)return;let e=NaN;if(typeof t=="number")e=t;else if(typeof t==
"string"){if(!/^-?\d*\.?\d+$/.test(t))throw new TypeError("parseEpochTimestamp - numeric string invalid.");e=Number.parseFloat(t)}else typeof t=="object"&&t.tag===
1&&(e=t.value);if(isNaN(e)||Math.abs(e)===1/0)throw new TypeError("Epoch timestamps must be valid finite numbers.");return new Date(Math.round(e*1e3))},_d=t=>{if(t==
null)return;if(typeof t!="string")throw new TypeError("RFC3339 timestamps must be strings");let e=RN.exec(t);if(!e)throw new TypeError(`Invalid RFC3339 timestam\
p format ${t}`);let[,r,o,n,s,i,a,,c,l]=e;kr(o,1,12),kr(n,1,31),kr(s,0,23),kr(i,0,59),kr(a,0,60);let d=new Date(Date.UTC(Number(r),Number(o)-1,Number(n),Number(s),
Number(i),Number(a),Number(c)?Math.round(parseFloat(`0.${c}`)*1e3):0));if(d.setUTCFullYear(Number(r)),l.toUpperCase()!="Z"){let[,u,m,f]=/([+-])(\d\d):(\d\d)/.exec(
l)||[void 0,"+",0,0],g=u==="-"?1:-1;d.setTime(d.getTime()+g*(Number(m)*60*60*1e3+Number(f)*60*1e3))}return d},wd=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC7231 timestamps must be strings.");if(_N.test(t))return new Date(t);let e,r,o,n,s,i,a,c;if((c=wN.exec(t))?[,e,r,o,n,s,i,a]=c:(c=TN.exec(t))?([,e,r,o,n,s,i,a]=
c,o=(Number(o)+1900).toString()):(c=IN.exec(t))&&([,r,e,n,s,i,a,o]=c),o&&i){let l=Date.UTC(Number(o),AN.indexOf(r),Number(e),Number(n),Number(s),Number(i),a?Math.
round(parseFloat(`0.${a}`)*1e3):0);kr(e,1,31),kr(n,0,23),kr(s,0,59),kr(i,0,60);let d=new Date(l);return d.setUTCFullYear(Number(o)),d}throw new TypeError(`Inval\
id RFC7231 date-time value ${t}.`)}});function Td(t,e,r){if(r<=0||!Number.isInteger(r))throw new Error("Invalid number of delimiters ("+r+") for splitEvery.");let o=t.split(e);if(r===1)return o;let n=[],
s="";for(let i=0;i<o.length;i++)s===""?s=o[i]:s+=e+o[i],(i+1)%r===0&&(n.push(s),s="");return s!==""&&n.push(s),n}var Kh=p(()=>{});var cs,Jh=p(()=>{cs=t=>{let e=t.length,r=[],o=!1,n=!1,s=0;for(let i=0;i<e;++i){let a=t[i];switch(a){case'"':n||(o=!o);break;case",":o||(r.push(t.slice(s,i)),s=i+
1);break;default:}n=a==="\\"&&!n}return r.push(t.slice(s)),r.map(i=>{i=i.trim();let a=i.length;return a<2?i:i[0]==='"'&&i[a-1]==='"'?(i=i.slice(1,a-1),i.replace(
/\\(["\\])/g,"$1")):i.replace(/\\"/g,'"')})}});var Xh,fe,Yh=p(()=>{Xh=/^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/,fe=class t{string;type;constructor(e,r){if(this.string=e,this.type=r,!Xh.test(e))throw new Error(
`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${e}"`)}toString(){return this.string}static[Symbol.hasInstance](e){
if(!e||typeof e!="object")return!1;let r=e;return t.prototype.isPrototypeOf(e)||r.type==="bigDecimal"&&Xh.test(r.string)}}});function ps(t){if(t.length%2!==0)throw new Error("Hex encoded strings must have an even number length");let e=new Uint8Array(t.length/2);for(let r=0;r<t.length;r+=
2){let o=t.slice(r,r+2).toLowerCase();if(o in Id)e[r/2]=Id[o];else throw new Error(`Cannot decode unrecognized sequence ${o} as hexadecimal`)}return e}function oe(t){
let e="";for(let r=0;r<t.byteLength;r++)e+=Qh[t[r]];return e}var Qh,Id,Ad=p(()=>{Qh={},Id={};for(let t=0;t<256;t++){let e=t.toString(16).toLowerCase();e.length===
1&&(e=`0${e}`),Qh[t]=e,Id[e]=t}});var ln,Rt,Zh=p(()=>{ln=require("node:fs"),Rt=t=>{if(!t)return 0;if(typeof t=="string")return Buffer.byteLength(t);if(typeof t.byteLength=="number")return t.byteLength;
if(typeof t.size=="number")return t.size;if(typeof t.start=="number"&&typeof t.end=="number")return t.end+1-t.start;if(t instanceof ln.ReadStream){if(t.path!=null)
return(0,ln.lstatSync)(t.path).size;if(typeof t.fd=="number")return(0,ln.fstatSync)(t.fd).size}throw new Error(`Body Length computation failed for ${t}`)}});var _t,ey=p(()=>{Ji();_t=t=>t instanceof Uint8Array?t:typeof t=="string"?te(t):ArrayBuffer.isView(t)?new Uint8Array(t.buffer,t.byteOffset,t.byteLength/Uint8Array.
BYTES_PER_ELEMENT):new Uint8Array(t)});function Qi(t,e){if(e===void 0){e=0;for(let n of t)e+=n.byteLength}let r=new Uint8Array(e),o=0;for(let n of t)r.set(n,o),o+=n.byteLength;return r}var Cd=p(()=>{});var ke,ls=p(()=>{ke=class t extends Error{name="ProviderError";tryNextLink;constructor(e,r=!0){let o,n=!0;typeof r=="boolean"?(o=void 0,n=r):r!=null&&typeof r==
"object"&&(o=r.logger,n=r.tryNextLink??!0),super(e),this.tryNextLink=n,Object.setPrototypeOf(this,t.prototype),o?.debug?.(`@smithy/property-provider ${n?"->":"(\
!)"} ${e}`)}static from(e,r=!0){return Object.assign(new this(e.message,r),e)}}});var _,Zi=p(()=>{ls();_=class t extends ke{name="CredentialsProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var wt,ty=p(()=>{ls();wt=class t extends ke{name="TokenProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var wo,vd=p(()=>{ls();wo=(...t)=>async()=>{if(t.length===0)throw new ke("No providers in chain");let e;for(let r of t)try{return await r()}catch(o){if(e=o,o?.tryNextLink)
continue;throw o}throw e}});var ry,oy=p(()=>{ry=t=>()=>Promise.resolve(t)});var ea,bd=p(()=>{ea=(t,e,r)=>{let o,n,s,i=!1,a=async()=>{n||(n=t());try{o=await n,s=!0,i=!1}finally{n=void 0}return o};return e===void 0?async c=>((!s||c?.forceRefresh)&&
(o=await a()),o):async c=>((!s||c?.forceRefresh)&&(o=await a()),i?o:r&&!r(o)?(i=!0,o):(e(o)&&await a(),o))}});var Tt,ta=p(()=>{Tt=(t,e,r)=>{if(e in t){if(t[e]==="true")return!0;if(t[e]==="false")return!1;throw new Error(`Cannot load ${r} "${e}". Expected "true" or "fals\
e", got ${t[e]}.`)}}});var Ve,ra=p(()=>{(function(t){t.ENV="env",t.CONFIG="shared config entry"})(Ve||(Ve={}))});var ny,sy,Pd,CN,qr,ds=p(()=>{ny=require("node:os"),sy=require("node:path"),Pd={},CN=()=>process&&process.geteuid?`${process.geteuid()}`:"DEFAULT",qr=()=>{let{HOME:t,
USERPROFILE:e,HOMEPATH:r,HOMEDRIVE:o=`C:${sy.sep}`}=process.env;if(t)return t;if(e)return e;if(r)return`${o}${r}`;let n=CN();return Pd[n]||(Pd[n]=(0,ny.homedir)()),
Pd[n]}});var oa,iy,We,Od=p(()=>{oa="AWS_PROFILE",iy="default",We=t=>t.profile||process.env[oa]||iy});var ay,cy,us,Nd=p(()=>{ay=require("node:crypto"),cy=require("node:path");ds();us=t=>{let r=(0,ay.createHash)("sha1").update(t).digest("hex");return(0,cy.join)(qr(),
".aws","sso","cache",`${r}.json`)}});var py,ms,fs,Dd=p(()=>{py=require("node:fs/promises");Nd();ms={},fs=async t=>{if(ms[t])return ms[t];let e=us(t),r=await(0,py.readFile)(e,"utf8");return JSON.parse(
r)}});var ly,dy=p(()=>{Ir();ly=t=>Object.entries(t).filter(([e])=>{let r=e.indexOf(".");return r===-1?!1:Object.values(Tr).includes(e.substring(0,r))}).reduce((e,[r,o])=>{
let n=r.indexOf("."),s=r.substring(0,n)===Tr.PROFILE?r.substring(n+1):r;return e[s]=o,e},{...t.default&&{default:t.default}})});var uy,vN,na,kd=p(()=>{uy=require("node:path");ds();vN="AWS_CONFIG_FILE",na=()=>process.env[vN]||(0,uy.join)(qr(),".aws","config")});var my,bN,fy,gy=p(()=>{my=require("node:path");ds();bN="AWS_SHARED_CREDENTIALS_FILE",fy=()=>process.env[bN]||(0,my.join)(qr(),".aws","credentials")});var PN,ON,gs,$d=p(()=>{Ir();PN=/^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/,ON=["__proto__","profile __proto__"],gs=t=>{let e={},r,o;for(let n of t.split(/\r?\n/)){let s=n.
split(/(^|\s)[;#]/)[0].trim();if(s[0]==="["&&s[s.length-1]==="]"){r=void 0,o=void 0;let a=s.substring(1,s.length-1),c=PN.exec(a);if(c){let[,l,,d]=c;Object.values(
Tr).includes(l)&&(r=[l,d].join("."))}else r=a;if(ON.includes(a))throw new Error(`Found invalid profile name "${a}"`)}else if(r){let a=s.indexOf("=");if(![0,-1].
includes(a)){let[c,l]=[s.substring(0,a).trim(),s.substring(a+1).trim()];if(l==="")o=c;else{o&&n.trimStart()===n&&(o=void 0),e[r]=e[r]||{};let d=o?[o,c].join("."):
c;e[r][d]=l}}}}return e}});var hy,Ld,hs,ys,sa=p(()=>{hy=require("node:fs/promises"),Ld={},hs={},ys=(t,e)=>hs[t]!==void 0?hs[t]:((!Ld[t]||e?.ignoreCache)&&(Ld[t]=(0,hy.readFile)(t,"utf8")),
Ld[t])});var Ud,yy,ia,Md=p(()=>{Ud=require("node:path");dy();kd();gy();ds();$d();sa();yy=()=>({}),ia=async(t={})=>{let{filepath:e=fy(),configFilepath:r=na()}=t,o=qr(),n="\
~/",s=e;e.startsWith(n)&&(s=(0,Ud.join)(o,e.slice(2)));let i=r;r.startsWith(n)&&(i=(0,Ud.join)(o,r.slice(2)));let a=await Promise.all([ys(i,{ignoreCache:t.ignoreCache}).
then(gs).then(ly).catch(yy),ys(s,{ignoreCache:t.ignoreCache}).then(gs).catch(yy)]);return{configFile:a[0],credentialsFile:a[1]}}});var Sy,Ey=p(()=>{Ir();Sy=t=>Object.entries(t).filter(([e])=>e.startsWith(Tr.SSO_SESSION+".")).reduce((e,[r,o])=>({...e,[r.substring(r.indexOf(".")+1)]:o}),{})});var NN,Ss,xy=p(()=>{kd();Ey();$d();sa();NN=()=>({}),Ss=async(t={})=>ys(t.configFilepath??na()).then(gs).then(Sy).catch(NN)});var Ry,_y=p(()=>{Ry=(...t)=>{let e={};for(let r of t)for(let[o,n]of Object.entries(r))e[o]!==void 0?Object.assign(e[o],n):e[o]=n;return e}});var fr,wy=p(()=>{Md();_y();fr=async t=>{let e=await ia(t);return Ry(e.configFile,e.credentialsFile)}});var Es,Ty=p(()=>{Dd();sa();Es={getFileRecord(){return hs},interceptFile(t,e){hs[t]=Promise.resolve(e)},getTokenRecord(){return ms},interceptToken(t,e){ms[t]=e}}});function aa(t){try{let e=new Set(Array.from(t.match(/([A-Z_]){3,}/g)??[]));return e.delete("CONFIG"),e.delete("CONFIG_PREFIX_SEPARATOR"),e.delete("ENV"),[...e].
join(", ")}catch{return t}}var Fd=p(()=>{});var Iy,Ay=p(()=>{Zi();Fd();Iy=(t,e)=>async()=>{try{let r=t(process.env,e);if(r===void 0)throw new Error;return r}catch(r){throw new _(r.message||`Not found in E\
NV: ${aa(t.toString())}`,{logger:e?.logger})}}});var Cy,vy=p(()=>{Zi();Od();Md();Fd();Cy=(t,{preferredFile:e="config",...r}={})=>async()=>{let o=We(r),{configFile:n,credentialsFile:s}=await ia(r),i=s[o]||{},a=n[o]||
{},c=e==="config"?{...i,...a}:{...a,...i};try{let d=t(c,e==="config"?n:s);if(d===void 0)throw new Error;return d}catch(l){throw new _(l.message||`Not found in c\
onfig files w/ profile [${o}]: ${aa(t.toString())}`,{logger:r.logger})}}});var DN,by,Py=p(()=>{oy();DN=t=>typeof t=="function",by=t=>DN(t)?async()=>await t():ry(t)});var T,Hd=p(()=>{vd();bd();Ay();vy();Py();T=({environmentVariableSelector:t,configFileSelector:e,default:r},o={})=>{let{signingName:n,logger:s}=o;return ea(wo(Iy(
t,{signingName:n,logger:s}),Cy(e,o),by(r)))}});var Oy,Ny,It,Dy=p(()=>{ta();ra();Oy="AWS_USE_DUALSTACK_ENDPOINT",Ny="use_dualstack_endpoint",It={environmentVariableSelector:t=>Tt(t,Oy,Ve.ENV),configFileSelector:t=>Tt(
t,Ny,Ve.CONFIG),default:!1}});var ky,$y,At,Ly=p(()=>{ta();ra();ky="AWS_USE_FIPS_ENDPOINT",$y="use_fips_endpoint",At={environmentVariableSelector:t=>Tt(t,ky,Ve.ENV),configFileSelector:t=>Tt(t,
$y,Ve.CONFIG),default:!1}});var Io,Kr,dn,Uy,My,Bd=p(()=>{Io=(t,e)=>{let r=[];if(t&&r.push(t),e)for(let o of e)r.push(o);return r},Kr=(t,e)=>`${t||"anonymous"}${e&&e.length>0?` (a.k.a. ${e.
join(",")})`:""}`,dn=()=>{let t=[],e=[],r=!1,o=new Set,n=u=>u.sort((m,f)=>Uy[f.step]-Uy[m.step]||My[f.priority||"normal"]-My[m.priority||"normal"]),s=u=>{let m=!1,
f=g=>{let y=Io(g.name,g.aliases);if(y.includes(u)){m=!0;for(let h of y)o.delete(h);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},i=u=>{let m=!1,f=g=>{
if(g.middleware===u){m=!0;for(let y of Io(g.name,g.aliases))o.delete(y);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},a=u=>(t.forEach(m=>{u.add(m.middleware,
{...m})}),e.forEach(m=>{u.addRelativeTo(m.middleware,{...m})}),u.identifyOnResolve?.(d.identifyOnResolve()),u),c=u=>{let m=[];return u.before.forEach(f=>{f.before.
length===0&&f.after.length===0?m.push(f):m.push(...c(f))}),m.push(u),u.after.reverse().forEach(f=>{f.before.length===0&&f.after.length===0?m.push(f):m.push(...c(
f))}),m},l=(u=!1)=>{let m=[],f=[],g={};return t.forEach(h=>{let S={...h,before:[],after:[]};for(let E of Io(S.name,S.aliases))g[E]=S;m.push(S)}),e.forEach(h=>{let S={
...h,before:[],after:[]};for(let E of Io(S.name,S.aliases))g[E]=S;f.push(S)}),f.forEach(h=>{if(h.toMiddleware){let S=g[h.toMiddleware];if(S===void 0){if(u)return;
throw new Error(`${h.toMiddleware} is not found when adding ${Kr(h.name,h.aliases)} middleware ${h.relation} ${h.toMiddleware}`)}h.relation==="after"&&S.after.push(
h),h.relation==="before"&&S.before.push(h)}}),n(m).map(c).reduce((h,S)=>(h.push(...S),h),[])},d={add:(u,m={})=>{let{name:f,override:g,aliases:y}=m,h={step:"init\
ialize",priority:"normal",middleware:u,...m},S=Io(f,y);if(S.length>0){if(S.some(E=>o.has(E))){if(!g)throw new Error(`Duplicate middleware name '${Kr(f,y)}'`);for(let E of S){
let I=t.findIndex(w=>w.name===E||w.aliases?.some($=>$===E));if(I===-1)continue;let R=t[I];if(R.step!==h.step||h.priority!==R.priority)throw new Error(`"${Kr(R.name,
R.aliases)}" middleware with ${R.priority} priority in ${R.step} step cannot be overridden by "${Kr(f,y)}" middleware with ${h.priority} priority in ${h.step} s\
tep.`);t.splice(I,1)}}for(let E of S)o.add(E)}t.push(h)},addRelativeTo:(u,m)=>{let{name:f,override:g,aliases:y}=m,h={middleware:u,...m},S=Io(f,y);if(S.length>0){
if(S.some(E=>o.has(E))){if(!g)throw new Error(`Duplicate middleware name '${Kr(f,y)}'`);for(let E of S){let I=e.findIndex(w=>w.name===E||w.aliases?.some($=>$===
E));if(I===-1)continue;let R=e[I];if(R.toMiddleware!==h.toMiddleware||R.relation!==h.relation)throw new Error(`"${Kr(R.name,R.aliases)}" middleware ${R.relation}\
 "${R.toMiddleware}" middleware cannot be overridden by "${Kr(f,y)}" middleware ${h.relation} "${h.toMiddleware}" middleware.`);e.splice(I,1)}}for(let E of S)o.
add(E)}e.push(h)},clone:()=>a(dn()),use:u=>{u.applyToStack(d)},remove:u=>typeof u=="string"?s(u):i(u),removeByTag:u=>{let m=!1,f=g=>{let{tags:y,name:h,aliases:S}=g;
if(y&&y.includes(u)){let E=Io(h,S);for(let I of E)o.delete(I);return m=!0,!1}return!0};return t=t.filter(f),e=e.filter(f),m},concat:u=>{let m=a(dn());return m.use(
u),m.identifyOnResolve(r||m.identifyOnResolve()||(u.identifyOnResolve?.()??!1)),m},applyToStack:a,identify:()=>l(!0).map(u=>{let m=u.step??u.relation+" "+u.toMiddleware;
return Kr(u.name,u.aliases)+" - "+m}),identifyOnResolve(u){return typeof u=="boolean"&&(r=u),r},resolve:(u,m)=>{for(let f of l().map(g=>g.middleware).reverse())
u=f(u,m);return r&&console.log(d.identify()),u}};return d},Uy={initialize:5,serialize:4,build:3,finalizeRequest:2,deserialize:1},My={high:3,normal:2,low:1}});var Se,Fy=p(()=>{Bd();Se=class{config;middlewareStack=dn();initConfig;handlers;constructor(e){this.config=e;let{protocol:r,protocolSettings:o}=e;o&&typeof r=="f\
unction"&&(e.protocol=new r(o))}send(e,r,o){let n=typeof r!="function"?r:void 0,s=typeof r=="function"?r:o,i=n===void 0&&this.config.cacheMiddleware===!0,a;if(i){
this.handlers||(this.handlers=new WeakMap);let c=this.handlers;c.has(e.constructor)?a=c.get(e.constructor):(a=e.resolveMiddleware(this.middlewareStack,this.config,
n),c.set(e.constructor,a))}else delete this.handlers,a=e.resolveMiddleware(this.middlewareStack,this.config,n);if(s)a(e).then(c=>s(null,c.output),c=>s(c)).catch(
()=>{});else return a(e).then(c=>c.output)}destroy(){this.config?.requestHandler?.destroy?.(),delete this.handlers}}});var $r,zd=p(()=>{$r=t=>typeof t=="function"?t():t});var ca,Gd=p(()=>{ca=(t,e,r,o,n)=>({name:e,namespace:t,traits:r,input:o,output:n})});var Hy,jd,By=p(()=>{K();Gd();Hy=t=>(e,r)=>async o=>{let{response:n}=await e(o),{operationSchema:s}=Z(r),[,i,a,c,l,d]=s??[];try{let u=await t.protocol.deserializeResponse(
ca(i,a,c,l,d),{...t,...r},n);return{response:n,output:u}}catch(u){if(Object.defineProperty(u,"$response",{value:n,enumerable:!1,writable:!1,configurable:!1}),!("\
$metadata"in u)){let m="Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";try{u.message+=`
  `+m}catch{!r.logger||r.logger?.constructor?.name==="NoOpLogger"?console.warn(m):r.logger?.warn?.(m)}typeof u.$responseBodyText<"u"&&u.$response&&(u.$response.
body=u.$responseBodyText);try{if(Ge.isInstance(n)){let{headers:f={},statusCode:g}=n,y=Object.entries(f);u.$metadata={httpStatusCode:g,requestId:jd(/^x-[\w-]+-request-?id$/,
y),extendedRequestId:jd(/^x-[\w-]+-id-2$/,y),cfId:jd(/^x-[\w-]+-cf-id$/,y)}}}catch{}}throw u}},jd=(t,e)=>(e.find(([r])=>r.match(t))||[void 0,void 0])[1]});var zy,Gy=p(()=>{K();Gd();zy=t=>(e,r)=>async o=>{let{operationSchema:n}=Z(r),[,s,i,a,c,l]=n??[],d=r.endpointV2?async()=>Wr(r.endpointV2):t.endpoint,u=await t.protocol.
serializeRequest(ca(s,i,a,c,l),o.input,{...t,...r,endpoint:d});return e({...o,request:u})}});function Ct(t){return{applyToStack:e=>{e.add(zy(t),Vy),e.add(Hy(t),jy),t.protocol.setSerdeContext(t)}}}var jy,Vy,Wy=p(()=>{By();Gy();jy={name:"deserializerMiddl\
eware",step:"deserialize",tags:["DESERIALIZER"],override:!0},Vy={name:"serializerMiddleware",step:"serialize",tags:["SERIALIZER"],override:!0}});function Jr(t){if(typeof t=="object")return t;if(t=t|0,pa[t])return pa[t];let e={},r=0;for(let o of["httpLabel","idempotent","idempotencyToken","sensitive","htt\
pPayload","httpResponseCode","httpQueryParams"])(t>>r++&1)===1&&(e[o]=1);return pa[t]=e}var pa,Vd=p(()=>{pa=[]});function Rs(t,e){if(t instanceof L)return Object.assign(t,{memberName:e,_isMemberSchema:!0});let r=L;return new r(t,e)}var xs,la,da,L,Wd,qy,Ky=p(()=>{zd();Vd();
xs={it:Symbol.for("@smithy/nor-struct-it"),ns:Symbol.for("@smithy/ns")},la=[],da={},L=class t{ref;memberName;static symbol=Symbol.for("@smithy/nor");symbol=t.symbol;name;schema;_isMemberSchema;traits;memberTraits;normalizedTraits;constructor(e,r){
this.ref=e,this.memberName=r;let o=[],n=e,s=e;for(this._isMemberSchema=!1;Wd(n);)o.push(n[1]),n=n[0],s=$r(n),this._isMemberSchema=!0;if(o.length>0){this.memberTraits=
{};for(let i=o.length-1;i>=0;--i){let a=o[i];Object.assign(this.memberTraits,Jr(a))}}else this.memberTraits=0;if(s instanceof t){let i=this.memberTraits;Object.
assign(this,s),this.memberTraits=Object.assign({},i,s.getMemberTraits(),this.getMemberTraits()),this.normalizedTraits=void 0,this.memberName=r??s.memberName;return}
if(this.schema=$r(s),qy(this.schema)?(this.name=`${this.schema[1]}#${this.schema[2]}`,this.traits=this.schema[3]):(this.name=this.memberName??String(s),this.traits=
0),this._isMemberSchema&&!r)throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`)}static[Symbol.hasInstance](e){
let r=this.prototype.isPrototypeOf(e);return!r&&typeof e=="object"&&e!==null?e.symbol===this.symbol:r}static of(e){let r=typeof e=="function"||typeof e=="object"&&
e!==null;if(typeof e=="number"){if(la[e])return la[e]}else if(typeof e=="string"){if(da[e])return da[e]}else if(r&&e[xs.ns])return e[xs.ns];let o=$r(e);if(o instanceof
t)return o;if(Wd(o)){let[s,i]=o;if(s instanceof t)return Object.assign(s.getMergedTraits(),Jr(i)),s;throw new Error(`@smithy/core/schema - may not init unwrappe\
d member schema=${JSON.stringify(e,null,2)}.`)}let n=new t(o);return r?e[xs.ns]=n:typeof o=="string"?da[o]=n:typeof o=="number"?la[o]=n:n}getSchema(){let e=this.
schema;return Array.isArray(e)&&e[0]===0?e[4]:e}getName(e=!1){let{name:r}=this;return!e&&r&&r.includes("#")?r.split("#")[1]:r||void 0}getMemberName(){return this.
memberName}isMemberSchema(){return this._isMemberSchema}isListSchema(){let e=this.getSchema();return typeof e=="number"?e>=64&&e<128:e[0]===1}isMapSchema(){let e=this.
getSchema();return typeof e=="number"?e>=128&&e<=255:e[0]===2}isStructSchema(){let e=this.getSchema();if(typeof e!="object")return!1;let r=e[0];return r===3||r===
-3||r===4}isUnionSchema(){let e=this.getSchema();return typeof e!="object"?!1:e[0]===4}isBlobSchema(){let e=this.getSchema();return e===21||e===42}isTimestampSchema(){
let e=this.getSchema();return typeof e=="number"&&e>=4&&e<=7}isUnitSchema(){return this.getSchema()==="unit"}isDocumentSchema(){return this.getSchema()===15}isStringSchema(){
return this.getSchema()===0}isBooleanSchema(){return this.getSchema()===2}isNumericSchema(){return this.getSchema()===1}isBigIntegerSchema(){return this.getSchema()===
17}isBigDecimalSchema(){return this.getSchema()===19}isStreaming(){let{streaming:e}=this.getMergedTraits();return!!e||this.getSchema()===42}isIdempotencyToken(){
return!!this.getMergedTraits().idempotencyToken}getMergedTraits(){return this.normalizedTraits??(this.normalizedTraits={...this.getOwnTraits(),...this.getMemberTraits()})}getMemberTraits(){
return Jr(this.memberTraits)}getOwnTraits(){return Jr(this.traits)}getKeySchema(){let[e,r]=[this.isDocumentSchema(),this.isMapSchema()];if(!e&&!r)throw new Error(
`@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`);let o=this.getSchema(),n=e?15:o[4]??0;return Rs([n,0],"key")}getValueSchema(){let e=this.
getSchema(),[r,o,n]=[this.isDocumentSchema(),this.isMapSchema(),this.isListSchema()],s=typeof e=="number"?63&e:e&&typeof e=="object"&&(o||n)?e[3+e[0]]:r?15:void 0;
if(s!=null)return Rs([s,0],o?"value":"member");throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`)}getMemberSchema(e){let r=this.getSchema();
if(this.isStructSchema()&&r[4].includes(e)){let o=r[4].indexOf(e),n=r[5][o];return Rs(Wd(n)?n:[n,0],e)}if(this.isDocumentSchema())return Rs([15,0],e);throw new Error(
`@smithy/core/schema - ${this.getName(!0)} has no member=${e}.`)}getMemberSchemas(){let e={};try{for(let[r,o]of this.structIterator())e[r]=o}catch{}return e}getEventStreamMember(){
if(this.isStructSchema()){for(let[e,r]of this.structIterator())if(r.isStreaming()&&r.isStructSchema())return e}return""}*structIterator(){if(this.isUnitSchema())
return;if(!this.isStructSchema())throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");let e=this.getSchema(),r=e[4].length,o=e[xs.it];if(o&&
r===o.length){yield*o;return}o=Array(r);for(let n=0;n<r;++n){let s=e[4][n],i=Rs([e[5][n],0],s);yield o[n]=[s,i]}e[xs.it]=o}};Wd=t=>Array.isArray(t)&&t.length===
2,qy=t=>Array.isArray(t)&&t.length>=5});var X,Jy=p(()=>{X=class t{namespace;schemas;exceptions;static registries=new Map;constructor(e,r=new Map,o=new Map){this.namespace=e,this.schemas=r,this.exceptions=
o,t.registries.has(e)||t.registries.set(e,this)}static for(e){return t.registries.get(e)??new t(e)}copyFrom(e){let{schemas:r,exceptions:o}=this;for(let[n,s]of e.
schemas)r.has(n)||r.set(n,s);for(let[n,s]of e.exceptions)o.has(n)||o.set(n,s)}register(e,r){let o=this.normalizeShapeId(e);for(let n of[this,t.for(o.split("#")[0])])
n.schemas.has(o)||n.schemas.set(o,r)}getSchema(e){let r=this.normalizeShapeId(e);if(!this.schemas.has(r)){if(!e.includes("#")){let o="#"+e,n=[];for(let[s,i]of this.
schemas.entries())s.endsWith(o)&&n.push(i);if(n.length===1)return n[0]}throw new Error(`@smithy/core/schema - schema not found for ${r}`)}return this.schemas.get(
r)}registerError(e,r){let o=e,n=o[1],s=n+"#"+o[2];r.hasOwnProperty?.("shapeId")||(r.shapeId=s);for(let i of[this,t.for(n)])!i.schemas.has(s)&&!i.exceptions.has(
o)&&(i.schemas.set(s,o),i.exceptions.set(o,r))}getErrorCtor(e){let r=e;return this.exceptions.has(r)?this.exceptions.get(r):t.for(r[1]).exceptions.get(r)}getBaseException(){
for(let e of this.exceptions.keys())if(Array.isArray(e)){let[,r,o]=e,n=r+"#"+o;if(n.startsWith("smithy.ts.sdk.synthetic.")&&n.endsWith("ServiceException"))return e}}find(e){
for(let r of this.schemas.values())if(e(r))return r}clear(){this.schemas.clear(),this.exceptions.clear()}normalizeShapeId(e){return e.includes("#")?e:this.namespace+
"#"+e}}});var Y=p(()=>{zd();Wy();Ky();Vd();Jy()});function un(t,e){if(e==null)return e;let r=L.of(t);if(r.getMergedTraits().sensitive)return qd;if(r.isListSchema()){let o=r.getValueSchema();if(o.getMergedTraits().
sensitive)return qd;if(Array.isArray(e))return e.map(n=>un(o,n))}else if(r.isMapSchema()){let o=r.getValueSchema();if(r.getKeySchema().getMergedTraits().sensitive||
o.getMergedTraits().sensitive)return qd;if(typeof e=="object")return Object.fromEntries(Object.entries(e).map(([n,s])=>[n,un(o,s)]))}else if(r.isStructSchema()&&
typeof e=="object"){let o=e,n={};for(let[s,i]of r.structIterator())o[s]!=null&&(n[s]=un(i,o[s]));return n}return e}var qd,Xy=p(()=>{Y();qd="***SensitiveInformat\
ion***"});var Yy,rr,Kd,Jd=p(()=>{Ir();Bd();Xy();Y();Yy=Symbol.for("@smithy/op-event-stream"),rr=class{middlewareStack=dn();schema;static classBuilder(){return new Kd}resolveMiddlewareWithContext(e,r,o,{
middlewareFn:n,clientName:s,commandName:i,inputFilterSensitiveLog:a,outputFilterSensitiveLog:c,smithyContext:l,additionalContext:d,CommandCtor:u}){for(let w of n.
bind(this)(u,e,r,o))this.middlewareStack.use(w);let m=e.concat(this.middlewareStack),{logger:f}=r,g=d[mr],y={logger:f,clientName:s,commandName:i,inputFilterSensitiveLog:a,
outputFilterSensitiveLog:c,...d,[mr]:{...g,commandInstance:this,...l,...o?.metricsRecorder===void 0?{}:{metricsRecorder:o.metricsRecorder},...o?.abortSignal===void 0?
{}:{abortSignal:o.abortSignal}}},{requestHandler:h}=r,S=o??{};S.metricsRecorder&&(S={...S},delete S.metricsRecorder);let E,I=this.schema,R=I?.[Yy];if(R!==void 0)
E=R;else if(I&&Array.isArray(I)&&I[0]===9){let[,,,,w,$]=I;E=I[Yy]=!!(L.of(w).getEventStreamMember()||L.of($).getEventStreamMember())}return E&&(S={isEventStream:E,
...S}),m.resolve(w=>h.handle(w.request,S),y)}},Kd=class{_init=()=>{};_ep={};_middlewareFn=()=>[];_commandName="";_clientName="";_additionalContext={};_smithyContext={};_inputFilterSensitiveLog=void 0;_outputFilterSensitiveLog=void 0;_serializer=null;_deserializer=null;_operationSchema;init(e){
this._init=e}ep(e){return this._ep=e,this}m(e){return this._middlewareFn=e,this}s(e,r,o={}){return this._smithyContext={service:e,operation:r,...o},this}c(e={}){
return this._additionalContext=e,this}n(e,r){return this._clientName=e,this._commandName=r,this}f(e=o=>o,r=o=>o){return this._inputFilterSensitiveLog=e,this._outputFilterSensitiveLog=
r,this}ser(e){return this._serializer=e,this}de(e){return this._deserializer=e,this}sc(e){return this._operationSchema=e,this._smithyContext.operationSchema=e,this}build(){
let e=this,r;return r=class extends rr{input;static getEndpointParameterInstructions(){return e._ep}constructor(...[o]){super(),this.input=o??{},e._init(this),this.
schema=e._operationSchema}resolveMiddleware(o,n,s){let i=e._operationSchema,a=i?.[4]??i?.input,c=i?.[5]??i?.output;return this.resolveMiddlewareWithContext(o,n,
s,{CommandCtor:r,middlewareFn:e._middlewareFn,clientName:e._clientName,commandName:e._commandName,inputFilterSensitiveLog:e._inputFilterSensitiveLog??(i?un.bind(
null,a):l=>l),outputFilterSensitiveLog:e._outputFilterSensitiveLog??(i?un.bind(null,c):l=>l),smithyContext:e._smithyContext,additionalContext:e._additionalContext})}serialize=e.
_serializer;deserialize=e._deserializer}}}});var Lr,Qy=p(()=>{Lr=(t,e,r)=>{for(let[s,i]of Object.entries(t)){let a=async function(l,d,u){let m=new i(l);if(typeof d=="function")this.send(m,d);else if(typeof u==
"function"){if(typeof d!="object")throw new Error(`Expected http options but got ${typeof d}`);this.send(m,d||{},u)}else return this.send(m,d)},c=(s[0].toLowerCase()+
s.slice(1)).replace(/Command$/,"");e.prototype[c]=a}let{paginators:o={},waiters:n={}}=r??{};for(let[s,i]of Object.entries(o))e.prototype[s]===void 0&&(e.prototype[s]=
function(a={},c,...l){return i({...c,client:this},a,...l)});for(let[s,i]of Object.entries(n))e.prototype[s]===void 0&&(e.prototype[s]=async function(a={},c,...l){
let d=c;return typeof c=="number"&&(d={maxWaitTime:c}),i({...d,client:this},a,...l)})}});var qe,ua,Zy=p(()=>{qe=class t extends Error{static shapeId="smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";$fault;$response;$retryable;$metadata;constructor(e){
super(e.message),Object.setPrototypeOf(this,Object.getPrototypeOf(this).constructor.prototype),this.name=e.name,this.$fault=e.$fault,this.$metadata=e.$metadata}static isInstance(e){
if(!e)return!1;let r=e;return t.prototype.isPrototypeOf(r)||!!r.$fault&&!!r.$metadata&&(r.$fault==="client"||r.$fault==="server")}static[Symbol.hasInstance](e){
if(!e)return!1;let r=e;if(this===t)return t.isInstance(e);if(t.isInstance(e)){if(this.prototype.isPrototypeOf(e))return!0;let o=Object.prototype.hasOwnProperty.
call(this,"shapeId")?this.shapeId:void 0,n=!1;if(o){let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor,c=a!==t&&Object.prototype.
hasOwnProperty.call(a,"shapeId")?a?.shapeId:void 0;if(c&&(n=!0,c===o))return!0;i=Object.getPrototypeOf(i)}}if(o&&n)return!1;let s=this.name;if(s&&s.length>=6){if(r.
name===s)return!0;let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor?.name;if(a&&a!=="Error"&&a===s)return!0;i=Object.getPrototypeOf(
i)}}}return!1}},ua=(t,e={})=>{Object.entries(e).filter(([,o])=>o!==void 0).forEach(([o,n])=>{(t[o]==null||t[o]==="")&&(t[o]=n)});let r=t.message||t.Message||"Un\
knownError";return t.message=r,delete t.Message,t}});var vt,eS=p(()=>{vt=t=>{switch(t){case"standard":return{retryMode:"standard",connectionTimeout:3100};case"in-region":return{retryMode:"standard",connectionTimeout:1100};case"\
cross-region":return{retryMode:"standard",connectionTimeout:3100};case"mobile":return{retryMode:"standard",connectionTimeout:3e4};default:return{}}}});var tS,bt,rS=p(()=>{tS=!1,bt=t=>{t&&!tS&&parseInt(t.substring(1,t.indexOf(".")))<16&&(tS=!0)}});var oS,nS,sS,iS=p(()=>{K();Ir();oS=Object.values(Dr),nS=t=>{let e=[];for(let r in Dr){if(!A(Dr,r))continue;let o=Dr[r];t[o]!==void 0&&e.push({algorithmId:()=>o,
checksumConstructor:()=>t[o]})}for(let[r,o]of Object.entries(t.checksumAlgorithms??{}))e.push({algorithmId:()=>r,checksumConstructor:()=>o});return{addChecksumAlgorithm(r){
t.checksumAlgorithms=t.checksumAlgorithms??{};let o=r.algorithmId(),n=r.checksumConstructor();oS.includes(o)?t.checksumAlgorithms[o.toUpperCase()]=n:t.checksumAlgorithms[o]=
n,e.push(r)},checksumAlgorithms(){return e}}},sS=t=>{let e={};return t.checksumAlgorithms().forEach(r=>{let o=r.algorithmId();oS.includes(o)&&(e[o]=r.checksumConstructor())}),
e}});var aS,cS,pS=p(()=>{aS=t=>({setRetryStrategy(e){t.retryStrategy=e},retryStrategy(){return t.retryStrategy}}),cS=t=>{let e={};return e.retryStrategy=t.retryStrategy(),
e}});var Pt,Ot,lS=p(()=>{iS();pS();Pt=t=>Object.assign(nS(t),aS(t)),Ot=t=>Object.assign(sS(t),cS(t))});var ma,dS=p(()=>{K();ma=t=>{let e="#text";for(let r in t)A(t,r)&&(t[r][e]!==void 0?t[r]=t[r][e]:typeof t[r]=="object"&&t[r]!==null&&(t[r]=ma(t[r])));return t}});var ge,uS=p(()=>{ge=class{trace(){}debug(){}info(){}warn(){}error(){}}});function Nt(t,e,r,o){return function(s,i,a,c,l={}){let d=Object.assign({},t,s);return rr.classBuilder().ep(d).m(function(u,m,f,g){let y=i.call(this,u,m,f,g);return y.
unshift(o(f,u.getEndpointParameterInstructions())),y}).s(e,a,l).n(r,a.charAt(0).toUpperCase()+a.slice(1)+"Command").sc(c).build()}}var mS=p(()=>{Jd()});var C=p(()=>{K();K();Fy();Jd();Qy();eS();rS();Zy();lS();dS();uS();mS()});var fS,Xd,Yd,gS,hS,yS,SS,ES,xS,Qd=p(()=>{fS="AWS_EXECUTION_ENV",Xd="AWS_REGION",Yd="AWS_DEFAULT_REGION",gS="AWS_EC2_METADATA_DISABLED",hS=["in-region","cross-re\
gion","mobile","standard","legacy"],yS="/latest/meta-data/placement/region",SS="/latest/api/token",ES="x-aws-ec2-metadata-token",xS="x-aws-ec2-metadata-token-tt\
l-seconds"});var RS,kN,TS,fa,_S,$N,wS,Zd=p(()=>{Qd();RS=1e3,kN=6e4,TS=0,fa=async()=>{if(!process.env[gS]&&!(Date.now()<TS))try{let t=$N(),e=(await wS({...t,path:SS,method:"P\
UT",headers:{[xS]:"21600"}})).toString();return(await wS({...t,path:yS,method:"GET",headers:{[ES]:e}})).toString().trim()||_S()}catch{return _S()}},_S=()=>{TS=Date.
now()+kN},$N=()=>{let t=process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;if(t){let e=new URL(t);return{hostname:e.hostname.replace(/^\[(.+)]$/,"$1"),port:e.port?Number(
e.port):void 0}}return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE==="IPv6"?{hostname:"fd00:ec2::254"}:{hostname:"169.254.169.254"}},wS=async t=>{let{request:e}=await import("node:http");
return new Promise((r,o)=>{let n=e({hostname:t.hostname,port:t.port,path:t.path,method:t.method,headers:t.headers,timeout:RS,signal:AbortSignal.timeout(RS)});n.
on("error",s=>{o(s),n.destroy()}),n.on("timeout",()=>{o(new Error("TimeoutError from instance metadata service")),n.destroy()}),n.on("response",s=>{let{statusCode:i=400}=s;
if(i<200||i>=300){o(Object.assign(new Error("Error response received from instance metadata service"),{statusCode:i})),n.destroy();return}let a=[];s.on("data",c=>a.
push(c)),s.on("end",()=>{r(Buffer.concat(a)),n.destroy()})}),n.end()})}});var IS,AS,Re,Ke,eu=p(()=>{Zd();IS="AWS_REGION",AS="region",Re={environmentVariableSelector:t=>t[IS],configFileSelector:t=>t[AS],default:async()=>{let t=await fa();
if(t)return t;throw new Error("Region is missing")}},Ke={preferredFile:"credentials"}});var CS,vS,bS=p(()=>{K();CS=new Set,vS=(t,e=Ar)=>{if(!CS.has(t)&&!e(t))if(t==="*")console.warn('@smithy/config-resolver WARN - Please use the caller region inste\
ad of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.');else throw new Error(`Region not accepted: region="${t}\
" is not a valid hostname component.`);else CS.add(t)}});var ga,tu=p(()=>{ga=t=>typeof t=="string"&&(t.startsWith("fips-")||t.endsWith("-fips"))});var PS,OS=p(()=>{tu();PS=t=>ga(t)?["fips-aws-global","aws-fips"].includes(t)?"us-east-1":t.replace(/fips-(dkr-|prod-)?|-fips/,""):t});var Dt,NS=p(()=>{bS();OS();tu();Dt=t=>{let{region:e,useFipsEndpoint:r}=t;if(!e)throw new Error("Region is missing");return Object.assign(t,{region:async()=>{let o=typeof e==
"function"?await e():e,n=PS(o);return vS(n),n},useFipsEndpoint:async()=>{let o=typeof e=="string"?e:await e();return ga(o)?!0:typeof r!="function"?Promise.resolve(
!!r):r()}})}});var LN,UN,DS,kS=p(()=>{LN="AWS_DEFAULTS_MODE",UN="defaults_mode",DS={environmentVariableSelector:t=>t[LN],configFileSelector:t=>t[UN],default:"legacy"}});var kt,MN,FN,$S=p(()=>{eu();Zd();Hd();bd();Qd();kS();kt=({region:t=T(Re),defaultsMode:e=T(DS)}={})=>ea(async()=>{let r=typeof e=="function"?await e():e;switch(r?.
toLowerCase()){case"auto":return MN(t);case"in-region":case"cross-region":case"mobile":case"standard":case"legacy":return Promise.resolve(r?.toLocaleLowerCase());case void 0:
return Promise.resolve("legacy");default:throw new Error(`Invalid parameter for "defaultsMode", expect ${hS.join(", ")}, got ${r}`)}}),MN=async t=>{if(t){let e=typeof t==
"function"?await t():t,r=await FN();return r?e===r?"in-region":"cross-region":"standard"}return"standard"},FN=async()=>process.env[fS]&&(process.env[Xd]||process.
env[Yd])?process.env[Xd]??process.env[Yd]:fa()});var k=p(()=>{ls();Zi();ty();vd();ta();ra();Od();Nd();Dd();xy();wy();Ty();Hd();Dy();Ly();eu();NS();$S()});var LS,US,MS,FS=p(()=>{LS="AWS_ENDPOINT_URL",US="endpoint_url",MS=t=>({environmentVariableSelector:e=>{let r=t.split(" ").map(s=>s.toUpperCase()),o=e[[LS,...r].
join("_")];if(o)return o;let n=e[LS];if(n)return n},configFileSelector:(e,r)=>{if(e.services){let n=["services",e.services].join(".");if(!r||!r[n])throw new Error(
`The services section "${e.services}" specified in the profile is not present in the shared configuration file.`);let s=r[n],i=t.split(" ").map(c=>c.toLowerCase()),
a=s[[i.join("_"),US].join(".")];if(a)return a}let o=e[US];if(o)return o},default:void 0})});var HN,BN,HS,BS=p(()=>{k();HN="AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",BN="ignore_configured_endpoint_urls",HS={environmentVariableSelector:t=>Tt(t,HN,Ve.ENV),configFileSelector:t=>Tt(
t,BN,Ve.CONFIG),default:!1}});var _s,zS=p(()=>{k();FS();BS();_s=async t=>{if(!await T(HS)())return T(MS(t??""))()}});var ru,zN,GN,jN,GS,jS,VS=p(()=>{ru=async t=>{let e=t?.Bucket||"";if(typeof t.Bucket=="string"&&(t.Bucket=e.replace(/#/g,encodeURIComponent("#")).replace(/\?/g,encodeURIComponent(
"?"))),jS(e)){if(t.ForcePathStyle===!0)throw new Error("Path-style addressing cannot be used with ARN buckets")}else(!GS(e)||e.indexOf(".")!==-1&&!String(t.Endpoint).
startsWith("http:")||e.toLowerCase()!==e||e.length<3)&&(t.ForcePathStyle=!0);return t.DisableMultiRegionAccessPoints&&(t.disableMultiRegionAccessPoints=!0,t.DisableMRAP=
!0),t},zN=/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,GN=/(\d+\.){3}\d+/,jN=/\.\./,GS=t=>zN.test(t)&&!GN.test(t)&&!jN.test(t),jS=t=>{let[e,r,o,,,n]=t.split(":"),s=e===
"arn"&&t.split(":").length>=6,i=!!(s&&r&&o&&n);if(s&&!i)throw new Error(`Invalid ARN: ${t} was an invalid ARN.`);return i}});var WS=p(()=>{VS()});var qS,KS=p(()=>{qS=(t,e,r,o=!1)=>{let n=async()=>{let s;return o?s=r.clientContextParams?.[t]??r[t]??r[e]:s=r[t]??r[e],typeof s=="function"?s():s};return t==="\
credentialScope"||e==="CredentialScope"?async()=>{let s=typeof r.credentials=="function"?await r.credentials():r.credentials;return s?.credentialScope??s?.CredentialScope}:
t==="accountId"||e==="AccountId"?async()=>{let s=typeof r.credentials=="function"?await r.credentials():r.credentials;return s?.accountId??s?.AccountId}:t==="en\
dpoint"||e==="endpoint"?async()=>{if(r.isCustomEndpoint===!1)return;let s=await n();if(s&&typeof s=="object"){if("url"in s)return s.url.href;if("hostname"in s){
let{protocol:i,hostname:a,port:c,path:l}=s;return`${i}//${a}${c?":"+c:""}${l}`}}return s}:n}});var ou=p(()=>{K()});function ha(t){return async(e,r,o,n)=>{if(!o.isCustomEndpoint&&!o.ignoreConfiguredEndpointUrls){let a;o.serviceConfiguredEndpoint?a=await o.serviceConfiguredEndpoint():
a=await t(o.serviceId),a&&(o.endpoint=()=>Promise.resolve(Wr(a)),o.isCustomEndpoint=!0,n?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from confi\
g: ${a}`))}let s=await mn(e,r,o);if(typeof o.endpointProvider!="function")throw new Error("config.endpointProvider is not set.");let i=o.endpointProvider(s,n);if(o.
isCustomEndpoint&&o.endpoint){let a=await o.endpoint();if(a?.headers){i.headers??={};for(let[c,l]of Object.entries(a.headers))i.headers[c]=Array.isArray(l)?l:[l]}}
return i}}var mn,ya=p(()=>{WS();KS();ou();mn=async(t,e,r)=>{let o={},n=e?.getEndpointParameterInstructions?.()||{};for(let[s,i]of Object.entries(n))switch(i.type){case"\
staticContextParams":o[s]=i.value;break;case"contextParams":o[s]=t[i.name];break;case"clientContextParams":case"builtInParams":o[s]=await qS(i.name,s,r,i.type!==
"builtInParams")();break;case"operationContextParams":o[s]=i.get(t);break;default:throw new Error("Unrecognized endpoint parameter instruction: "+JSON.stringify(
i))}return Object.keys(n).length===0&&Object.assign(o,r),String(r.serviceId).toLowerCase()==="s3"&&await ru(o),o}});function VN(t,e,r){t.__smithy_context?t.__smithy_context.features||(t.__smithy_context.features={}):t.__smithy_context={features:{}},t.__smithy_context.features[e]=
r}function Sa(t){let e=ha(t);return({config:r,instructions:o})=>(n,s)=>async i=>{r.isCustomEndpoint&&VN(s,"ENDPOINT_OVERRIDE","N");let a=await e(i.input,{getEndpointParameterInstructions(){
return o}},{...r},s);s.endpointV2=a,s.authSchemes=a.properties?.authSchemes;let c=s.authSchemes?.[0];if(c){s.signing_region=c.signingRegion,s.signing_service=c.
signingName;let d=Z(s)?.selectedHttpAuthScheme?.httpAuthOption;d&&(d.signingProperties=Object.assign(d.signingProperties||{},{signing_region:c.signingRegion,signingRegion:c.
signingRegion,signing_service:c.signingName,signingName:c.signingName,signingRegionSet:c.signingRegionSet},c.properties))}return n({...i})}}var nu=p(()=>{K();ya()});function JS(t){let e=Sa(t);return(r,o)=>({applyToStack:n=>{n.addRelativeTo(e({config:r,instructions:o}),qN)}})}var WN,qN,XS=p(()=>{nu();WN={name:"serializerMidd\
leware",step:"serialize",tags:["SERIALIZER"],override:!0},qN={step:"serialize",tags:["ENDPOINT_PARAMETERS","ENDPOINT_V2","ENDPOINT"],name:"endpointV2Middleware",
override:!0,relation:"before",toMiddleware:WN.name}});function YS(t){return e=>{let r=e.tls??!0,{endpoint:o,useDualstackEndpoint:n,useFipsEndpoint:s}=e,i=o!=null?async()=>Wr(await q(o)()):void 0,c=Object.assign(e,{
endpoint:i,tls:r,isCustomEndpoint:!!o,useDualstackEndpoint:q(n??!1),useFipsEndpoint:q(s??!1),ignoreConfiguredEndpointUrls:!!e.ignoreConfiguredEndpointUrls}),l;return c.
serviceConfiguredEndpoint=async()=>(e.serviceId&&!l&&(l=t(e.serviceId)),l),c}}var QS=p(()=>{K();ou()});var Je,ZS=p(()=>{Je=class t{nodes;root;conditions;results;constructor(e,r,o,n){this.nodes=e,this.root=r,this.conditions=o,this.results=n}static from(e,r,o,n){return new t(
e,r,o,n)}}});var Xe,eE=p(()=>{Xe=class{capacity;data=new Map;parameters=[];constructor({size:e,params:r}){this.capacity=e??50,r&&(this.parameters=r)}get(e,r){let o=this.hash(
e);if(o===!1)return r();if(!this.data.has(o)){if(this.data.size>this.capacity+10){let n=this.data.keys(),s=0;for(;;){let{value:i,done:a}=n.next();if(this.data.delete(
i),a||++s>10)break}}this.data.set(o,r())}return this.data.get(o)}size(){return this.data.size}hash(e){let r="",{parameters:o}=this;if(o.length===0)return!1;for(let n of o){
let s=e[n],i=s==null?"\0":String(s);if(i.includes("|;"))return!1;r+=i+"|;"}return r}}});var ie,tE=p(()=>{ie=class extends Error{constructor(e){super(e),this.name="EndpointError"}}});var Ur=p(()=>{tE()});var su,rE=p(()=>{su="endpoints"});function fn(t){return typeof t!="object"||t==null?t:"ref"in t?`$${fn(t.ref)}`:"fn"in t?`${t.fn}(${(t.argv||[]).map(fn).join(", ")})`:JSON.stringify(t,null,2)}var oE=p(
()=>{});var nE=p(()=>{rE();oE()});var _e,iu=p(()=>{_e={}});var au,sE=p(()=>{au=(t,e)=>t===e});function cu(...t){for(let e of t)if(e!=null)return e}var iE=p(()=>{});var aE,cE=p(()=>{Ur();aE=t=>{let e=t.split("."),r=[];for(let o of e){let n=o.indexOf("[");if(n!==-1){if(o.indexOf("]")!==o.length-1)throw new ie(`Path: '${t}' d\
oes not end with ']'`);let s=o.slice(n+1,-1);if(Number.isNaN(parseInt(s)))throw new ie(`Invalid array index: '${s}' in path: '${t}'`);n!==0&&r.push(o.slice(0,n)),
r.push(s)}else r.push(o)}return r}});var ws,pE=p(()=>{Ur();cE();ws=(t,e)=>aE(e).reduce((r,o)=>{if(typeof r!="object")throw new ie(`Index '${o}' in '${e}' not found in '${JSON.stringify(t)}'`);if(Array.
isArray(r)){let n=parseInt(o);return r[n<0?r.length+n:n]}return r[o]},t)});var pu,lE=p(()=>{pu=t=>t!=null});function lu(t,e,r){return t?e:r}var dE=p(()=>{});var du,uE=p(()=>{du=t=>!t});var KN,gn,uu=p(()=>{KN=new RegExp("^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$"),gn=t=>KN.test(t)||t.startsWith(
"[")&&t.endsWith("]")});var mu,fu,mE=p(()=>{Ir();uu();mu={[Ro.HTTP]:80,[Ro.HTTPS]:443},fu=t=>{let e=(()=>{try{if(t instanceof URL)return t;if(typeof t=="object"&&"hostname"in t){let{hostname:m,
port:f,protocol:g="",path:y="",query:h={}}=t,S=new URL(`${g}//${m}${f?`:${f}`:""}${y}`);return S.search=Object.entries(h).map(([E,I])=>`${E}=${I}`).join("&"),S}
return new URL(t)}catch{return null}})();if(!e)return console.error(`Unable to parse ${JSON.stringify(t)} as a whatwg URL.`),null;let r=e.href,{host:o,hostname:n,
pathname:s,protocol:i,search:a}=e;if(a)return null;let c=i.slice(0,-1);if(!Object.values(Ro).includes(c))return null;let l=gn(n),d=r.includes(`${o}:${mu[c]}`)||
typeof t=="string"&&t.includes(`${o}:${mu[c]}`),u=`${o}${d?`:${mu[c]}`:""}`;return{scheme:c,authority:u,path:s,normalizedPath:s.endsWith("/")?s:`${s}/`,isIp:l}}});function gu(t,e,r){if(r===1)return[t];if(t==="")return[""];let o=t.split(e);return r===0?o:o.slice(0,r-1).concat(o.slice(1).join(e))}var fE=p(()=>{});var hu,gE=p(()=>{hu=(t,e)=>t===e});var yu,hE=p(()=>{yu=(t,e,r,o)=>t==null||e>=r||t.length<r||/[^\u0000-\u007f]/.test(t)?null:o?t.substring(t.length-r,t.length-e):t.substring(e,r)});var Su,yE=p(()=>{Su=t=>encodeURIComponent(t).replace(/[!*'()]/g,e=>`%${e.charCodeAt(0).toString(16).toUpperCase()}`)});var Eu=p(()=>{sE();iE();pE();lE();K();dE();uE();mE();fE();gE();hE();yE()});var SE,EE=p(()=>{Eu();SE={booleanEquals:au,coalesce:cu,getAttr:ws,isSet:pu,isValidHostLabel:Ar,ite:lu,not:du,parseURL:fu,split:gu,stringEquals:hu,substring:yu,uriEncode:Su}});var Ea,xu=p(()=>{Eu();Ea=(t,e)=>{let r=[],{referenceRecord:o,endpointParams:n}=e,s=0;for(;s<t.length;){let i=t.indexOf("{",s);if(i===-1){r.push(t.slice(s));break}
r.push(t.slice(s,i));let a=t.indexOf("}",i);if(a===-1){r.push(t.slice(i));break}t[i+1]==="{"&&t[a+1]==="}"&&(r.push(t.slice(i+1,a)),s=a+2);let c=t.substring(i+1,
a);if(c.includes("#")){let[l,d]=c.split("#");r.push(ws(o[l]??n[l],d))}else r.push(o[c]??n[c]);s=a+1}return r.join("")}});var xE,RE=p(()=>{xE=({ref:t},e)=>e.referenceRecord[t]??e.endpointParams[t]});var Ao,xa,_E,Ts=p(()=>{Ur();iu();EE();xu();RE();Ao=(t,e,r)=>{if(typeof t=="string")return Ea(t,r);if(t.fn)return _E.callFunction(t,r);if(t.ref)return xE(t,r);throw new ie(
`'${e}': ${String(t)} is not a string, function or reference.`)},xa=({fn:t,argv:e},r)=>{let o=Array(e.length);for(let i=0;i<o.length;++i){let a=e[i];typeof a=="\
boolean"||typeof a=="number"?o[i]=a:o[i]=_E.evaluateExpression(a,"arg",r)}let n=t.indexOf(".");if(n!==-1){let a=_e[t.slice(0,n)]?.[t.slice(n+1)];if(typeof a=="f\
unction")return a(...o)}let s=SE[t];if(typeof s=="function")return s(...o);throw new Error(`function ${t} not loaded in endpointFunctions.`)},_E={evaluateExpression:Ao,
callFunction:xa}});var wE=p(()=>{Ts()});var TE,IE=p(()=>{nE();Ur();wE();TE=(t,e)=>{let{assign:r}=t;if(r&&r in e.referenceRecord)throw new ie(`'${r}' is already defined in Reference Record.`);let o=xa(
t,e);e.logger?.debug?.(`${su} evaluateCondition: ${fn(t)} = ${fn(o)}`);let n=o===""?!0:!!o;return r!=null?{result:n,toAssign:{name:r,value:o}}:{result:n}}});var AE,CE=p(()=>{Ur();Ts();AE=(t,e)=>Object.entries(t??{}).reduce((r,[o,n])=>(r[o]=n.map(s=>{let i=Ao(s,"Header value entry",e);if(typeof i!="string")throw new ie(
`Header '${o}' value '${i}' is not a string`);return i}),r),{})});var Ru,vE,bE,PE=p(()=>{Ur();xu();Ru=(t,e)=>Object.entries(t).reduce((r,[o,n])=>(r[o]=bE.getEndpointProperty(n,e),r),{}),vE=(t,e)=>{if(Array.isArray(t))return t.
map(r=>vE(r,e));switch(typeof t){case"string":return Ea(t,e);case"object":if(t===null)throw new ie(`Unexpected endpoint property: ${t}`);return bE.getEndpointProperties(
t,e);case"boolean":return t;default:throw new ie(`Unexpected endpoint property type: ${typeof t}`)}},bE={getEndpointProperty:vE,getEndpointProperties:Ru}});var OE,NE=p(()=>{Ur();Ts();OE=(t,e)=>{let r=Ao(t,"Endpoint URL",e);if(typeof r=="string")try{return new URL(r)}catch(o){throw console.error(`Failed to construct\
 URL with ${r}`,o),o}throw new ie(`Endpoint URL must be a string, got ${typeof r}`)}});var _u,$t,DE=p(()=>{Ur();IE();Ts();CE();PE();NE();_u=1e8,$t=(t,e)=>{let{nodes:r,root:o,results:n,conditions:s}=t,i=o,a={},c={referenceRecord:a,endpointParams:e.
endpointParams,logger:e.logger};for(;i!==1&&i!==-1&&i<_u;){let l=3*(Math.abs(i)-1),[d,u,m]=[r[l],r[l+1],r[l+2]],[f,g,y]=s[d],h=TE({fn:f,assign:y,argv:g},c);if(h.
toAssign){let{name:S,value:E}=h.toAssign;a[S]=E}i=i>=0===h.result?u:m}if(i>=_u){let l=n[i-_u];if(l[0]===-1){let[,f]=l;throw new ie(Ao(f,"Error",c))}let[d,u,m]=l;
return{url:OE(d,c),properties:Ru(u,c),headers:AE(m??{},c)}}throw new ie("No matching endpoint.")}});var ZW,or,e6,nr,J=p(()=>{zS();ya();nu();XS();QS();ZS();eE();DE();uu();K();iu();ya();ZW=ha(_s),or=YS(_s),e6=Sa(_s),nr=JS(_s)});var Is,Ra,_a=p(()=>{Is=t=>typeof ReadableStream=="function"&&(t?.constructor?.name===ReadableStream.name||t instanceof ReadableStream),Ra=t=>typeof Blob=="funct\
ion"&&(t?.constructor?.name===Blob.name||t instanceof Blob)});var kE,$E=p(()=>{kE=t=>new TextEncoder().encode(t)});var LE,d6,UE,wa,wu,ME,FE=p(()=>{LE="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",d6=Object.entries(LE).reduce((t,[e,r])=>(t[r]=Number(e),t),
{}),UE=LE.split(""),wa=6,wu=8,ME=63});function HE(t){let e;typeof t=="string"?e=kE(t):e=t;let r=typeof e=="object"&&typeof e.length=="number",o=typeof e=="object"&&typeof e.byteOffset=="number"&&typeof e.
byteLength=="number";if(!r&&!o)throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");let n="";for(let s=0;s<e.length;s+=
3){let i=0,a=0;for(let l=s,d=Math.min(s+3,e.length);l<d;l++)i|=e[l]<<(d-l-1)*wu,a+=wu;let c=Math.ceil(a/wa);i<<=c*wa-a;for(let l=1;l<=c;l++){let d=(c-l)*wa;n+=UE[(i&
ME<<d)>>d]}n+="==".slice(0,4-c)}return n}var BE=p(()=>{$E();FE()});var zE,GE=p(()=>{zE=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@smi\
thy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return new TextDecoder("utf-8").decode(t)}});async function Tu(t){return t.arrayBuffer().then(e=>new Uint8Array(e))}async function Iu(t){let e=[],r=t.getReader(),o=0;for(;;){let{done:n,value:s}=await r.read();
if(s&&(e.push(s),o+=s.length),n)break}return Qi(e,o)}var jE,Au=p(()=>{Cd();_a();jE=async t=>Ra(t)?Tu(t):Iu(t)});var VE,qE,WE,KE=p(()=>{BE();Ad();GE();Au();_a();VE="The stream has already been transformed.",qE=t=>{if(!WE(t)&&!Is(t)){let n=t?.__proto__?.constructor?.name||t;
throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${n}`)}let e=!1,r=async()=>{if(e)throw new Error(VE);return e=!0,await jE(
t)},o=n=>{if(typeof n.stream!="function")throw new Error(`Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.
If you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body`);return n.stream()};return Object.
assign(t,{transformToByteArray:r,transformToString:async n=>{let s=await r();if(n==="base64")return HE(s);if(n==="hex")return oe(s);if(n===void 0||n==="utf8"||n===
"utf-8")return zE(s);if(typeof TextDecoder=="function")return new TextDecoder(n).decode(s);throw new Error("TextDecoder is not available, please make sure polyf\
ill is provided.")},transformToWebStream:()=>{if(e)throw new Error(VE);if(e=!0,WE(t))return o(t);if(Is(t))return t;throw new Error(`Cannot transform payload to \
web stream, got ${t}`)}})},WE=t=>typeof Blob=="function"&&t instanceof Blob});var JE,$e,Cu,vu=p(()=>{JE=require("node:stream");Cd();Au();_a();$e=t=>Ra(t)?Tu(t):Is(t)?Iu(t):new Promise((e,r)=>{let o=new Cu,n=t;n.pipe(o),n.on("error",s=>{o.
end(),r(s)}),o.on("error",r),o.on("finish",function(){let s=Qi(this.bufferedBytes);e(s)})}),Cu=class extends JE.Writable{bufferedBytes=[];_write(e,r,o){this.bufferedBytes.
push(e),o()}}});var Ta,XE,As,YE=p(()=>{Ta=require("node:stream");an();KE();vu();XE="The stream has already been transformed.",As=t=>{if(!(t instanceof Ta.Readable))try{return qE(
t)}catch{let n=t?.__proto__?.constructor?.name||t;throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${n}`)}let e=!1,r=async()=>{
if(e)throw new Error(XE);return e=!0,await $e(t)};return Object.assign(t,{transformToByteArray:r,transformToString:async o=>{let n=await r();return o===void 0||
Buffer.isEncoding(o)?sn(n.buffer,n.byteOffset,n.byteLength).toString(o):new TextDecoder(o).decode(n)},transformToWebStream:()=>{if(e)throw new Error(XE);if(t.readableFlowing!==
null)throw new Error("The stream has been consumed by other callbacks.");if(typeof Ta.Readable.toWeb!="function")throw new Error("Readable.toWeb() is not suppor\
ted. Please ensure a polyfill is available.");return e=!0,Ta.Readable.toWeb(t)}})}});function Mr(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var QE=p(()=>{});var ZE,hn,JN,bu,yn,P=p(()=>{ZE=require("node:crypto");mh();fh();hh();Ji();yh();Eh();zh();Gh();jh();qh();Kh();Jh();Yh();Ad();Zh();ey();ad();YE();vu();K();QE();hn=
class extends gh(Q,te,pe,me){},JN=ZE.getRandomValues,bu=Sh(JN),yn=bu});var Le,Sn=p(()=>{P();Le=async(t=new Uint8Array,e)=>{if(t instanceof Uint8Array)return hn.mutate(t);if(!t)return hn.mutate(new Uint8Array);let r=e.streamCollector(
t);return hn.mutate(await r)}});function Co(t){return/^[\w.~-]+$/.test(t)?t:encodeURIComponent(t).replace(/[!'()*]/g,function(e){return"%"+e.charCodeAt(0).toString(16).toUpperCase()})}var Pu=p(
()=>{});var tx,we,XN,YN,QN,ZN,Ia,ex,vo=p(()=>{Y();P();tx=Symbol.for("@smithy/schema-x"),we=class t extends L{static identity=Symbol.for("@smithy/HttpBindingNormalizedSc\
hema");identity=t.identity;bindings;constructor(e){super(e)}static of(e){let r=L.of(e);if(r.identity===t.identity)return r;let o=r.isMemberSchema()?r:r.getSchema(),
n=typeof o=="object"&&o!==null?o:r;return n[tx]??=new t(r)}getHttpBindingLocation(e){return e.httpPayload?36:e.httpLabel?33:e.httpHeader?38:typeof e.httpPrefixHeaders==
"string"?39:e.httpQuery?34:e.httpQueryParams?35:e.httpResponseCode?37:32}getHttpBindingValue(e,r,o=!1){let n=this.getSchema(),s=typeof n=="number"?n&255:this.isListSchema()?
64:255,i=e&7,a=r.mediaType?r.mediaType==="application/json"||r.mediaType.endsWith("+json")?2:1:0,c=r.streaming||s===42?this.isStructSchema()?2:1:0,l=s>=4&&s<=7?
i>=6?2:i>0&&i<4?1:0:0,d=s|a<<8|(r.idempotencyToken?1:0)<<10|c<<11|(r.sparse?1:0)<<13|l<<14|(r.hostLabel?1:0)<<17|(e===36&&typeof n!="object"?1:0)<<18,u=s&192,m=i&
2&&(u===64||!o&&i&1)?this.getHttpBindingCollectionValue(e,r):void 0,f=(m?.[1]??0)&255;return d|=(i>=6&&(f===4||f===6)?1:0)<<16,[this,d,m]}getHttpBindingCollectionValue(e,r=this.
getMergedTraits()){let o=t.of(this.getValueSchema());return o.getHttpBindingValue(e,{...o.getMergedTraits(),...r},!0)}getHttpBindings(){let e=this.getSchema();return typeof e!=
"object"||e===null?ZN:this.bindings??=XN(this)}},XN=t=>{let e=[],r=[],o=[],n=[],s=[],i={},a={},c=[],l={headers:a,prefixHeaders:c},d={request:{memberBindings:s,byName:i},
response:{bodyMemberNames:e,bindings:l}},{request:u,response:m}=d;for(let[f,g]of t.structIterator()){let y=we.of(g),h=y.getMergedTraits(),S=y.getHttpBindingLocation(
h),E=h.httpHeader?.toLowerCase()??h.httpPrefixHeaders?.toLowerCase()??h.httpQuery,I=y.getHttpBindingValue(S,h),R=[f,I,S,E];f==="__proto__"&&Mr(i),i[f]=R,I[1]>>10&
1&&(u.hasIdempotency=!0),s.push(R);let w=S&7;if(w===0&&(o.push(f),n.push(g)),(w&4)===0)e.push(f),r.push(g);else if((w&6)===4)if(w&1)l.statusCode=R;else{l.payload=
R;let $=I[1]&255;u.contentTypeInstruction=h.mediaType??($===0?"text/plain":$===21||$===42?"application/octet-stream":null)}else w&1?(u.hasPrefixHeaders=!0,c.push(
R)):(E==="__proto__"&&Mr(a),a[E]=R)}return u.contentTypeInstruction===void 0&&o.length&&(u.contentTypeInstruction=null),u.syntheticBodySchema=ex(t,o,n),m.syntheticBodySchema=
ex(t,e,r),d},YN=t=>{let e=[],r=0;for(let o of t.matchAll(/\{([^{}+]+)(\+)?\}/g))o.index>r&&e.push([t.slice(r,o.index),0]),e.push([o[1],o[2]?2:1]),r=o.index+o[0].
length;return e.length&&r<t.length&&e.push([t.slice(r),0]),e.length?e:void 0},QN=t=>{let{http:e,endpoint:r}=Jr(t.traits??{}),[o,n]=e?.[1].split("?")??[];return[
e?.[0],o,n?[...new URLSearchParams(n)]:[],o?YN(o):void 0,r?.[0]]},ZN={request:{memberBindings:[],byName:{}},response:{bodyMemberNames:[],bindings:{headers:{},prefixHeaders:[]}}},
Ia=t=>t[tx]??=QN(t),ex=(t,e,r)=>{if(!e.length)return;let o=t.getSchema(),n=[3,o[1],o[2],t.getMergedTraits(),e,r],s=o[6],i=s&&e.reduce((a,c)=>a+(o[4].indexOf(c)<
s?1:0),0);return i&&(n[6]=i),n}});var vr,Cs=p(()=>{vr=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var rx,Ou,Aa,ox=p(()=>{rx=new Uint32Array(256);for(let t=0;t<256;++t){let e=t;for(let r=0;r<8;++r)e=e&1?3988292384^e>>>1:e>>>1;rx[t]=e>>>0}Ou=4294967295,Aa=class{digestLength=4;checksum=Ou;update(e){
for(let r=0;r<e.length;++r)this.checksum=this.checksum>>>8^rx[(this.checksum^e[r])&255]}digestSync(){return(this.checksum^Ou)>>>0}async digest(){let e=this.digestSync(),
r=new Uint8Array(4);return new DataView(r.buffer).setUint32(0,e,!1),r}reset(){this.checksum=Ou}}});function eD(t){return class{digestLength=4;value=0;update(r){this.value=t(r,this.value)}digestSync(){return this.value>>>0}async digest(){let r=new Uint8Array(4);
return new DataView(r.buffer).setUint32(0,this.digestSync(),!1),r}reset(){this.value=0}}}var Nu,nx,En,sx=p(()=>{Nu=So(require("node:zlib"));ox();nx=typeof Nu.crc32==
"function"?Nu.crc32:void 0,En=nx?eD(nx):Aa});var Te,ix,tD,Ca,ax,rD,cx=p(()=>{P();Te=64,ix=32,tD=2**53-1,Ca=class t{digestLength=ix;state=Int32Array.from(ax);w;buffer=new Uint8Array(64);bufferLength=0;bytesHashed=0;finished=!1;inner;outer;constructor(e){
if(e){let r=t.normalizeKey(e);this.inner=new t,this.outer=new t;let{inner:o,outer:n}=this,s=new Uint8Array(Te*2);for(let i=0;i<Te;++i)s[i]=54^r[i],s[i+Te]=92^r[i];
o.update(s.subarray(0,Te)),n.update(s.subarray(Te))}}update(e){if(this.finished)throw new Error("Attempted to update an already finished HMAC.");if(this.inner){
this.inner.update(e);return}let r=_t(e),o=0,{byteLength:n}=r;if(this.bytesHashed+=n,this.bytesHashed*8>tD)throw new Error("Cannot hash more than 2^53 - 1 bits");
for(;n>0;)this.buffer[this.bufferLength++]=r[o++],n--,this.bufferLength===Te&&(this.hashBuffer(),this.bufferLength=0)}async digest(){let{inner:e,outer:r}=this;if(e&&
r){if(this.finished)throw new Error("Attempted to digest an already finished HMAC.");this.finished=!0;let o=e.digestSync();return r.update(o),r.digestSync()}return this.
digestSync()}reset(){this.state=Int32Array.from(ax),this.buffer=new Uint8Array(64),this.bufferLength=0,this.bytesHashed=0}digestSync(){let e=this.state.slice(),
r=this.buffer.slice(),o=this.bufferLength,n=this.bytesHashed*8,s=new DataView(r.buffer,r.byteOffset,r.byteLength);if(s.setUint8(o++,128),(o-1)%Te>=Te-8){for(let a=o;a<
Te;++a)s.setUint8(a,0);this.hashBufferWith(e,r),o=0}for(let a=o;a<Te-8;++a)s.setUint8(a,0);s.setUint32(Te-8,Math.floor(n/4294967296),!1),s.setUint32(Te-4,n,!1),
this.hashBufferWith(e,r);let i=new Uint8Array(ix);for(let a=0;a<8;++a)i[a*4]=e[a]>>>24&255,i[a*4+1]=e[a]>>>16&255,i[a*4+2]=e[a]>>>8&255,i[a*4+3]=e[a]>>>0&255;return i}static normalizeKey(e){
let r=_t(e);if(r.byteLength>Te){let o=new t;o.update(r);let n=o.digestSync(),s=new Uint8Array(Te);return s.set(n),s}if(r.byteLength<Te){let o=new Uint8Array(Te);
return o.set(r),o}return r}hashBuffer(){this.hashBufferWith(this.state,this.buffer)}hashBufferWith(e,r){let o=this.w??=new Int32Array(64),n=e[0],s=e[1],i=e[2],a=e[3],
c=e[4],l=e[5],d=e[6],u=e[7];for(let m=0;m<Te;++m){if(m<16)o[m]=(r[m*4]&255)<<24|(r[m*4+1]&255)<<16|(r[m*4+2]&255)<<8|r[m*4+3]&255;else{let y=o[m-2],h=(y>>>17|y<<
15)^(y>>>19|y<<13)^y>>>10;y=o[m-15];let S=(y>>>7|y<<25)^(y>>>18|y<<14)^y>>>3;o[m]=(h+o[m-7]|0)+(S+o[m-16]|0)}let f=(((c>>>6|c<<26)^(c>>>11|c<<21)^(c>>>25|c<<7))+
(c&l^~c&d)|0)+(u+(rD[m]+o[m]|0)|0)|0,g=((n>>>2|n<<30)^(n>>>13|n<<19)^(n>>>22|n<<10))+(n&s^n&i^s&i)|0;u=d,d=l,l=c,c=a+f|0,a=i,i=s,s=n,n=f+g|0}e[0]+=n,e[1]+=s,e[2]+=
i,e[3]+=a,e[4]+=c,e[5]+=l,e[6]+=d,e[7]+=u}},ax=new Int32Array([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]),rD=new Int32Array(
[1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,
3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,
113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,
3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,
2756734187,3204031479,3329325298])});function nD(){return class{digestLength=32;secret;hash;isHmac;finished=!1;constructor(e){this.secret=e,this.isHmac=!!e,this.hash=this.createHash()}update(e){if(this.
finished)throw new Error("Attempted to update an already finished hash.");this.hash.update(e)}async digest(){let e;return this.isHmac?(this.finished=!0,e=this.hash.
digest()):e=this.hash.copy().digest(),new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}reset(){this.hash=this.createHash(),this.finished=!1}createHash(){return this.
secret?(0,vs.createHmac)("sha256",sD(this.secret)):(0,vs.createHash)("sha256")}}}function sD(t){return typeof t=="string"?t:ArrayBuffer.isView(t)?Buffer.from(t.
buffer,t.byteOffset,t.byteLength):Buffer.from(t)}var vs,oD,it,px=p(()=>{vs=require("node:crypto");cx();oD=(()=>{try{return(0,vs.createHash)("sha256"),!0}catch{return!1}})(),
it=oD?nD():Ca});var Fr=p(()=>{sx();px()});function lx(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var Xr,Du=p(()=>{P();Xr=class t{bytes;constructor(e){if(this.bytes=e,e.byteLength!==
8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(`${e} is too larg\
e (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,n=Math.abs(Math.round(e));o>-1&&n>0;o--,n/=256)r[o]=n;return e<0&&
lx(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&lx(e),parseInt(oe(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var xn,dx,ux,iD,aD,cD,pD,lD,dD,uD,mD,fD,va,ku=p(()=>{K();P();Du();xn=class{toUtf8;fromUtf8;constructor(e,r){this.toUtf8=e,this.fromUtf8=r}format(e){let r=[];for(let s in e){
if(!A(e,s))continue;let i=this.fromUtf8(s);if(i.byteLength>255)throw new Error(`@smithy/core/event-streams - header name exceeds 255 bytes: ${i.byteLength}`);r.
push(Uint8Array.from([i.byteLength]),i,this.formatHeaderValue(e[s]))}let o=new Uint8Array(r.reduce((s,i)=>s+i.byteLength,0)),n=0;for(let s of r)o.set(s,n),n+=s.
byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.from([2,e.value]);case"\
short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(new ArrayBuffer(
5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let n=new Uint8Array(9);return n[0]=5,n.set(e.value.bytes,1),n;case"bina\
ry":if(e.value.byteLength>va)throw new Error(`@smithy/core/event-streams - header value (binary) exceeds ${va} bytes: ${e.value.byteLength}`);let s=new DataView(
new ArrayBuffer(3+e.value.byteLength));s.setUint8(0,6),s.setUint16(1,e.value.byteLength,!1);let i=new Uint8Array(s.buffer);return i.set(e.value,3),i;case"string":
let a=this.fromUtf8(e.value);if(a.byteLength>va)throw new Error(`@smithy/core/event-streams - header value (string) exceeds ${va} bytes: ${a.byteLength}`);let c=new DataView(
new ArrayBuffer(3+a.byteLength));c.setUint8(0,7),c.setUint16(1,a.byteLength,!1);let l=new Uint8Array(c.buffer);return l.set(a,3),l;case"timestamp":let d=new Uint8Array(
9);return d[0]=8,d.set(Xr.fromNumber(e.value.valueOf()).bytes,1),d;case"uuid":if(!fD.test(e.value))throw new Error(`Invalid UUID received: ${e.value}`);let u=new Uint8Array(
17);return u[0]=9,u.set(ps(e.value.replace(/-/g,"")),1),u}}parse(e){let r={},o=0;for(;o<e.byteLength;){let n=e.getUint8(o++),s=this.toUtf8(new Uint8Array(e.buffer,
e.byteOffset+o,n));switch(o+=n,e.getUint8(o++)){case 0:r[s]={type:ux,value:!0};break;case 1:r[s]={type:ux,value:!1};break;case 2:r[s]={type:iD,value:e.getInt8(o++)};
break;case 3:r[s]={type:aD,value:e.getInt16(o,!1)},o+=2;break;case 4:r[s]={type:cD,value:e.getInt32(o,!1)},o+=4;break;case 5:r[s]={type:pD,value:new Xr(new Uint8Array(
e.buffer,e.byteOffset+o,8))},o+=8;break;case 6:let i=e.getUint16(o,!1);o+=2,r[s]={type:lD,value:new Uint8Array(e.buffer,e.byteOffset+o,i)},o+=i;break;case 7:let a=e.
getUint16(o,!1);o+=2,r[s]={type:dD,value:this.toUtf8(new Uint8Array(e.buffer,e.byteOffset+o,a))},o+=a;break;case 8:r[s]={type:uD,value:new Date(new Xr(new Uint8Array(
e.buffer,e.byteOffset+o,8)).valueOf())},o+=8;break;case 9:let c=new Uint8Array(e.buffer,e.byteOffset+o,16);o+=16,r[s]={type:mD,value:`${oe(c.subarray(0,4))}-${oe(
c.subarray(4,6))}-${oe(c.subarray(6,8))}-${oe(c.subarray(8,10))}-${oe(c.subarray(10))}`};break;default:throw new Error("Unrecognized header type tag")}}return r}};
(function(t){t[t.boolTrue=0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=
6]="byteArray",t[t.string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(dx||(dx={}));ux="boolean",iD="byte",aD="short",cD="integer",pD="long",lD=
"binary",dD="string",uD="timestamp",mD="uuid",fD=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,va=32767});function fx({byteLength:t,byteOffset:e,buffer:r}){if(t<gD)throw new Error("Provided message too short to accommodate event stream message overhead");let o=new DataView(
r,e,t),n=o.getUint32(0,!1);if(t!==n)throw new Error("Reported message length does not match received message length");let s=o.getUint32(mx,!1),i=o.getUint32(Yr,
!1),a=o.getUint32(t-bo,!1),c=new En;if(c.update(new Uint8Array(r,e,Yr)),i!==c.digestSync())throw new Error(`The prelude checksum specified in the message (${i})\
 does not match the calculated CRC32 checksum (${c.digestSync()})`);if(c.update(new Uint8Array(r,e+Yr,t-(Yr+bo))),a!==c.digestSync())throw new Error(`The messag\
e checksum (${c.digestSync()}) did not match the expected value of ${a}`);return{headers:new DataView(r,e+Yr+bo,s),body:new Uint8Array(r,e+Yr+bo+s,n-s-(Yr+bo+bo))}}
var mx,Yr,bo,gD,gx=p(()=>{Fr();mx=4,Yr=mx*2,bo=4,gD=Yr+bo*2});var Rn,$u=p(()=>{Fr();ku();gx();Rn=class{headerMarshaller;messageBuffer;isEndOfStream;constructor(e,r){this.headerMarshaller=new xn(e,r),this.messageBuffer=[],this.
isEndOfStream=!1}feed(e){this.messageBuffer.push(this.decode(e))}endOfStream(){this.isEndOfStream=!0}getMessage(){let e=this.messageBuffer.pop(),r=this.isEndOfStream;
return{getMessage(){return e},isEndOfStream(){return r}}}getAvailableMessages(){let e=this.messageBuffer;this.messageBuffer=[];let r=this.isEndOfStream;return{getMessages(){
return e},isEndOfStream(){return r}}}encode({headers:e,body:r}){let o=this.headerMarshaller.format(e),n=o.byteLength+r.byteLength+16,s=new Uint8Array(n),i=new DataView(
s.buffer,s.byteOffset,s.byteLength),a=new En;return i.setUint32(0,n,!1),i.setUint32(4,o.byteLength,!1),a.update(s.subarray(0,8)),i.setUint32(8,a.digestSync(),!1),
s.set(o,12),s.set(r,o.byteLength+12),a.update(s.subarray(8,n-4)),i.setUint32(n-4,a.digestSync(),!1),s}decode(e){let{headers:r,body:o}=fx(e);return{headers:this.
headerMarshaller.parse(r),body:o}}formatHeaders(e){return this.headerMarshaller.format(e)}}});var _n,Lu=p(()=>{_n=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.inputStream)yield this.options.decoder.decode(e)}}});var wn,Uu=p(()=>{wn=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.messageStream)yield this.options.encoder.encode(e);this.options.includeEndFrame&&(yield new Uint8Array(0))}}});var Tn,Mu=p(()=>{Tn=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.messageStream){let r=await this.options.deserializer(e);r!==void 0&&(yield r)}}}});var In,Fu=p(()=>{In=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.inputStream)yield this.options.serializer(e)}}});function ba(t){let e=0,r=0,o=null,n=null,s=a=>{if(typeof a!="number")throw new Error("Attempted to allocate an event message where size was not a number: "+a);e=
a,r=4,o=new Uint8Array(a),new DataView(o.buffer).setUint32(0,a,!1)},i=async function*(){let a=t[Symbol.asyncIterator]();for(;;){let{value:c,done:l}=await a.next();
if(l){if(e)if(e===r)yield o;else throw new Error("Truncated event message received.");else return;return}let d=c.length,u=0;for(;u<d;){if(!o){let f=d-u;n||(n=new Uint8Array(
4));let g=Math.min(4-r,f);if(n.set(c.slice(u,u+g),r),r+=g,u+=g,r<4)break;s(new DataView(n.buffer).getUint32(0,!1)),n=null}let m=Math.min(e-r,d-u);o.set(c.slice(
u,u+m),r),r+=m,u+=m,e&&e===r&&(yield o,o=null,e=0,r=0)}}};return{[Symbol.asyncIterator]:i}}var Hu=p(()=>{});function hx(t,e){let r=bs(e.deserializer,e.toUtf8);return{[Symbol.asyncIterator]:async function*(){for await(let o of t){let n=e.eventStreamCodec.decode(o),s=await r(
n);s!==void 0&&(yield s)}}}}function bs(t,e){return async function(r){let{value:o}=r.headers[":message-type"];if(o==="error"){let n=new Error(r.headers[":error-\
message"].value||"UnknownError");throw n.name=r.headers[":error-code"].value,n}else if(o==="exception"){let n=r.headers[":exception-type"].value,s={[n]:r},i=await t(
s);if(i.$unknown){let a=new Error(e(r.body));throw a.name=n,a}throw i[n]}else if(o==="event"){let n={[r.headers[":event-type"].value]:r},s=await t(n);return s.$unknown?
void 0:s}else throw Error(`Unrecognizable event type: ${r.headers[":event-type"].value}`)}}var Bu=p(()=>{});var Po,yx,zu=p(()=>{$u();Lu();Uu();Mu();Fu();Hu();Bu();Po=class{eventStreamCodec;utfEncoder;constructor({utf8Encoder:e,utf8Decoder:r}){this.eventStreamCodec=new Rn(
e,r),this.utfEncoder=e}deserialize(e,r){let o=ba(e);return new Tn({messageStream:new _n({inputStream:o,decoder:this.eventStreamCodec}),deserializer:bs(r,this.utfEncoder)})}serialize(e,r){
return new wn({messageStream:new In({inputStream:e,serializer:r}),encoder:this.eventStreamCodec,includeEndFrame:!0})}},yx=t=>new Po(t)});async function*hD(t){let e=!1,r=!1,o=new Array;for(t.on("error",n=>{if(e||(e=!0),n)throw n}),t.on("data",n=>{o.push(n)}),t.on("end",()=>{e=!0});!r;){let n=await new Promise(
s=>setTimeout(()=>s(o.shift()),0));n&&(yield n),r=e&&o.length===0}}var Sx,Ps,Ex,xx=p(()=>{Sx=require("node:stream");zu();Ps=class{universalMarshaller;constructor({
utf8Encoder:e,utf8Decoder:r}){this.universalMarshaller=new Po({utf8Decoder:r,utf8Encoder:e})}deserialize(e,r){let o=typeof e[Symbol.asyncIterator]=="function"?e:
hD(e);return this.universalMarshaller.deserialize(o,r)}serialize(e,r){return Sx.Readable.from(this.universalMarshaller.serialize(e,r))}},Ex=t=>new Ps(t)});var Rx,_x,wx=p(()=>{Rx=t=>({[Symbol.asyncIterator]:async function*(){let e=t.getReader();try{for(;;){let{done:r,value:o}=await e.read();if(r)return;yield o}}finally{
e.releaseLock()}}}),_x=t=>{let e=t[Symbol.asyncIterator]();return new ReadableStream({async pull(r){let{done:o,value:n}=await e.next();if(o)return r.close();r.enqueue(
n)}})}});var Tx,Ix=p(()=>{Tx=t=>Object.assign(t,{eventStreamMarshaller:t.eventStreamSerdeProvider(t)})});var Pa,Ax=p(()=>{K();Y();P();Pa=class{marshaller;serializer;deserializer;serdeContext;defaultContentType;compositeErrorRegistry;constructor({marshaller:e,serializer:r,
deserializer:o,serdeContext:n,defaultContentType:s,compositeErrorRegistry:i}){this.marshaller=e,this.serializer=r,this.deserializer=o,this.serdeContext=n,this.defaultContentType=
s,this.compositeErrorRegistry=i}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o,initialMessageType:n}){let s=this.marshaller,i=r.getEventStreamMember(),
a=r.getMemberSchema(i),c=this.serializer,l=this.defaultContentType,d=Symbol("initialRequestMarker"),u={async*[Symbol.asyncIterator](){if(o){let m={":event-type":{
type:"string",value:n??"initial-request"},":message-type":{type:"string",value:"event"},":content-type":{type:"string",value:l}};c.write(r,o);let f=c.flush();yield{
[d]:!0,headers:m,body:f}}for await(let m of e)yield m}};return s.serialize(u,m=>{if(m[d])return{headers:m.headers,body:m.body};let f="";for(let I in m)if(A(m,I)&&
I!=="__type"){f=I;break}let{additionalHeaders:g,body:y,eventType:h,explicitPayloadContentType:S}=this.writeEventBody(f,a,m);return{headers:{":event-type":{type:"\
string",value:h},":message-type":{type:"string",value:"event"},":content-type":{type:"string",value:S??l},...g},body:y}})}async deserializeEventStream({response:e,
responseSchema:r,initialResponseContainer:o,initialMessageType:n}){let s=this.marshaller,i=r.getEventStreamMember(),c=r.getMemberSchema(i).getMemberSchemas(),l=Symbol(
"initialResponseMarker"),d=s.deserialize(e.body,async f=>{let g="";for(let h in f)if(A(f,h)&&h!=="__type"){g=h;break}let y=f[g].body;if(g===(n??"initial-respons\
e")){let h=await this.deserializer.read(r,y);return delete h[i],{[l]:!0,...h}}else if(g in c){let h=c[g];if(h.isStructSchema()){let S={},E=!1;for(let[I,R]of h.structIterator()){
let{eventHeader:w,eventPayload:$}=R.getMergedTraits();if(E=E||!!(w||$),$)R.isBlobSchema()?S[I]=y:R.isStringSchema()?S[I]=(this.serdeContext?.utf8Encoder??Q)(y):
R.isStructSchema()&&(S[I]=await this.deserializer.read(R,y));else if(w){let ee=f[g].headers[I]?.value;ee!=null&&(R.isNumericSchema()?ee&&typeof ee=="object"&&"b\
ytes"in ee?S[I]=BigInt(ee.toString()):S[I]=Number(ee):S[I]=ee)}}return{[g]:await this.readEventMember(h,y,E,S)}}return{[g]:await this.deserializer.read(h,y)}}else
return{$unknown:f}}),u=d[Symbol.asyncIterator](),m=await u.next();if(m.done)return d;if(m.value?.[l]){if(!r)throw new Error("@smithy::core/protocols - initial-r\
esponse event encountered in event stream but no response schema given.");for(let f in m.value)A(m.value,f)&&(o[f]=m.value[f])}return{async*[Symbol.asyncIterator](){
for(m?.value?.[l]||(yield m.value);;){let{done:f,value:g}=await u.next();if(f)break;yield g}}}}async readEventMember(e,r,o,n){let s,i=e.getSchema();if(Array.isArray(
i)&&i[0]===-3){let c=i[1],l=X.for(c);this.compositeErrorRegistry?.copyFrom(l),s=(this.compositeErrorRegistry??l)?.getErrorCtor(i)}let a=o?n:r.byteLength===0?{}:
await this.deserializer.read(e,r);if(s){let c=a.message??a.Message??"Unknown",l={},d=e.getMergedTraits().error;return d&&(l.$fault=d),Object.assign(new s({}),l,
{message:c},a)}return a}writeEventBody(e,r,o){let n=this.serializer,s=e,i=null,a,c=r.getSchema()[4].includes(e),l={};if(c){let m=r.getMemberSchema(e);if(m.isStructSchema()){
for(let[f,g]of m.structIterator()){let{eventHeader:y,eventPayload:h}=g.getMergedTraits();if(h)i=f;else if(y){let S=o[e][f],E="binary";g.isNumericSchema()?(-2)**
31<=S&&S<=2**31-1?E="integer":E="long":g.isTimestampSchema()?E="timestamp":g.isStringSchema()?E="string":g.isBooleanSchema()&&(E="boolean"),S!=null&&(l[f]={type:E,
value:S},delete o[e][f])}}if(i!==null){let f=m.getMemberSchema(i);f.isBlobSchema()?a="application/octet-stream":f.isStringSchema()&&(a="text/plain"),n.write(f,o[e][i])}else
n.write(m,o[e])}else if(m.isUnitSchema())n.write(m,{});else throw new Error("@smithy/core/event-streams - non-struct member not supported in event stream union.")}else{
let[m,f]=o[e];s=m,n.write(15,f)}let d=n.flush()??new Uint8Array;return{body:typeof d=="string"?(this.serdeContext?.utf8Decoder??te)(d):d,eventType:s,explicitPayloadContentType:a,
additionalHeaders:l}}}});var Cx={};St(Cx,{EventStreamCodec:()=>Rn,EventStreamMarshaller:()=>Ps,EventStreamSerde:()=>Pa,HeaderMarshaller:()=>xn,Int64:()=>Xr,MessageDecoderStream:()=>_n,MessageEncoderStream:()=>wn,
SmithyMessageDecoderStream:()=>Tn,SmithyMessageEncoderStream:()=>In,UniversalEventStreamMarshaller:()=>Po,eventStreamSerdeProvider:()=>Ex,getChunkedStream:()=>ba,
getMessageUnmarshaller:()=>bs,getUnmarshalledStream:()=>hx,iterableToReadableStream:()=>_x,readableStreamToIterable:()=>Rx,resolveEventStreamSerdeConfig:()=>Tx,
universalEventStreamSerdeProvider:()=>yx});var vx=p(()=>{$u();ku();Du();Lu();Uu();Mu();Fu();xx();wx();zu();Hu();Bu();Ix();Ax()});var An,Gu=p(()=>{K();Y();Cs();vo();An=class extends vr{options;compositeErrorRegistry;constructor(e){super(),this.options=e,this.compositeErrorRegistry=new X(e.
defaultNamespace);for(let r of e.errorTypeRegistries??[])this.compositeErrorRegistry.copyFrom(r)}getRequestType(){return z}getResponseType(){return Ge}setSerdeContext(e){
this.serdeContext=e,this.serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e),this.getPayloadCodec()&&this.getPayloadCodec().setSerdeContext(e)}updateServiceEndpoint(e,r){
if("url"in r){e.protocol=r.url.protocol,e.hostname=r.url.hostname,e.port=r.url.port?Number(r.url.port):void 0,e.path=r.url.pathname,e.fragment=r.url.hash||void 0,
e.username=r.url.username||void 0,e.password=r.url.password||void 0,e.query||(e.query={});for(let[o,n]of r.url.searchParams.entries())e.query[o]=n;if(r.headers)
for(let o in r.headers)A(r.headers,o)&&(e.headers[o]=r.headers[o].join(", "));return e}else{if(e.protocol=r.protocol,e.hostname=r.hostname,e.port=r.port?Number(
r.port):void 0,e.path=r.path,e.query={...r.query},r.headers)for(let o in r.headers)A(r.headers,o)&&(e.headers[o]=r.headers[o]);return e}}setHostPrefix(e,r,o,n=Ia(
r)){if(this.serdeContext?.disableHostPrefix)return;let s=n[4];if(typeof s!="string")return;let i=s;for(let[a,[,c]]of we.of(r.input).getHttpBindings().request.memberBindings){
if(!(c>>17&1))continue;let l=o[a];if(typeof l!="string")throw new Error(`@smithy/core/schema - ${a} in input must be a string as hostLabel.`);i=i.replace(`{${a}\
}`,l)}if(e.hostname=i+e.hostname,!pd(e.hostname))throw new Error(`[${e.hostname}] is not a valid hostname.`)}deserializeMetadata(e){return{httpStatusCode:e.statusCode,
requestId:e.headers["x-amzn-requestid"]??e.headers["x-amzn-request-id"]??e.headers["x-amz-request-id"],extendedRequestId:e.headers["x-amz-id-2"],cfId:e.headers["\
x-amz-cf-id"]}}resolveError(e,r,o){let n=[-3,"","Error",0,[],[],0],s;for(let i of o)for(let a of r)try{a==="*"?s=i.getSchema(e):s=i.getSchema(a+"#"+e);let c=i.getErrorCtor(
s);if(c)return[s,c,"modeled"];{let l=i.getBaseException();if(l){let d=i.getErrorCtor(l);if(d)return[s,d,"synthetic"]}}}catch{}for(let i of o){let a=i.getBaseException();
if(a){let c=i.getErrorCtor(a);if(c)return[a,c,"synthetic"]}}return[n,Error,"native"]}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o}){
return(await this.loadEventStreamCapability()).serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o})}async deserializeEventStream({response:e,responseSchema:r,
initialResponseContainer:o}){return(await this.loadEventStreamCapability()).deserializeEventStream({response:e,responseSchema:r,initialResponseContainer:o})}async loadEventStreamCapability(){
let{EventStreamSerde:e,eventStreamSerdeProvider:r}=await Promise.resolve().then(()=>(vx(),Cx)),o=this.resolveEventStreamMarshaller(r);return new e({marshaller:o,
serializer:this.serializer,deserializer:this.deserializer,serdeContext:this.serdeContext,defaultContentType:this.getDefaultContentType(),compositeErrorRegistry:this.
compositeErrorRegistry})}getDefaultContentType(){throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missi\
ng.`)}async deserializeHttpMessage(e,r,o,n,s){return[]}getEventStreamMarshaller(){let e=this.serdeContext;if(!e.eventStreamMarshaller)throw new Error("@smithy/c\
ore - HttpProtocol: eventStreamMarshaller missing in serdeContext.");return e.eventStreamMarshaller}resolveEventStreamMarshaller(e){let r=this.serdeContext;return r.
eventStreamMarshaller?r.eventStreamMarshaller:e(this.serdeContext)}}});var Os,bx=p(()=>{K();P();vo();Gu();Sn();Pu();Os=class extends An{async serializeRequest(e,r,o){let n=r&&typeof r=="object"?r:{},s={},i={},a=await o.endpoint(),c=we.
of(e?.input),l=c.getHttpBindings().request,d=Ia(e),u=new z({query:s,headers:i});if(a){this.updateServiceEndpoint(u,a),this.setHostPrefix(u,e,n,d);let[f,g,y]=d;if(f){
u.method=f,u.path=u.path==="/"?g:u.path+g;for(let[h,S]of y)s[h]=S}}u.query=s;let m=this.serializeHttpBindings(n,u,l,d);return m&&(u.body=await this.serializeEventStream(
{eventStream:m,requestSchema:c})),u}serializeHttpBindings(e,r,o,n){let s=this.serializer,i=typeof s.writeCodec=="function"?s:void 0,a=r.query,c=r.headers,l=o.syntheticBodySchema,
d=!1,u,m,f,g=Object.getOwnPropertyNames(e),y=Object.getPrototypeOf(e),h=(y===Object.prototype||y===null)&&!o.hasIdempotency&&!o.hasPrefixHeaders&&g.length*2<o.memberBindings.
length,S=h?g.length:o.memberBindings.length;for(let R=0;R<S;++R){let w=h?A(o.byName,g[R])?o.byName[g[R]]:void 0:o.memberBindings[R];if(!w)continue;let $=w[1],ee=w[0],
Zt=$[0],_r=$[1],se=$[2],xe=w[2],ot=w[3],Be=e[ee];if(!(Be==null&&!(_r>>10&1)))if(xe===36){let j=_r>>11&3;j?j===2?m=Be||void 0:u=Be:(i?i.writeCodec(Zt,Be):s.write(
Zt,Be),u=s.flush())}else if(xe===33||xe===38){let j=this.serializeHttpValue($,Be,xe,i);xe===33?(f??=Object.create(null))[ee]=j:c[ot]=j}else if(xe===39)for(let j in Be){
if(!A(Be,j))continue;let lr=ot+j;c[lr.toLowerCase()]=this.serializeHttpValue(se,Be[j],38,i,i?se[0]:[se[0],{httpHeader:lr}])}else(xe&62)===34?this.serializeQuery(
$,Be,ot,a,i):d=!0}let E=n[1],I=n[3];return E&&I&&r.path.endsWith(E)&&(r.path=r.path.slice(0,-E.length)+this.serializePath(I,f,o)),d&&l&&(i?i.writeCodec(l,e):s.write(
l,e),u=s.flush()),r.body=u,m}serializeQuery(e,r,o,n,s){let[i,a,c]=e,l=s?void 0:i.getMergedTraits();if(o===void 0){for(let d in r)!A(r,d)||d in n||(s||Object.assign(
c[0].getMergedTraits(),{...l,httpQuery:d,httpQueryParams:void 0}),this.serializeQuery(c,r[d],d,n,s));return}if((a&192)===64){let d=[];for(let u of r){let m=this.
serializeHttpValue(c,u,34,s,s?c[0]:[c[0],l]);(a>>13&1||m!==void 0)&&d.push(m)}n[o]=d}else n[o]=this.serializeHttpValue(e,r,34,s,s?i:[i,l])}serializeHttpValue(e,r,o,n,s=e[0]){
let i=e[1],a=i&255;return n&&!(i&1792)&&(a<=2||a===17||a===19)?String(r):(n?n.writeHttpBinding(e,r,o):this.serializer.write(s,r),this.serializer.flush())}serializePath(e,r,o){
let n="";for(let[s,i]of e){if(i===0){n+=s;continue}let a=r?.[s];if(a===void 0){if(A(o.byName,s)&&o.byName[s][2]===33)throw new Error(`No value provided for inpu\
t HTTP label: ${s}.`);n+=`{${s}${i===2?"+":""}}`}else n+=i===2?a.split("/").map(Co).join("/"):Co(a)}return n}async deserializeResponse(e,r,o){let n=this.deserializer,
s=typeof n.readCodec=="function"?n:void 0,i=we.of(e.output),a=i.getHttpBindings().response,c={};if(o.statusCode>=300){let d=await Le(o.body,r);throw d.byteLength>
0&&Object.assign(c,await n.read(15,d)),await this.handleError(e,r,o,c,this.deserializeMetadata(o)),new Error("@smithy/core/protocols - HTTP Protocol error handl\
er failed to throw.")}let l=await this.deserializeHttpMessage(i,r,o,c);if(l.length){let d=await Le(o.body,r);if(d.byteLength>0){let u=await(s?s.readCodec(a.syntheticBodySchema,
d):n.read(a.syntheticBodySchema,d));for(let m of l)u[m]!=null&&(c[m]=u[m])}}else a.bindings.payload||await Le(o.body,r);return c.$metadata=this.deserializeMetadata(
o),c}async deserializeHttpMessage(e,r,o,n,s){let i=n instanceof Set?s:n,a=this.deserializer,c=typeof a.readCodec=="function"?a:void 0,l=we.of(e),{bodyMemberNames:d,
bindings:{payload:u,statusCode:m,headers:f,prefixHeaders:g}}=l.getHttpBindings().response,y=o.headers;if(u){let[h,S]=u,[E,I]=S,R=I>>11&3;if(R)R===2?i[h]=await this.
deserializeEventStream({response:o,responseSchema:l}):i[h]=As(o.body);else if(o.body){let w=await Le(o.body,r);w.byteLength>0&&(i[h]=await(c?c.readPayload(S,w):
a.read(E,w)))}}for(let h in y){if(!A(y,h))continue;let S=h.toLowerCase(),E=y[h];S!==h&&(delete y[h],y[S]=E);let I=A(f,S)?f[S]:void 0;if(!I)continue;let[R,[w,$,ee],
,Zt]=I;if(ee){let _r=$>>16&1?Td(E,",",2):cs(E),se=[];for(let xe of _r)se.push(c?c.readHttpBinding(ee,xe.trim(),38):await a.read([ee[0],{httpHeader:Zt}],xe.trim()));
i[R]=se}else i[R]=c?c.readHttpBinding(I[1],E,38):await a.read(w,E)}for(let[h,[,,S],,E]of g){i[h]={};for(let I in y){if(!A(y,I)||!I.startsWith(E))continue;let R=y[I];
i[h][I.slice(E.length)]=c?c.readHttpBinding(S,R,38):await a.read([S[0],{httpHeader:I}],R)}}return m&&(i[m[0]]=o.statusCode),d}}});var Oo,Px=p(()=>{K();Y();K();Gu();Sn();Oo=class extends An{async serializeRequest(e,r,o){let n=this.serializer,s={},i={},a=await o.endpoint(),c=L.of(e?.input),l=c.
getSchema(),d,u=r&&typeof r=="object"?r:{},m=new z({protocol:"",hostname:"",port:void 0,path:"/",fragment:void 0,query:s,headers:i,body:void 0});if(a&&(this.updateServiceEndpoint(
m,a),this.setHostPrefix(m,e,u)),u){let f=c.getEventStreamMember();if(f){if(u[f]){let g={};for(let[y]of c.structIterator())y!==f&&u[y]!=null&&(g[y]=u[y]);d=await this.
serializeEventStream({eventStream:u[f],requestSchema:c,initialRequest:g})}}else n.write(l,u),d=n.flush()}return m.headers=Object.assign(m.headers,i),m.query=s,m.
body=d,m.method="POST",m}async deserializeResponse(e,r,o){let n=this.deserializer,s=L.of(e.output),i={};if(this.isErrorResponse(o.statusCode)){let c=await Le(o.
body,r);throw c.byteLength>0&&Object.assign(i,await n.read(15,c)),await this.handleError(e,r,o,i,this.deserializeMetadata(o)),new Error("@smithy/core/protocols \
- RPC Protocol error handler failed to throw.")}for(let c in o.headers){if(!A(o.headers,c))continue;let l=o.headers[c];delete o.headers[c],o.headers[c.toLowerCase()]=
l}let a=s.getEventStreamMember();if(a)i[a]=await this.deserializeEventStream({response:o,responseSchema:s,initialResponseContainer:i});else{let c=await Le(o.body,
r);c.byteLength>0&&Object.assign(i,await n.read(s,c))}return i.$metadata=this.deserializeMetadata(o),i}isErrorResponse(e){return e>=300}}});var No,ju=p(()=>{P();vo();Cs();No=class extends vr{settings;constructor(e){super(),this.settings=e}read(e,r){let o=we.of(e),n=o.getMergedTraits(),s=o.getHttpBindingLocation(
n);return this.readHttpBinding(o.getHttpBindingValue(s,n),r,s)}readHttpBinding([e,r,o],n,s){let i=r&255;if((i&192)===64)return o??=e.getHttpBindingCollectionValue(
s),cs(n).map(a=>this.readHttpBinding(o,a,s));switch(i){case 21:case 42:return(this.serdeContext?.base64Decoder??me)(n);case 4:case 5:case 6:case 7:{let a=this.settings.
httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:a?a+4:this.settings.timestampFormat.default){case 5:return _d(n);case 6:return wd(n);case 7:
return Rd(n);default:return console.warn("Missing timestamp format, parsing value with Date constructor:",n),new Date(n)}}case 0:{let a=r>>8&3;if(!a)return n;let c=n;
return(s&6)===6&&(c=(this.serdeContext?.utf8Encoder??Q)((this.serdeContext?.base64Decoder??me)(c))),a===2?je.from(c):c}case 1:return Number(n);case 2:return n.toLowerCase()===
"true";case 17:return BigInt(n);case 19:return new fe(n,"bigDecimal");default:return n}}}});var Ns,Ox=p(()=>{P();vo();Cs();ju();Ns=class extends vr{codecDeserializer;stringDeserializer;constructor(e,r){super(),this.codecDeserializer=e,this.stringDeserializer=
new No(r)}setSerdeContext(e){this.stringDeserializer.setSerdeContext(e),this.codecDeserializer.setSerdeContext(e),this.serdeContext=e}read(e,r){let o=we.of(e),n=o.
getMergedTraits();if(n.httpHeader||n.httpResponseCode){let s=o.getHttpBindingValue(38,n);return this.readHttpBinding(s,r,38)}return n.httpPayload?this.readPayload(
o.getHttpBindingValue(36,n),r):this.readCodec(o,r)}readHttpBinding(e,r,o){let n=typeof r=="string"?r:(this.serdeContext?.utf8Encoder??Q)(r);return this.stringDeserializer.
readHttpBinding(e,n,o)}readPayload([e,r],o){let n=r&255;return n===21||n===42?typeof o=="string"?(this.serdeContext?.utf8Decoder??te)(o):o:n===0?typeof o=="stri\
ng"?o:(this.serdeContext?.utf8Encoder??Q)(o):this.readCodec(e,o)}readCodec(e,r){return this.codecDeserializer.read(e,r)}}});var Oa,Nx=p(()=>{P();vo();Cs();Oa=class extends vr{settings;stringBuffer="";constructor(e){super(),this.settings=e}write(e,r){let o=we.of(e),n=o.getMergedTraits(),
s=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(s,n),r,s)}writeHttpBinding([e,r,o],n,s){let i=r&255;switch(typeof n){case"object":if(n===
null){this.stringBuffer="null";return}if(i>=4&&i<=7){if(!(n instanceof Date))throw new Error(`@smithy/core/protocols - received non-Date value ${n} when schema \
expected Date in ${e.getName(!0)}`);let l=this.settings.httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:l?l+4:this.settings.timestampFormat.
default){case 5:this.stringBuffer=n.toISOString().replace(".000Z","Z");break;case 6:this.stringBuffer=_o(n);break;case 7:this.stringBuffer=String(n.getTime()/1e3);
break;default:console.warn("Missing timestamp format, using epoch seconds",n),this.stringBuffer=String(n.getTime()/1e3)}return}if((i===21||i===42)&&"byteLength"in
n){this.stringBuffer=(this.serdeContext?.base64Encoder??pe)(n);return}if((i&192)===64&&Array.isArray(n)){o??=e.getHttpBindingCollectionValue(s);let l=o[1]&255,d=l>=
4&&l<=7,u="";for(let m of n){this.writeHttpBinding(o,m,s);let f=this.flush();u&&(u+=", "),u+=d?f:yd(f)}this.stringBuffer=u;return}this.stringBuffer=JSON.stringify(
n,null,2);break;case"string":let a=r>>8&3,c=n;if(a===2&&(c=je.from(c)),a&&(s&6)===6){this.stringBuffer=(this.serdeContext?.base64Encoder??pe)(c.toString());return}
this.stringBuffer=n;break;default:this.stringBuffer=r>>10&1?yn():String(n)}}flush(){let e=this.stringBuffer;return this.stringBuffer="",e}}});var Ds,Dx=p(()=>{vo();Nx();Ds=class{codecSerializer;stringSerializer;buffer;constructor(e,r,o=new Oa(r)){this.codecSerializer=e,this.stringSerializer=o}setSerdeContext(e){
this.codecSerializer.setSerdeContext(e),this.stringSerializer.setSerdeContext(e)}write(e,r){let o=we.of(e),n=o.getMergedTraits();if(n.httpHeader||n.httpLabel||n.
httpQuery){let s=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(s,n),r,s);return}this.writeCodec(o,r)}writeHttpBinding(e,r,o){this.stringSerializer.
writeHttpBinding(e,r,o),this.buffer=this.stringSerializer.flush()}writeCodec(e,r){this.codecSerializer.write(e,r)}flush(){if(this.buffer!==void 0){let e=this.buffer;
return this.buffer=void 0,e}return this.codecSerializer.flush()}}});function Do(t,e){if(e.timestampFormat.useTrait){let a=t.getSchema();if(a===5||a===6||a===7)return a}let{httpLabel:r,httpPrefixHeaders:o,httpHeader:n,httpQuery:s}=t.
getMergedTraits();return(e.httpBindings?typeof o=="string"||n?6:s||r?5:void 0:void 0)??e.timestampFormat.default}var Na=p(()=>{});var Lt,Ut,kx=p(()=>{Lt=t=>(t.logger&&t.logger.constructor?.name!=="NoOpLogger"&&t.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"),t.logger),t.defaultSocketTimeout&&
t.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"),t.defaultSocketTimeout),{setHttpHandler(e){t.requestHandler=e},httpHandler(){
return t.requestHandler},updateHttpClientConfig(e,r){t.requestHandler?.updateHttpClientConfig(e,r)},httpHandlerConfigs(){return t.requestHandler.httpHandlerConfigs()}}),
Ut=t=>({requestHandler:t.httpHandler()})});function Lx(t){return e=>async r=>{let o=r.request;if(z.isInstance(o)){let{body:n,headers:s}=o;if(n&&Object.keys(s).map(i=>i.toLowerCase()).indexOf($x)===-1)try{
let i=t(n);i!=null&&(o.headers={...o.headers,[$x]:String(i)})}catch{}}return e({...r,request:o})}}var $x,Ux,Mt,Mx=p(()=>{K();$x="content-length";Ux={step:"build",
tags:["SET_CONTENT_LENGTH","CONTENT_LENGTH"],name:"contentLengthMiddleware",override:!0},Mt=t=>({applyToStack:e=>{e.add(Lx(t.bodyLengthChecker),Ux)}})});var gr,yD,Vu=p(()=>{gr=t=>encodeURIComponent(t).replace(/[!'()*]/g,yD),yD=t=>`%${t.charCodeAt(0).toString(16).toUpperCase()}`});function Wu(t){let e=[];for(let r of Object.keys(t).sort()){let o=t[r];if(r=gr(r),Array.isArray(o))for(let n=0,s=o.length;n<s;n++)e.push(`${r}=${gr(o[n])}`);else{
let n=r;(o||typeof o=="string")&&(n+=`=${gr(o)}`),e.push(n)}}return e.join("&")}var Fx=p(()=>{Vu()});var Qr,Da=p(()=>{Qr=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var ka,Hx=p(()=>{ka=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function $a(){if(ks===void 0)try{if(typeof Buffer!="function")ks=!1;else{let t=JSON.parse(Buffer.from([123,125]));ks=t!==null&&typeof t=="object"}}catch{ks=!1}return ks}
var ks,qu=p(()=>{});function La(t,e,r){if(r?.source){let o=r.source;if(typeof e=="number")return e<=Number.MAX_SAFE_INTEGER&&e>=Number.MIN_SAFE_INTEGER?ED(o,e)?e:new fe(o,"bigDecim\
al"):SD(o)?new fe(o,"bigDecimal"):/[eE]/.test(o)?xD(o):BigInt(o)}return e}function SD(t){let e=t.indexOf(".");if(e===-1)return!1;let r=t.search(/[eE]/);if(r===-1)
return!0;let o=r-e-1;return parseInt(t.slice(r+1),10)<o}function ED(t,e){if(t===String(e)||Object.is(e,-0))return!0;if(/[eE]/.test(t))return Ku(t)===Ku(String(e));
let r=t.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,""),o=String(e);return r===o?!0:/[eE]/.test(o)?r===Ku(o):!1}function Ku(t){let e=t.startsWith("-"),r=e?t.slice(
1):t,o=r.search(/[eE]/),n;if(o===-1)n=r;else{let s=parseInt(r.slice(o+1),10),i=r.slice(0,o),a=i.indexOf("."),c,l;a===-1?(c=i,l=i.length):(c=i.slice(0,a)+i.slice(
a+1),l=a),c=c.replace(/0+$/,"")||"0";let d=l+s;c==="0"?n="0":d<=0?n="0."+"0".repeat(-d)+c:d>=c.length?n=c+"0".repeat(d-c.length):n=c.slice(0,d)+"."+c.slice(d)}return n.
includes(".")&&(n=n.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,"")),(e?"-":"")+n}function xD(t){let e=t.search(/[eE]/),r=parseInt(t.slice(e+1),10),o=t.startsWith(
"-"),n=t.slice(o?1:0,e),s=n.indexOf("."),i,a;if(s===-1)i=n,a=r;else{i=n.slice(0,s)+n.slice(s+1);let l=n.length-s-1;a=r-l}i=i.replace(/0+$/,"")||"0";let c=BigInt(
i)*10n**BigInt(a+(n.replace(".","").length-i.length));return o?-c:c}var Ju=p(()=>{P()});function Ma(t){let e=L.of(t),r=e.getSchema();if(Array.isArray(r)&&e.isStructSchema()){if(Xu in r)return r[Xu];let o=Ua(e,new Set);return r[Xu]=o,o}return Ua(e,new Set)}
function Ua(t,e){let r=t.getSchema();if(e.has(r))return!1;if(e.add(r),t.isBigIntegerSchema()||t.isBigDecimalSchema())return!0;if(t.isStructSchema()){for(let[,o]of t.
structIterator())if(Ua(o,e))return!0}else if(t.isListSchema()||t.isMapSchema()){if(Ua(t.getValueSchema(),e))return!0}else if(t.isDocumentSchema())return!0;return!1}
var Xu,Yu=p(()=>{Y();Xu=Symbol.for("@aws-sdk/reviver")});var Bx,zx=p(()=>{Sn();P();Bx=(t,e)=>Le(t,e).then(r=>(e?.utf8Encoder??Q)(r))});async function Zu(t,e,r){let o;if($a()&&typeof t?.[Symbol.asyncIterator]=="function"){let s=await Le(t,e);typeof Buffer=="function"&&(Buffer.isBuffer(s)?o=s:o=Buffer.
from(s.buffer,s.byteOffset,s.byteLength))}if(o||(o=await Bx(t,e)),o.length===0)return{};let n=r&&Ma(r)?La:void 0;try{return JSON.parse(o,n)}catch(s){throw s?.name===
"SyntaxError"&&Object.defineProperty(s,"$responseBodyText",{value:typeof o=="string"?o:o.toString("utf8")}),s}}var Gx,Qu,em,tm,jx,rm=p(()=>{Sn();zx();qu();Ju();
Yu();Gx=(t,e)=>Object.keys(t).find(r=>r.toLowerCase()===e.toLowerCase()),Qu=t=>{let e=t;return typeof e=="number"&&(e=e.toString()),e.indexOf(",")>=0&&(e=e.split(
",")[0]),e.indexOf(":")>=0&&(e=e.split(":")[0]),e.indexOf("#")>=0&&(e=e.split("#")[1]),e},em=(t,e)=>jx(t,e,["header","code","type"]),tm=(t,e,r=!1)=>jx(t,e,r?["c\
ode","header","type"]:["type","code","header"]),jx=({headers:t},e,r)=>{for(;r.length>0;)switch(r.shift()){case"header":let n=Gx(t??{},"x-amzn-errortype");if(n!==
void 0)return Qu(t[n]);break;case"code":let s=Gx(e??{},"code");if(s&&e[s]!==void 0)return Qu(e[s]);break;case"type":if(e?.__type!==void 0)return Qu(e.__type);break}}});var Fa,Vx=p(()=>{Na();Y();P();Da();Hx();qu();Ju();Yu();rm();K();Fa=class extends Qr{settings;constructor(e){super(),this.settings=e}async read(e,r){let o=Ma(e)?
La:void 0,n;if(typeof r=="string"){if(r.length===0)return{};n=JSON.parse(r,o)}else if(r instanceof Uint8Array&&$a()){if(r.byteLength===0)return{};let s=Buffer.isBuffer(
r)?r:Buffer.from(r.buffer,r.byteOffset,r.byteLength);n=JSON.parse(s,o)}else n=await Zu(r,this.serdeContext,e);return this._read(e,n)}readObject(e,r){return this.
_read(e,r)}_read(e,r){let o=r!==null&&typeof r=="object",n=L.of(e);if(o){if(n.isStructSchema())return this._readStruct(n,r);if(Array.isArray(r)&&n.isListSchema()){
let i=n.getValueSchema();if(this.needsTransform(i))for(let a=0;a<r.length;++a)r[a]=this._read(i,r[a]);return r}if(n.isMapSchema()){let i=n.getValueSchema(),a=r;
if(this.needsTransform(i))for(let c in a)A(a,c)&&(c==="__proto__"&&Mr(a),a[c]=this._read(i,a[c]));return a}}if(n.isBlobSchema()&&typeof r=="string")return me(r);
let s=n.getMergedTraits().mediaType;if(n.isStringSchema()&&typeof r=="string"&&s)return s==="application/json"||s.endsWith("+json")?je.from(r):r;if(n.isTimestampSchema()&&
r!=null)switch(Do(n,this.settings)){case 5:return gd(r);case 6:return as(r);case 7:return hd(r);default:return console.warn("Missing timestamp format, parsing v\
alue with Date constructor:",r),new Date(r)}if(n.isBigIntegerSchema()&&(typeof r=="number"||typeof r=="string"))return BigInt(r);if(n.isBigDecimalSchema()&&r!=null){
if(r instanceof fe)return r;let i=r;return i.type==="bigDecimal"&&"string"in i?new fe(i.string,i.type):new fe(String(r),"bigDecimal")}if(n.isNumericSchema()&&typeof r==
"string"){switch(r){case"Infinity":return 1/0;case"-Infinity":return-1/0;case"NaN":return NaN}return r}if(n.isDocumentSchema()&&o)if(Array.isArray(r))for(let i=0;i<
r.length;++i){let a=r[i];a instanceof fe||(r[i]=this._read(n,a))}else{let i=r;for(let a in i){if(!A(i,a))continue;a==="__proto__"&&Mr(i);let c=i[a];c instanceof
fe||(i[a]=this._read(n,c))}}return r}_readStruct(e,r){let o=e.isUnionSchema(),n={},s,i=typeof r.__type=="string",{jsonName:a}=this.settings;a&&i&&(s={});let c;o&&
(c=new ka(r,n));for(let[l,d]of e.structIterator()){let u=l;a&&(u=d.getMergedTraits().jsonName??u,i&&(s[u]=l)),o&&c.mark(u),r[u]!=null&&(n[l]=this._read(d,r[u]))}
if(o)c.writeUnknown();else if(i)for(let l in r){if(!A(r,l))continue;let d=r[l],u=a?s[l]??l:l;u in n||(n[u]=d)}return n}needsTransform(e){return!!(e.isBlobSchema()||
e.isTimestampSchema()||e.isBigIntegerSchema()||e.isBigDecimalSchema()||e.isNumericSchema()||e.isDocumentSchema()||e.isStructSchema()||e.isListSchema()||e.isMapSchema()||
e.isStringSchema()&&e.getMergedTraits().mediaType)}}});var Ha,Wx,qx=p(()=>{P();Ha=class t extends Uint8Array{string=null;static allocUnsafe(e){if(typeof Buffer=="function"){let r=Buffer.allocUnsafe(e);return new t(r.
buffer,r.byteOffset,r.byteLength)}return new t(e)}toString(){return this.s()}valueOf(){return this.s()}includes(e,r){return typeof e=="string"?this.s().includes(
e,r):Uint8Array.prototype.includes.call(this,e,r)}indexOf(e,r){return typeof e=="string"?this.s().indexOf(e,r):Uint8Array.prototype.indexOf.call(this,e,r)}lastIndexOf(e,r){
if(typeof e=="string")return this.s().lastIndexOf(e,r);let o=Uint8Array.prototype.lastIndexOf;return r!==void 0?o.call(this,e,r):o.call(this,e)}startsWith(e,r){
return this.s().startsWith(e,r)}endsWith(e,r){return this.s().endsWith(e,r)}match(e){return this.s().match(e)}replace(e,r){return this.s().replace(e,r)}search(e){
return this.s().search(e)}split(e,r){return this.s().split(e,r)}substring(e,r){return this.s().substring(e,r)}trim(){return this.s().trim()}trimStart(){return this.
s().trimStart()}trimEnd(){return this.s().trimEnd()}charAt(e){return this.s().charAt(e)}charCodeAt(e){return this.s().charCodeAt(e)}padStart(e,r){return this.s().
padStart(e,r)}padEnd(e,r){return this.s().padEnd(e,r)}repeat(e){return this.s().repeat(e)}toUpperCase(){return this.s().toUpperCase()}toLowerCase(){return this.
s().toLowerCase()}s(){if(this.string==null){let e=Date.now();e>Wx+6e4&&(console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string meth\
od on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error."),Wx=e),this.string=Q(this)}return this.
string}},Wx=0});function om(t){return Ha.allocUnsafe(t)}var Ba,Kx,Jx,RD,_D,Cn,za,Ga,Xx,wD,TD,ID,br,Yx,ja,Qx=p(()=>{Na();Y();P();Da();K();qx();Ba=new TextEncoder,Kx=123,Jx=125,RD=
91,_D=93,Cn=34,za=58,Ga=44,Xx=92,wD=new Uint8Array([116,114,117,101]),TD=new Uint8Array([102,97,108,115,101]),ID=new Uint8Array([110,117,108,108]),br=new Array(
128).fill(null);br[8]="b";br[9]="t";br[10]="n";br[12]="f";br[13]="r";br[34]='"';br[92]="\\";for(let t=0;t<32;t++)br[t]===null&&(br[t]="u00"+t.toString(16).padStart(
2,"0"));Yx=2048;ja=class t extends Qr{settings;json;i=0;rootSchema;rawValue;passthrough=!1;constructor(e){super(),this.settings=e,this.json=om(Yx)}write(e,r){this.
i=0,this.rawValue=r,this.rootSchema=L.of(e),this.passthrough=this.rootSchema.isBlobSchema()||this.rootSchema.isStringSchema(),this.passthrough||this.writeValue(
this.rootSchema,r,void 0)}writeDiscriminatedDocument(e,r){this.i=0,this.rootSchema=L.of(e);let o=this.rootSchema;if(o.isStructSchema()&&r!=null&&typeof r=="obje\
ct"){this.writeValue(o,r,void 0);let n=`"__type":"${o.getName(!0)??"Unknown"}",`,s=n.length;this.ensure(s),this.json.copyWithin(1+s,1,this.i),Ba.encodeInto(n,this.
json.subarray(1)),this.i+=s}else this.writeValue(o,r,void 0)}flush(){this.rootSchema=void 0;let e=this.i;this.i=0;let r=this.rawValue;if(this.rawValue=void 0,e===
0)return r;let o=this.json.subarray(0,e);return this.json=om(Yx),o}ensure(e){let{i:r,json:o}=this;if(r+e>o.length){let n=o.length*2;for(;n<r+e;)n*=2;let s=om(n);
s.set(this.json),this.json=s}}writeAscii(e){let r=e.length;this.ensure(r);let{i:o,json:n}=this;for(let s=0;s<r;++s)n[o]=e.charCodeAt(s),o+=1;this.i=o}writeAsciiQuoted(e){
let r=e.length;this.ensure(r+4);let{json:o,i:n}=this;o[n++]=Cn;for(let s=0;s<r;++s)o[n++]=e.charCodeAt(s);o[n++]=Cn,this.i=n}writeJsonString(e){let r=e.length;this.
ensure(r*3+2),this.json[this.i++]=Cn;for(let o=0;o<r;++o){let n=e.charCodeAt(o);if(n>34&&n<92)this.json[this.i++]=n;else if(n<128){let s=br[n];if(s!==null){this.
ensure(s.length+1+(r-o-1)*3+1),this.json[this.i++]=Xx;for(let i=0;i<s.length;i++)this.json[this.i++]=s.charCodeAt(i)}else this.json[this.i++]=n}else if(n>=55296&&
n<=56319){let s=o+1<r?e.charCodeAt(o+1):0;if(s>=56320&&s<=57343){this.ensure(4);let{written:i}=Ba.encodeInto(e.substring(o,o+2),this.json.subarray(this.i));this.
i+=i,++o}else this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n)}else if(n>=56320&&n<=57343)this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n);else{let{i:s,
json:i}=this;n<2048?(i[s++]=192|n>>6,i[s++]=128|n&63):(i[s++]=224|n>>12,i[s++]=128|n>>6&63,i[s++]=128|n&63),this.i=s}}this.json[this.i++]=Cn}writeUnicodeEscape(e){
let{json:r,i:o}=this;r[o++]=Xx,r[o++]=117;let n=e.toString(16).padStart(4,"0");for(let s=0;s<4;++s)r[o++]=n.charCodeAt(s);this.i=o}static B64=(()=>{let e="ABCDE\
FGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",r=new Uint8Array(64);for(let o=0;o<64;++o)r[o]=e.charCodeAt(o);return r})();writeBase64(e){let r=Math.
ceil(e.length/3)*4;this.ensure(r+2);let o=this.json,n=t.B64,s=this.i;o[s++]=Cn;let i=e.length,a=i%3,c=i-a;for(let l=0;l<c;l+=3){let d=e[l],u=e[l+1],m=e[l+2];o[s++]=
n[d>>2],o[s++]=n[(d&3)<<4|u>>4],o[s++]=n[(u&15)<<2|m>>6],o[s++]=n[m&63]}if(a===2){let l=e[c],d=e[c+1];o[s++]=n[l>>2],o[s++]=n[(l&3)<<4|d>>4],o[s++]=n[(d&15)<<2],
o[s++]=61}else if(a===1){let l=e[c];o[s++]=n[l>>2],o[s++]=n[(l&3)<<4],o[s++]=61,o[s++]=61}o[s++]=Cn,this.i=s}writeValue(e,r,o){if(r==null){if(o?.isStructSchema()){
if(r===void 0&&L.of(e).isIdempotencyToken()){this.writeAsciiQuoted(yn());return}return}this.ensure(4),this.json.set(ID,this.i),this.i+=4;return}let n=L.of(e),s=typeof r==
"object";if(n.isStringSchema()){let i=n.getMergedTraits().mediaType;if(i&&(i==="application/json"||i.endsWith("+json"))){this.writeJsonString(je.from(r).toString());
return}}if(this.settings.bigNumberAsString&&r!=null&&(n.isBigIntegerSchema()||n.isBigDecimalSchema())){let i=r instanceof fe?r.string:String(r);this.writeAsciiQuoted(
i);return}if(s){if(n.isStructSchema()){this.writeStruct(n,r);return}if(Array.isArray(r)&&(n.isListSchema()||n.isDocumentSchema())){this.writeList(n,r,n.isDocumentSchema());
return}if(n.isMapSchema()){this.writeMap(n,r,!1);return}if(r instanceof Uint8Array&&(n.isBlobSchema()||n.isDocumentSchema())){this.writeBase64(r);return}if(r instanceof
Date&&(n.isTimestampSchema()||n.isDocumentSchema())){this.writeTimestamp(n,r);return}if(r instanceof fe){this.writeAscii(r.string);return}if(n.isDocumentSchema()){
Array.isArray(r)?this.writeList(n,r,!0):this.writeMap(n,r,!0);return}let i=JSON.stringify(r);this.writeAscii(i);return}if(typeof r=="string"){if(n.isBlobSchema()){
let i=(this.serdeContext?.base64Encoder??pe)(r);this.writeAsciiQuoted(i);return}this.writeJsonString(r);return}if(typeof r=="number"){if(Math.abs(r)===1/0||Number.
isNaN(r)){this.writeAsciiQuoted(String(r));return}let i=String(r);this.writeAscii(i);return}if(typeof r=="boolean"){this.ensure(5);let{i,json:a}=this;r?(a.set(wD,
i),i+=4):(a.set(TD,i),i+=5),this.i=i;return}if(typeof r=="bigint"){this.writeAscii(r.toString());return}this.writeAscii(String(r))}writeStruct(e,r){this.ensure(
2),this.json[this.i++]=Kx;let o=!1,n=typeof r.__type=="string",s;n&&(s=new Set);for(let[i,a]of e.structIterator()){let c=r[i];if(c==null&&!a.isIdempotencyToken())
continue;o&&(this.ensure(1),this.json[this.i++]=Ga),o=!0;let l=this.settings.jsonName?a.getMergedTraits().jsonName??i:i;s&&(s.add(i),s.add(l)),this.writeAsciiQuoted(
l),this.json[this.i++]=za,this.writeValue(a,c,e)}if(!o&&e.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i;this.writeAsciiQuoted(a),this.ensure(
1),this.json[this.i++]=za,this.writeValue(15,c,e)}}else if(n)for(let i in r){if(s.has(i))continue;s.add(i);let a=r[i];o&&(this.ensure(1),this.json[this.i++]=Ga),
o=!0,this.writeAsciiQuoted(i),this.ensure(1),this.json[this.i++]=za,this.writeValue(15,a,void 0)}this.ensure(1),this.json[this.i++]=Jx}writeList(e,r,o){let n=!!e.
getMergedTraits().sparse,s=e.getValueSchema();if(!o&&(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let a=!1;for(let l=0;l<r.length;++l){let d=r[l];
if(Number.isNaN(d)||d===1/0||d===-1/0||d==null&&!n){a=!0;break}}let c;if(!a)c=JSON.stringify(r);else{let l=[];for(let d=0;d<r.length;++d){let u=r[d];u==null&&!n||
(Number.isNaN(u)||u===1/0||u===-1/0?l.push(String(u)):l.push(u))}c=JSON.stringify(l)}this.ensure(c.length*3),this.i+=Ba.encodeInto(c,this.json.subarray(this.i)).
written;return}this.ensure(2),this.json[this.i++]=RD;let i=!1;for(let a=0;a<r.length;++a){let c=r[a];(o?c===void 0:c==null&&!n)||(i&&(this.ensure(1),this.json[this.
i++]=Ga),this.writeValue(s,c,void 0),i=!0)}this.ensure(1),this.json[this.i++]=_D}writeMap(e,r,o){let n=!!e.getMergedTraits().sparse,s=e.getValueSchema();if(!o&&
(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let a;for(let l in r){if(!A(r,l))continue;let d=r[l];Number.isNaN(d)||d===1/0||d===-1/0?((a??={})[l]=
d,r[l]=String(d)):d===null&&!n&&((a??={})[l]=null,r[l]=void 0)}let c=JSON.stringify(r);a&&Object.assign(r,a),this.ensure(c.length*3),this.i+=Ba.encodeInto(c,this.
json.subarray(this.i)).written;return}this.ensure(2),this.json[this.i++]=Kx;let i=!0;for(let a in r){if(!A(r,a))continue;let c=r[a];(o?c===void 0:c==null&&!n)||
(i||(this.ensure(1),this.json[this.i++]=Ga),i=!1,this.writeJsonString(a),this.ensure(1),this.json[this.i++]=za,this.writeValue(s,c,void 0))}this.ensure(1),this.
json[this.i++]=Jx}writeTimestamp(e,r){switch(Do(e,this.settings)){case 5:{let n=r.toISOString().replace(".000Z","Z");this.writeAsciiQuoted(n);return}case 6:{this.
writeAsciiQuoted(_o(r));return}case 7:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}default:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}}}}});var ko,Zx=p(()=>{Da();Vx();Qx();ko=class extends Qr{settings;constructor(e){super(),this.settings=e}createSerializer(){let e=new ja(this.settings);return e.setSerdeContext(
this.serdeContext),e}createDeserializer(){let e=new Fa(this.settings);return e.setSerdeContext(this.serdeContext),e}}});var U=p(()=>{Sn();Pu();bx();Px();ju();Ox();Dx();Na();K();K();kx();Mx();Vu();Fx();K();rm();Zx()});var eR,tR,Ft,rR=p(()=>{U();eR=t=>e=>async r=>{if(!z.isInstance(r.request))return e(r);let{request:o}=r,{handlerProtocol:n=""}=t.requestHandler.metadata||{};if(n.
indexOf("h2")>=0&&!o.headers[":authority"])delete o.headers.host,o.headers[":authority"]=o.hostname+(o.port?":"+o.port:"");else if(!o.headers.host){let s=o.hostname;
o.port!=null&&(s+=`:${o.port}`),o.headers.host=s}return e(r)},tR={name:"hostHeaderMiddleware",step:"build",priority:"low",tags:["HOST"],override:!0},Ft=t=>({applyToStack:e=>{
e.add(eR(t),tR)}})});var oR,nR,Ht,sR=p(()=>{C();oR=()=>(t,e)=>async r=>{try{let o=await t(r),{logger:n}=e,s=n instanceof ge;if(n&&!s){let{clientName:i,commandName:a,dynamoDbDocumentClientOptions:c={}}=e,
{overrideInputFilterSensitiveLog:l,overrideOutputFilterSensitiveLog:d}=c,u=l??e.inputFilterSensitiveLog,m=d??e.outputFilterSensitiveLog,{$metadata:f,...g}=o.output;
n.info?.({clientName:i,commandName:a,input:u(r.input),output:m(g),metadata:f})}return o}catch(o){let{clientName:n,commandName:s,logger:i,dynamoDbDocumentClientOptions:a={}}=e,
{overrideInputFilterSensitiveLog:c}=a,l=c??e.inputFilterSensitiveLog;throw i?.error?.({clientName:n,commandName:s,input:l(r.input),error:o,metadata:o.$metadata}),
o}},nR={name:"loggerMiddleware",tags:["LOGGER"],step:"initialize",override:!0},Ht=t=>({applyToStack:e=>{e.add(oR(),nR)}})});var iR,aR=p(()=>{iR={step:"build",tags:["RECURSION_DETECTION","TRACE_CONTEXT_PROPAGATION"],name:"recursionDetectionMiddleware",override:!0,priority:"low"}});var Zr,nm,Va,sm,im,$s,cR=p(()=>{Zr={REQUEST_ID:Symbol.for("_AWS_LAMBDA_REQUEST_ID"),X_RAY_TRACE_ID:Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),TENANT_ID:Symbol.for(
"_AWS_LAMBDA_TENANT_ID"),TRACEPARENT:Symbol.for("_AWS_LAMBDA_TRACEPARENT"),TRACESTATE:Symbol.for("_AWS_LAMBDA_TRACESTATE"),BAGGAGE:Symbol.for("_AWS_LAMBDA_BAGGA\
GE")},nm=["true","1"].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA??"");nm||(globalThis.awslambda=globalThis.awslambda||{});Va=class{static PROTECTED_KEYS=Zr;isProtectedKey(e){
return Object.values(Zr).includes(e)}getRequestId(){return this.get(Zr.REQUEST_ID)??"-"}getXRayTraceId(){return this.get(Zr.X_RAY_TRACE_ID)}getTenantId(){return this.
get(Zr.TENANT_ID)}getTraceparent(){return this.get(Zr.TRACEPARENT)}getTracestate(){return this.get(Zr.TRACESTATE)}getBaggage(){return this.get(Zr.BAGGAGE)}},sm=
class extends Va{currentContext;getContext(){return this.currentContext}hasContext(){return this.currentContext!==void 0}get(e){return this.currentContext?.[e]}set(e,r){
if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);this.currentContext=this.currentContext||{},this.currentContext[e]=
r}run(e,r){return this.currentContext=e,r()}},im=class t extends Va{als;static async create(){let e=new t,r=await import("node:async_hooks");return e.als=new r.
AsyncLocalStorage,e}getContext(){return this.als.getStore()}hasContext(){return this.als.getStore()!==void 0}get(e){return this.als.getStore()?.[e]}set(e,r){if(this.
isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);let o=this.als.getStore();if(!o)throw new Error("No context avai\
lable");o[e]=r}run(e,r){return this.als.run(e,r)}};(function(t){let e=null;async function r(o){return e||(e=(async()=>{let s=o===!0||"AWS_LAMBDA_MAX_CONCURRENCY"in
process.env?await im.create():new sm;return!nm&&globalThis.awslambda?.InvokeStore?globalThis.awslambda.InvokeStore:(!nm&&globalThis.awslambda&&(globalThis.awslambda.
InvokeStore=s),s)})()),e}t.getInstanceAsync=r,t._testing=process.env.AWS_LAMBDA_BENCHMARK_MODE==="1"?{reset:()=>{e=null,globalThis.awslambda?.InvokeStore&&delete globalThis.
awslambda.InvokeStore,globalThis.awslambda={InvokeStore:void 0}}}:void 0})($s||($s={}))});function vD(t){for(let e of Object.keys(t)){let r=e.toLowerCase();e!==r&&(r===cm||r===pR||r===lR)&&(t[r]=t[e],delete t[e])}}var AD,CD,am,cm,pR,lR,dR,uR=p(()=>{cR();
U();AD="AWS_LAMBDA_FUNCTION_NAME",CD="_X_AMZN_TRACE_ID",am="X-Amzn-Trace-Id",cm="traceparent",pR="tracestate",lR="baggage",dR=()=>t=>async e=>{let{request:r}=e;
if(!z.isInstance(r))return t(e);let o;{let n=Object.keys(r.headers??{}).find(s=>s.toLowerCase()===am.toLowerCase())??am;if(!r.headers.hasOwnProperty(n)){let s=process.
env[AD],i=process.env[CD];o??=await $s.getInstanceAsync();let c=o?.getXRayTraceId()??i,l=d=>typeof d=="string"&&d.length>0;l(s)&&l(c)&&(r.headers[am]=c)}}if(vD(
r.headers),!r.headers[cm]){let s=(o??=await $s.getInstanceAsync())?.getTraceparent?.();if(s){r.headers[cm]=s;let i=o?.getTracestate?.();i&&(r.headers[pR]=i);let a=o?.
getBaggage?.();a&&(r.headers[lR]=a)}}return t(e)}});var Bt,mR=p(()=>{aR();uR();Bt=t=>({applyToStack:e=>{e.add(dR(),iR)}})});var fR,gR=p(()=>{fR=(t,e)=>{if(!e||e.length===0)return t;let r=[];for(let o of e)for(let n of t)n.schemeId.split("#")[1]===o&&r.push(n);for(let o of t)r.find(({
schemeId:n})=>n===o.schemeId)||r.push(o);return r}});function bD(t){let e=new Map;for(let r of t)e.set(r.schemeId,r);return e}var pm,hR=p(()=>{K();gR();pm=(t,e)=>(r,o)=>async n=>{let s=t.httpAuthSchemeProvider(await e.
httpAuthSchemeParametersProvider(t,o,n.input)),i=t.authSchemePreference?await t.authSchemePreference():[],a=fR(s,i),c=bD(t.httpAuthSchemes),l=Z(o),d=[];for(let u of a){
let m=c.get(u.schemeId);if(!m){d.push(`HttpAuthScheme \`${u.schemeId}\` was not enabled for this service.`);continue}let f=m.identityProvider(await e.identityProviderConfigProvider(
t));if(!f){d.push(`HttpAuthScheme \`${u.schemeId}\` did not have an IdentityProvider configured.`);continue}let{identityProperties:g={},signingProperties:y={}}=u.
propertiesExtractor?.(t,o)||{};u.identityProperties=Object.assign(u.identityProperties||{},g),u.signingProperties=Object.assign(u.signingProperties||{},y),l.selectedHttpAuthScheme=
{httpAuthOption:u,identity:await f(u.identityProperties),signer:m.signer};break}if(!l.selectedHttpAuthScheme)throw new Error(d.join(`
`));return r(n)}});var lm,at,yR=p(()=>{hR();lm={step:"serialize",tags:["HTTP_AUTH_SCHEME"],name:"httpAuthSchemeMiddleware",override:!0,relation:"before",toMiddleware:"endpointV2Mi\
ddleware"},at=(t,{httpAuthSchemeParametersProvider:e,identityProviderConfigProvider:r})=>({applyToStack:o=>{o.addRelativeTo(pm(t,{httpAuthSchemeParametersProvider:e,
identityProviderConfigProvider:r}),lm)}})});var SR=p(()=>{yR()});var PD,OD,dm,ER=p(()=>{U();K();PD=t=>e=>{throw e},OD=(t,e)=>{},dm=t=>(e,r)=>async o=>{if(!z.isInstance(o.request))return e(o);let s=Z(r).selectedHttpAuthScheme;
if(!s)throw new Error("No HttpAuthScheme was selected: unable to sign request");let{httpAuthOption:{signingProperties:i={}},identity:a,signer:c}=s,l=await e({...o,
request:await c.sign(o.request,a,i)}).catch((c.errorHandler||PD)(i));return(c.successHandler||OD)(l.response,i),l}});var um,ct,xR=p(()=>{ER();um={step:"finalizeRequest",tags:["HTTP_SIGNING"],name:"httpSigningMiddleware",aliases:["apiKeyMiddleware","tokenMiddleware","awsAuthMid\
dleware"],override:!0,relation:"after",toMiddleware:"retryMiddleware"},ct=t=>({applyToStack:e=>{e.addRelativeTo(dm(t),um)}})});var RR=p(()=>{xR()});var hr,_R=p(()=>{hr=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});var Ue,wR=p(()=>{K();Ue=class{authSchemes=new Map;constructor(e){for(let r in e){if(!A(e,r))continue;let o=e[r];o!==void 0&&this.authSchemes.set(r,o)}}getIdentityProvider(e){
return this.authSchemes.get(e)}}});var he,TR=p(()=>{he=class{async sign(e,r,o){return e}}});var IR=p(()=>{TR()});var mm,Wa,Ls,qa,AR=p(()=>{mm=t=>function(r){return Ls(r)&&r.expiration.getTime()-Date.now()<t},Wa=mm(3e5),Ls=t=>t.expiration!==void 0,qa=(t,e,r)=>{if(t===void 0)
return;let o=typeof t!="function"?async()=>Promise.resolve(t):t,n,s,i,a=!1,c=async l=>{s||(s=o(l));try{n=await s,i=!0,a=!1}finally{s=void 0}return n};return e===
void 0?async l=>((!i||l?.forceRefresh)&&(n=await c(l)),n):async l=>((!i||l?.forceRefresh)&&(n=await c(l)),a?n:r(n)?(e(n)&&await c(l),n):(a=!0,n))}});var CR=p(()=>{wR();IR();AR()});var Ie=p(()=>{SR();RR();_R();CR()});function $D(t){return t===void 0?!0:typeof t=="string"&&t.length<=50}function zt(t){let e=hr(t.userAgentAppId??Ka),{customUserAgent:r}=t;return Object.assign(t,
{customUserAgent:typeof r=="string"?[[r]]:r,userAgentAppId:async()=>{let o=await e();if(!$D(o)){let n=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?console:
t.logger;typeof o!="string"?n?.warn("userAgentAppId must be a string or undefined."):o.length>50&&n?.warn("The provided userAgentAppId exceeds the maximum lengt\
h of 50 characters.")}return o}})}var Ka,fm=p(()=>{Ie();Ka=void 0});var vR,bR=p(()=>{vR={partitions:[{id:"aws",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aws",implicitGlobalRegion:"us-east-1",name:"aws",supportsDualStack:!0,
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
1.1"}});var LD,UD,PR,OR,gm=p(()=>{bR();LD=vR,UD="",PR=t=>{let{partitions:e}=LD;for(let o of e){let{regions:n,outputs:s}=o;for(let[i,a]of Object.entries(n))if(i===t)return{
...s,...a}}for(let o of e){let{regionRegex:n,outputs:s}=o;if(new RegExp(n).test(t))return{...s}}let r=e.find(o=>o.id==="aws");if(!r)throw new Error("Provided re\
gion was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.");return{...r.outputs}},OR=()=>UD});var NR,hm,DR=p(()=>{NR=require("node:stream"),hm=t=>t?.body instanceof NR.Readable||typeof ReadableStream<"u"&&t?.body instanceof ReadableStream});var kR,$R,LR,UR,MR,FR=p(()=>{kR=["BandwidthLimitExceeded","EC2ThrottledException","LimitExceededException","PriorRequestNotComplete","ProvisionedThroughputExcee\
dedException","RequestLimitExceeded","RequestThrottled","RequestThrottledException","SlowDown","ThrottledException","Throttling","ThrottlingException","TooManyR\
equestsException","TransactionInProgressException"],$R=["TimeoutError","RequestTimeout","RequestTimeoutException"],LR=[500,502,503,504],UR=["ECONNRESET","ECONNR\
EFUSED","EPIPE","ETIMEDOUT"],MR=["EHOSTUNREACH","ENETUNREACH","ENOTFOUND","EAI_AGAIN"]});function BD(t){return t.code==="ERR_HTTP2_STREAM_ERROR"&&t.message.includes("NGHTTP2_REFUSED_STREAM")}var MD,FD,HD,Ja,Xa,HR,ym=p(()=>{FR();MD=t=>t?.$retryable!==
void 0,FD=t=>t.$metadata?.clockSkewCorrected,HD=t=>{let e=new Set(["Failed to fetch","NetworkError when attempting to fetch resource","The Internet connection a\
ppears to be offline","Load failed","Network request failed"]);return t&&t instanceof TypeError?e.has(t.message):!1},Ja=t=>t.$metadata?.httpStatusCode===429||kR.
includes(t.name)||t.$retryable?.throttling==!0,Xa=(t,e=0)=>t?.name!=="AbortError"&&(MD(t)||FD(t)||t.name==="InvalidSignatureException"&&t.message?.includes("Sig\
nature expired")||$R.includes(t.name)||UR.includes(t?.code||"")||MR.includes(t?.code||"")||LR.includes(t.$metadata?.httpStatusCode||0)||HD(t)||BD(t)||t.cause!==
void 0&&e<=10&&Xa(t.cause,e+1)),HR=t=>{if(t.$metadata?.httpStatusCode!==void 0){let e=t.$metadata.httpStatusCode;return 500<=e&&e<=599&&!Xa(t)}return!1}});var Ya,zD,BR,zR=p(()=>{Ya=(t,e)=>{if(!e)return t;let r=()=>{},o=new Promise((n,s)=>{let i=()=>s(zD());e.aborted?i():typeof e.addEventListener=="function"?(e.addEventListener(
"abort",i,{once:!0}),r=()=>e.removeEventListener("abort",i)):e.onabort=i});return Promise.race([t,o]).finally(r)},zD=()=>Object.assign(new Error("Request aborte\
d"),{name:"AbortError"}),BR=t=>typeof t=="object"&&t!==null&&"name"in t&&t.name==="AbortError"});var GR,jR,VR=p(()=>{GR="amz-sdk-invocation-id",jR="amz-sdk-request"});function WR(t,e){if(Ge.isInstance(t))for(let r in t.headers){if(!A(t.headers,r))continue;let o=r.toLowerCase();if(o==="retry-after"){let n=t.headers[r],s=NaN;if(n.
endsWith("GMT"))try{s=(as(n).getTime()-Date.now())/1e3}catch(i){e?.trace?.("Failed to parse retry-after header"),e?.trace?.(i)}else n.match(/ GMT, ((\d+)|(\d+\.\d+))$/)?
s=Number(n.match(/ GMT, ([\d.]+)$/)?.[1]):n.match(/^((\d+)|(\d+\.\d+))$/)?s=Number(n):Date.parse(n)>=Date.now()&&(s=(Date.parse(n)-Date.now())/1e3);return isNaN(
s)?void 0:new Date(Date.now()+s*1e3)}else if(o==="x-amz-retry-after"){let n=t.headers[r],s=Number(n);if(isNaN(s)){e?.trace?.(`Failed to parse x-amz-retry-after=${n}`);
return}return new Date(Date.now()+s)}}}var qR=p(()=>{K();U();P()});var KR,JR=p(()=>{KR=t=>t instanceof Error?t:t instanceof Object?Object.assign(new Error,t):typeof t=="string"?new Error(t):new Error(`AWS SDK error wrapper for ${t}`)});function Sm(t){return e=>(r,o)=>async n=>{let s=await e.retryStrategy(),i=await e.maxAttempts(),a=o[mr]?.abortSignal;if(GD(s)){s=s;let c=(o.partition_id??"")+(o.
__retryLongPoll?":longpoll":""),l=await Ya(s.acquireInitialRetryToken(c),a),d=new Error,u=0,m=0,{request:f}=n,g=z.isInstance(f);for(g&&(f.headers[GR]=bu());;)try{
g&&(f.headers[jR]=`attempt=${u+1}; max=${i}`);let{response:y,output:h}=await r(n);return s.recordSuccess(l),h.$metadata.attempts=u+1,h.$metadata.totalRetryDelay=
m,{response:y,output:h}}catch(y){let h=jD(y,e.logger);if(d=KR(y),g&&t(f))throw(o.logger instanceof ge?console:o.logger)?.warn("An error was encountered in a non\
-retryable streaming request."),d;try{l=await Ya(s.refreshRetryTokenForRetry(l,h),a)}catch(E){throw a?.aborted&&BR(E)?E:(d.$metadata||(d.$metadata={}),d.$metadata.
attempts=u+1,d.$metadata.totalRetryDelay=m,d)}u=l.getRetryCount();let S=l.getRetryDelay();m+=(l?.$retryLog?.acquisitionDelay??0)+S,S>0&&await Ya(new Promise(E=>setTimeout(
E,S)),a)}}else return s=s,s?.mode&&(o.userAgent=[...o.userAgent||[],["cfg/retry-mode",s.mode]]),s.retry(r,n)}}function XR(t){let e=Sm(t);return r=>({applyToStack:o=>{
o.add(e(r),WD)}})}var GD,jD,VD,WD,YR=p(()=>{C();U();P();Ir();ym();zR();VR();qR();JR();GD=t=>typeof t.acquireInitialRetryToken<"u"&&typeof t.refreshRetryTokenForRetry<
"u"&&typeof t.recordSuccess<"u",jD=(t,e)=>{let r={error:t,errorType:VD(t)},o=WR(t.$response,e);return o&&(r.retryAfterHint=o),r},VD=t=>Ja(t)?"THROTTLING":Xa(t)?
"TRANSIENT":HR(t)?"SERVER_ERROR":"CLIENT_ERROR",WD={name:"retryMiddleware",tags:["RETRY"],step:"finalizeRequest",priority:"high",override:!0}});var Qa,QR=p(()=>{ym();Qa=class t{static setTimeoutFn=(e,r)=>setTimeout(e,r);beta;minCapacity;minFillRate;scaleConstant;smooth;enabled=!1;availableTokens=0;lastMaxRate=0;measuredTxRate=0;requestCount=0;fillRate;lastThrottleTime;lastTimestamp=0;lastTxRateBucket;maxCapacity;timeWindow=0;constructor(e){
this.beta=e?.beta??.7,this.minCapacity=e?.minCapacity??1,this.minFillRate=e?.minFillRate??.5,this.scaleConstant=e?.scaleConstant??.4,this.smooth=e?.smooth??.8,this.
lastThrottleTime=this.getCurrentTimeInSeconds(),this.lastTxRateBucket=Math.floor(this.getCurrentTimeInSeconds()),this.fillRate=this.minFillRate,this.maxCapacity=
this.minCapacity}async getSendToken(){return this.acquireTokenBucket(1)}updateClientSendingRate(e){let r;this.updateMeasuredRate();let o=e;if(o?.errorType==="TH\
ROTTLING"||Ja(o?.error??e)){let i=this.enabled?Math.min(this.measuredTxRate,this.fillRate):this.measuredTxRate;this.lastMaxRate=i,this.calculateTimeWindow(),this.
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
return parseFloat(e.toFixed(8))}}});var Gt,Za=p(()=>{Gt=class{static v2026=!0;static delay(){return 50}static throttlingDelay(){return 1e3}static cost(){return 14}static throttlingCost(){return 5}static modifiedCostType(){
return"THROTTLING"}}});var ec,ZR=p(()=>{Za();ec=class{x=Gt.delay();computeNextBackoffDelay(e){let n=Math.random()*Math.min(this.x*2**e,2e4);return Math.floor(n)}setDelayBase(e){this.x=
e}}});var Us,e_=p(()=>{Us=class{delay;count;cost;longPoll;$retryLog={acquisitionDelay:0};constructor(e,r,o,n){this.delay=e,this.count=r,this.cost=o,this.longPoll=n}getRetryCount(){
return this.count}getRetryDelay(){return Math.min(2e4,this.delay)}getRetryCost(){return this.cost}isLongPoll(){return this.longPoll}}});var jt,eo,Ye,Ms=p(()=>{(function(t){t.STANDARD="standard",t.ADAPTIVE="adaptive"})(jt||(jt={}));eo=3,Ye=jt.STANDARD});var tc,$o,Em=p(()=>{ZR();e_();Ms();Za();tc={incompatible:1,attempts:2,capacity:3},$o=class{mode=jt.STANDARD;retryBackoffStrategy;capacity=500;maxAttemptsProvider;baseDelay;constructor(e){
typeof e=="number"?this.maxAttemptsProvider=async()=>e:typeof e=="function"?this.maxAttemptsProvider=e:e&&typeof e=="object"&&(this.maxAttemptsProvider=async()=>e.
maxAttempts,this.baseDelay=e.baseDelay,this.retryBackoffStrategy=e.backoff),this.maxAttemptsProvider??=async()=>eo,this.baseDelay??=Gt.delay(),this.retryBackoffStrategy??=
new ec}async acquireInitialRetryToken(e){return new Us(Gt.delay(),0,void 0,e.includes(":longpoll"))}async refreshRetryTokenForRetry(e,r){let o=await this.getMaxAttempts(),
n=this.retryCode(e,r,o),s=n===0,i=e.isLongPoll?.();if(s||i){let a=r.errorType;this.retryBackoffStrategy.setDelayBase(a==="THROTTLING"?Gt.throttlingDelay():this.
baseDelay);let c=this.retryBackoffStrategy.computeNextBackoffDelay(e.getRetryCount()),l=c;if(r.retryAfterHint instanceof Date&&(l=Math.max(c,Math.min(r.retryAfterHint.
getTime()-Date.now(),c+5e3))),s){let d=this.getCapacityCost(a);this.capacity-=d;let u=new Us(0,e.getRetryCount()+1,d,e.isLongPoll?.()??!1);return await new Promise(
m=>setTimeout(m,l)),u.$retryLog.acquisitionDelay=l,u}else{let d=n===tc.capacity&&i?l:0;d>0&&await new Promise(u=>setTimeout(u,d))}}throw new Error("No retry tok\
en available")}recordSuccess(e){this.capacity=Math.min(500,this.capacity+(e.getRetryCost()??1))}getCapacity(){return this.capacity}async maxAttempts(){return this.
maxAttemptsProvider()}async getMaxAttempts(){try{return await this.maxAttemptsProvider()}catch{return console.warn(`Max attempts provider could not resolve. Usi\
ng default of ${eo}`),eo}}retryCode(e,r,o){let n=e.getRetryCount()+1,s=this.isRetryableError(r.errorType)?0:tc.incompatible,i=n<o?0:tc.attempts,a=this.capacity>=
this.getCapacityCost(r.errorType)?0:tc.capacity;return s||i||a}getCapacityCost(e){return e===Gt.modifiedCostType()?Gt.throttlingCost():Gt.cost()}isRetryableError(e){
return e==="THROTTLING"||e==="TRANSIENT"}}});var rc,t_=p(()=>{QR();Em();Ms();rc=class{mode=jt.ADAPTIVE;rateLimiter;standardRetryStrategy;constructor(e,r){let{rateLimiter:o}=r??{};this.rateLimiter=o??new Qa,
this.standardRetryStrategy=r?new $o({maxAttempts:typeof e=="number"?e:3,...r}):new $o(e)}async acquireInitialRetryToken(e){let r=await this.standardRetryStrategy.
acquireInitialRetryToken(e);return await this.rateLimiter.getSendToken(),r}async refreshRetryTokenForRetry(e,r){this.rateLimiter.updateClientSendingRate(r);let o=await this.
standardRetryStrategy.refreshRetryTokenForRetry(e,r);return await this.rateLimiter.getSendToken(),o}recordSuccess(e){this.rateLimiter.updateClientSendingRate({}),
this.standardRetryStrategy.recordSuccess(e)}async maxAttemptsProvider(){return this.standardRetryStrategy.maxAttempts()}}});var xm,Rm,Vt,Wt,r_,o_,qt,n_=p(()=>{C();t_();Em();Ms();Za();xm="AWS_MAX_ATTEMPTS",Rm="max_attempts",Vt={environmentVariableSelector:t=>{let e=t[xm];if(!e)return;
let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Environment variable ${xm} mast be a number, got "${e}"`);return r},configFileSelector:t=>{let e=t[Rm];if(!e)
return;let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Shared config file entry ${Rm} mast be a number, got "${e}"`);return r},default:eo},Wt=(t,e)=>{let{
retryStrategy:r,retryMode:o}=t,{defaultMaxAttempts:n=eo,defaultBaseDelay:s=Gt.delay()}=e??{},i=q(t.maxAttempts??n),a=r?Promise.resolve(r):void 0,c=async()=>{let l=await i();
return await q(o)()===jt.ADAPTIVE?new rc(i,{maxAttempts:l,baseDelay:s}):new $o({maxAttempts:l,baseDelay:s})};return Object.assign(t,{maxAttempts:i,retryStrategy:()=>a??=
c()})},r_="AWS_RETRY_MODE",o_="retry_mode",qt={environmentVariableSelector:t=>t[r_],configFileSelector:t=>t[o_],default:Ye}});var Z9,sr,pt=p(()=>{DR();YR();Ms();n_();Z9=Sm(hm),sr=XR(hm)});async function s_(t,e,r){if(r.request?.headers?.["smithy-protocol"]==="rpc-v2-cbor"&&wr(t,"PROTOCOL_RPC_V2_CBOR","M"),typeof e.retryStrategy=="function"){let s=await e.
retryStrategy();if(typeof s.mode=="string")switch(s.mode){case jt.ADAPTIVE:wr(t,"RETRY_MODE_ADAPTIVE","F");break;case jt.STANDARD:wr(t,"RETRY_MODE_STANDARD","E");
break}}if(typeof e.accountIdEndpointMode=="function"){let s=t.endpointV2;switch(String(s?.url?.hostname).match(JD)&&wr(t,"ACCOUNT_ID_ENDPOINT","O"),await e.accountIdEndpointMode?.()){case"\
disabled":wr(t,"ACCOUNT_ID_MODE_DISABLED","Q");break;case"preferred":wr(t,"ACCOUNT_ID_MODE_PREFERRED","P");break;case"required":wr(t,"ACCOUNT_ID_MODE_REQUIRED",
"R");break}}let n=t.__smithy_context?.selectedHttpAuthScheme?.identity;if(n?.$source){let s=n;s.accountId&&wr(t,"RESOLVED_ACCOUNT_ID","T");for(let[i,a]of Object.
entries(s.$source??{}))wr(t,i,a)}}var JD,i_=p(()=>{pt();dh();JD=/\d{12}\.ddb/});var _m,oc,a_,c_,p_=p(()=>{_m="user-agent",oc="x-amz-user-agent",a_=/[^!$%&'*+\-.^_`|~\w]/g,c_=/[^!$%&'*+\-.^_`|~\w#]/g});function l_(t){let e="";for(let r in t){let o=t[r];if(e.length+o.length+1<=1024){e.length?e+=","+o:e+=o;continue}break}return e}var d_=p(()=>{});var f_,nc,g_,Kt,h_=p(()=>{U();gm();i_();p_();d_();f_=t=>(e,r)=>async o=>{let{request:n}=o;if(!z.isInstance(n))return e(o);let{headers:s}=n,i=r?.userAgent?.map(nc)||
[],a=(await t.defaultUserAgentProvider()).map(nc);await s_(r,t,o);let c=r;a.push(`m/${l_(Object.assign({},r.__smithy_context?.features,c.__aws_sdk_context?.features))}`);
let l=t?.customUserAgent?.map(nc)||[],d=await t.userAgentAppId();d&&a.push(nc(["app",`${d}`]));let u=OR(),m=(u?[u]:[]).concat([...a,...i,...l]).join(" "),f=[...a.
filter(g=>g.startsWith("aws-sdk-")),...l].join(" ");return t.runtime!=="browser"?(f&&(s[oc]=s[oc]?`${s[_m]} ${f}`:f),s[_m]=m):s[oc]=m,e({...o,request:n})},nc=t=>{
let e=t[0].split("/").map(i=>i.replace(a_,"-")).join("/"),r=t[1]?.replace(c_,"-"),o=e.indexOf("/"),n=e.substring(0,o),s=e.substring(o+1);return n==="api"&&(s=s.
toLowerCase()),[n,s,r].filter(i=>i&&i.length>0).reduce((i,a,c)=>{switch(c){case 0:return a;case 1:return`${i}/${a}`;default:return`${i}#${a}`}},"")},g_={name:"g\
etUserAgentMiddleware",step:"build",priority:"low",tags:["SET_USER_AGENT","USER_AGENT"],override:!0},Kt=t=>({applyToStack:e=>{e.add(f_(t),g_)}})});var sc,y_,S_=p(()=>{sc=require("node:process"),y_=()=>{let t=["deno","bun","llrt"];for(let e of t)if(sc.versions[e])return[`md/${e}`,sc.versions[e]];return["md/\
nodejs",sc.versions.node]}});var Tm,E_=p(()=>{Tm={isCrtAvailable:!1}});var x_,R_=p(()=>{E_();x_=()=>Tm.isCrtAvailable?["md/crt-avail"]:null});var ic,Im,Jt,__=p(()=>{ic=require("node:os"),Im=require("node:process");S_();R_();Jt=({serviceId:t,clientVersion:e})=>{let r=y_();return async o=>{let n=[["aws-\
sdk-js",e],["ua","2.1"],[`os/${(0,ic.platform)()}`,(0,ic.release)()],["lang/js"],r],s=x_();s&&n.push(s),t&&n.push([`api/${t}`,e]),Im.env.AWS_EXECUTION_ENV&&n.push(
[`exec-env/${Im.env.AWS_EXECUTION_ENV}`]);let i=await o?.userAgentAppId?.();return i?[...n,[`app/${i}`]]:[...n]}}});var w_,T_,XD,Xt,I_=p(()=>{fm();w_="AWS_SDK_UA_APP_ID",T_="sdk_ua_app_id",XD="sdk-ua-app-id",Xt={environmentVariableSelector:t=>t[w_],configFileSelector:t=>t[T_]??
t[XD],default:Ka}});var A_=p(()=>{J()});var Am,C_=p(()=>{J();A_();Am=(t,e=!1)=>{if(e){for(let r of t.split("."))if(!Am(r))return!1;return!0}return!(!Ar(t)||t.length<3||t.length>63||t!==t.toLowerCase()||
gn(t))}});var v_,b_=p(()=>{v_=t=>{let e=t.split(":");if(e.length<6)return null;let[r,o,n,s,i,...a]=e;if(r!=="arn"||o===""||n===""||a.join(":")==="")return null;let c=a.map(
l=>l.split("/")).flat();return{partition:o,service:n,region:s,accountId:i,resourceId:c}}});var lt,P_=p(()=>{J();C_();b_();gm();lt={isVirtualHostableS3Bucket:Am,parseArn:v_,partition:PR};_e.aws=lt});function Cm(t={}){return T({...Re,async default(){return O_.silence||console.warn("@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credenti\
al-providers README and set a region explicitly."),"us-east-1"}},{...Ke,...t})}var O_,N_=p(()=>{k();O_={silence:!1}});var Yt,Qt,D_=p(()=>{Yt=t=>({setRegion(e){t.region=e},region(){return t.region}}),Qt=t=>({region:t.region()})});var M=p(()=>{ph();lh();uh();rR();sR();mR();fm();h_();__();I_();P_();N_();D_()});var ac,cc,k_=p(()=>{U();ac=t=>Ge.isInstance(t)?t.headers?.date??t.headers?.Date:void 0,cc=t=>Ge.isInstance(t)?t.headers?.age??t.headers?.Age:void 0});var Fs,$_=p(()=>{Fs=t=>new Date(Date.now()+t)});var pc,L_=p(()=>{pc=(t,e,r,o)=>{if(o!==void 0)return e;let n=Date.parse(t);if(Number.isNaN(n))return e;let s=Date.now();return r!==void 0&&s-r>9e5?e:n-s}});var vm=p(()=>{k_();$_();L_()});var Hs,YD,Bs,ae,bm=p(()=>{U();Ir();vm();Hs=(t,e)=>{if(!e)throw new Error(`Property \`${t}\` is not resolved for AWS SDK SigV4Auth`);return e},YD=t=>t.context?.[mr]?.
eventStream?.output===!0,Bs=async t=>{let e=Hs("context",t.context),r=Hs("config",t.config),o=e.endpointV2?.properties?.authSchemes?.[0],s=await Hs("signer",r.signer)(
o),i=t?.signingRegion,a=t?.signingRegionSet,c=t?.signingName;return{config:r,signer:s,signingRegion:i,signingRegionSet:a,signingName:c}},ae=class{async sign(e,r,o){
if(!z.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");let n=await Bs(o),{config:s,signer:i}=n,{signingRegion:a,
signingName:c}=n,l=o.context;if(l?.authSchemes?.length??!1){let[f,g]=l.authSchemes;f?.name==="sigv4a"&&g?.name==="sigv4"&&(a=g?.signingRegion??a,c=g?.signingName??
c)}let d=await s.disableClockSkewCorrection?.()===!0;o._disableClockSkewCorrection=d;let u=d||YD(o);return o._skipClockSkewSampling=u,u||(o._preRequestSystemClockOffset=
s.systemClockOffset,o._requestSentAt=Date.now()),await i.sign(e,{signingDate:d?new Date:Fs(s.systemClockOffset),signingRegion:a,signingService:c})}errorHandler(e){
return r=>{let o=r;if(!e._skipClockSkewSampling&&!e._disableClockSkewCorrection){let n=o.ServerTime??ac(o.$response);if(n){let s=Hs("config",e.config),i=e._preRequestSystemClockOffset,
a=e._requestSentAt,c=cc(o.$response),l=pc(n,s.systemClockOffset,a,c);s.systemClockOffset=l,Math.abs(l)>=24e4&&(l!==i||i!==void 0&&i!==l)&&o.$metadata&&(o.$metadata.
clockSkewCorrected=!0)}}throw r}}successHandler(e,r){if(r._skipClockSkewSampling||r._disableClockSkewCorrection)return;let o=ac(e);if(o){let n=Hs("config",r.config),
s=r._requestSentAt,i=cc(e);n.systemClockOffset=pc(o,n.systemClockOffset,s,i)}}}});var ir,U_=p(()=>{U();vm();bm();ir=class extends ae{async sign(e,r,o){if(!z.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and ca\
nnot be signed");let{config:n,signer:s,signingRegion:i,signingRegionSet:a,signingName:c}=await Bs(o),d=(await n.sigv4aSigningRegionSet?.()??a??[i]).join(","),u=await n.
disableClockSkewCorrection?.()===!0;return o._disableClockSkewCorrection=u,u||(o._preRequestSystemClockOffset=n.systemClockOffset,o._requestSentAt=Date.now()),await s.
sign(e,{signingDate:u?new Date:Fs(n.systemClockOffset),signingRegion:d,signingService:c})}}});var Pm,M_=p(()=>{Pm=t=>typeof t=="string"&&t.length>0?t.split(",").map(e=>e.trim()):[]});var F_,H_=p(()=>{F_=t=>`AWS_BEARER_TOKEN_${t.replace(/[\s-]/g,"_").toUpperCase()}`});var B_,z_,dt,G_=p(()=>{M_();H_();B_="AWS_AUTH_SCHEME_PREFERENCE",z_="auth_scheme_preference",dt={environmentVariableSelector:(t,e)=>{if(e?.signingName&&F_(e.signingName)in
t)return["httpBearerAuth"];if(B_ in t)return Pm(t[B_])},configFileSelector:t=>{if(z_ in t)return Pm(t[z_])},default:[]}});var bn,Pn,j_=p(()=>{Ie();k();bn=t=>(t.sigv4aSigningRegionSet=hr(t.sigv4aSigningRegionSet),t),Pn={environmentVariableSelector(t){if(t.AWS_SIGV4A_SIGNING_REGION_SET)
return t.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map(e=>e.trim());throw new ke("AWS_SIGV4A_SIGNING_REGION_SET not set in env.",{tryNextLink:!0})},configFileSelector(t){
if(t.sigv4a_signing_region_set)return(t.sigv4a_signing_region_set??"").split(",").map(e=>e.trim());throw new ke("sigv4a_signing_region_set not set in profile.",
{tryNextLink:!0})},default:void 0}});function W_(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var lc,V_,QD,Om,q_=p(()=>{P();P();lc=class{format(e){let r=[];for(let s in e){
if(!A(e,s))continue;let i=te(s);r.push(Uint8Array.from([i.byteLength]),i,this.formatHeaderValue(e[s]))}let o=new Uint8Array(r.reduce((s,i)=>s+i.byteLength,0)),n=0;
for(let s of r)o.set(s,n),n+=s.byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.
from([2,e.value]);case"short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(
new ArrayBuffer(5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let n=new Uint8Array(9);return n[0]=5,n.set(e.value.bytes,
1),n;case"binary":let s=new DataView(new ArrayBuffer(3+e.value.byteLength));s.setUint8(0,6),s.setUint16(1,e.value.byteLength,!1);let i=new Uint8Array(s.buffer);
return i.set(e.value,3),i;case"string":let a=te(e.value),c=new DataView(new ArrayBuffer(3+a.byteLength));c.setUint8(0,7),c.setUint16(1,a.byteLength,!1);let l=new Uint8Array(
c.buffer);return l.set(a,3),l;case"timestamp":let d=new Uint8Array(9);return d[0]=8,d.set(Om.fromNumber(e.value.valueOf()).bytes,1),d;case"uuid":if(!QD.test(e.value))
throw new Error(`Invalid UUID received: ${e.value}`);let u=new Uint8Array(17);return u[0]=9,u.set(ps(e.value.replace(/-/g,"")),1),u}}};(function(t){t[t.boolTrue=
0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=6]="byteArray",t[t.
string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(V_||(V_={}));QD=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,Om=class t{bytes;constructor(e){
if(this.bytes=e,e.byteLength!==8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(
`${e} is too large (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,n=Math.abs(Math.round(e));o>-1&&n>0;o--,n/=256)r[o]=
n;return e<0&&W_(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&W_(e),parseInt(oe(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var K_,J_,Nm,X_,Y_,Dm,km,$m,Lm,ZD,Q_,Z_,zs,ew,tw,rw,ow,dc,nw,sw,iw,Um,aw,Lo=p(()=>{K_="X-Amz-Algorithm",J_="X-Amz-Credential",Nm="X-Amz-Date",X_="X-Amz-SignedHe\
aders",Y_="X-Amz-Expires",Dm="X-Amz-Signature",km="X-Amz-Security-Token",$m="authorization",Lm=Nm.toLowerCase(),ZD="date",Q_=[$m,Lm,ZD],Z_=Dm.toLowerCase(),zs="\
x-amz-content-sha256",ew=km.toLowerCase(),tw={authorization:!0,"cache-control":!0,connection:!0,expect:!0,from:!0,"keep-alive":!0,"max-forwards":!0,pragma:!0,referer:!0,
te:!0,trailer:!0,"transfer-encoding":!0,upgrade:!0,"user-agent":!0,"x-amzn-trace-id":!0},rw=/^proxy-/,ow=/^sec-/,dc="AWS4-HMAC-SHA256",nw="AWS4-HMAC-SHA256-PAYL\
OAD",sw="UNSIGNED-PAYLOAD",iw=50,Um="aws4_request",aw=3600*24*7});var cw,pw=p(()=>{P();U();Lo();cw=({query:t={}})=>{let e=[],r={};for(let o in t){if(!A(t,o)||o.toLowerCase()===Z_)continue;let n=gr(o);e.push(n);let s=t[o];typeof s==
"string"?r[n]=`${n}=${gr(s)}`:Array.isArray(s)&&(r[n]=s.slice(0).reduce((i,a)=>i.concat([`${n}=${gr(a)}`]),[]).sort().join("&"))}return e.sort().map(o=>r[o]).filter(
o=>o).join("&")}});var lw,ek,dw=p(()=>{lw=t=>ek(t).toISOString().replace(/\.\d{3}Z$/,"Z"),ek=t=>typeof t=="number"?new Date(t*1e3):typeof t=="string"?Number(t)?new Date(Number(t)*
1e3):new Date(t):t});var uc,uw=p(()=>{C();U();P();pw();dw();uc=class{service;regionProvider;credentialProvider;sha256;uriEscapePath;applyChecksum;constructor({applyChecksum:e,credentials:r,
region:o,service:n,sha256:s,uriEscapePath:i=!0}){this.service=n,this.sha256=s,this.uriEscapePath=i,this.applyChecksum=typeof e=="boolean"?e:!0,this.regionProvider=
q(o),this.credentialProvider=q(r)}createCanonicalRequest(e,r,o){let n=Object.keys(r).sort();return`${e.method}
${this.getCanonicalPath(e)}
${cw(e)}
${n.map(s=>`${s}:${r[s]}`).join(`
`)}

${n.join(";")}
${o}`}async createStringToSign(e,r,o,n){let s=new this.sha256;s.update(_t(o));let i=await s.digest();return`${n}
${e}
${r}
${oe(i)}`}getCanonicalPath({path:e}){if(this.uriEscapePath){let r=[];for(let s of e.split("/"))s?.length!==0&&s!=="."&&(s===".."?r.pop():r.push(s));let o=`${e?.
startsWith("/")?"/":""}${r.join("/")}${r.length>0&&e?.endsWith("/")?"/":""}`;return gr(o).replace(/%2F/g,"/")}return e}validateResolvedCredentials(e){if(typeof e!=
"object"||typeof e.accessKeyId!="string"||typeof e.secretAccessKey!="string")throw new Error("Resolved credential object is not valid")}formatDate(e){let r=lw(e).
replace(/[-:]/g,"");return{longDate:r,shortDate:r.slice(0,8)}}getCanonicalHeaderList(e){return Object.keys(e).sort().join(";")}}});var mc,Mm,fc,fw,mw,gw=p(()=>{P();Lo();mc={},Mm=[],fc=(t,e,r)=>`${t}/${e}/${r}/${Um}`,fw=async(t,e,r,o,n)=>{let s=await mw(t,e.secretAccessKey,e.accessKeyId),i=`${r}\
:${o}:${n}:${oe(s)}:${e.sessionToken}`;if(i in mc)return mc[i];for(Mm.push(i);Mm.length>iw;)delete mc[Mm.shift()];let a=`AWS4${e.secretAccessKey}`;for(let c of[
r,o,n,Um])a=await mw(t,a,c);return mc[i]=a},mw=(t,e,r)=>{let o=new t(e);return o.update(_t(r)),o.digest()}});var Fm,hw=p(()=>{P();Lo();Fm=({headers:t},e,r)=>{let o={};for(let n of Object.keys(t).sort()){if(t[n]==null)continue;let s=n.toLowerCase();(A(tw,s)||e?.has(s)||
rw.test(s)||ow.test(s))&&(!r||r&&!r.has(s))||(s==="__proto__"&&Mr(o),o[s]=t[n].replace(/[\r\n]/g," ").replace(/[ \t]+/g," ").replace(/^ | $/g,""))}return o}});var gc,yw=p(()=>{P();P();Lo();gc=async({headers:t,body:e},r)=>{for(let o in t)if(A(t,o)&&o.toLowerCase()===zs)return t[o];if(e==null)return"e3b0c44298fc1c149afb\
f4c8996fb92427ae41e4649b934ca495991b7852b855";if(typeof e=="string"||ArrayBuffer.isView(e)||ss(e)){let o=new r;return o.update(_t(e)),oe(await o.digest())}return sw}});var Sw,Ew=p(()=>{P();Sw=(t,e)=>{t=t.toLowerCase();for(let r in e)if(A(e,r)&&t===r.toLowerCase())return!0;return!1}});var xw,Rw=p(()=>{P();U();xw=(t,e={})=>{let{headers:r,query:o={}}=z.clone(t);for(let n in r){if(!A(r,n))continue;let s=n.toLowerCase();(s.slice(0,6)==="x-amz-"&&
!e.unhoistableHeaders?.has(s)||e.hoistableHeaders?.has(s))&&(o[n]=r[n],delete r[n])}return{...t,headers:r,query:o}}});var Hm,_w=p(()=>{P();U();Lo();Hm=t=>{t=z.clone(t);for(let e in t.headers)A(t.headers,e)&&Q_.indexOf(e.toLowerCase())>-1&&delete t.headers[e];return t}});var to,ww=p(()=>{P();q_();uw();Lo();gw();hw();yw();Ew();Rw();_w();to=class extends uc{headerFormatter=new lc;constructor({applyChecksum:e,credentials:r,region:o,
service:n,sha256:s,uriEscapePath:i=!0}){super({applyChecksum:e,credentials:r,region:o,service:n,sha256:s,uriEscapePath:i})}async presign(e,r={}){let{signingDate:o=new Date,
expiresIn:n=3600,unsignableHeaders:s,unhoistableHeaders:i,signableHeaders:a,hoistableHeaders:c,signingRegion:l,signingService:d}=r,u=await this.credentialProvider();
this.validateResolvedCredentials(u);let m=l??await this.regionProvider(),{longDate:f,shortDate:g}=this.formatDate(o);if(n>aw)return Promise.reject("Signature ve\
rsion 4 presigned URLs must have an expiration date less than one week in the future");let y=fc(g,m,d??this.service),h=xw(Hm(e),{unhoistableHeaders:i,hoistableHeaders:c});
u.sessionToken&&(h.query[km]=u.sessionToken),h.query[K_]=dc,h.query[J_]=`${u.accessKeyId}/${y}`,h.query[Nm]=f,h.query[Y_]=n.toString(10);let S=Fm(h,s,a);return h.
query[X_]=this.getCanonicalHeaderList(S),h.query[Dm]=await this.getSignature(f,y,this.getSigningKey(u,m,g,d),this.createCanonicalRequest(h,S,await gc(e,this.sha256))),
h}async sign(e,r){return typeof e=="string"?this.signString(e,r):e.headers&&e.payload?this.signEvent(e,r):e.message?this.signMessage(e,r):this.signRequest(e,r)}async signEvent({
headers:e,payload:r},{signingDate:o=new Date,priorSignature:n,signingRegion:s,signingService:i,eventStreamCredentials:a}){let c=s??await this.regionProvider(),{
shortDate:l,longDate:d}=this.formatDate(o),u=fc(l,c,i??this.service),m=await gc({headers:{},body:r},this.sha256),f=new this.sha256;f.update(e);let g=oe(await f.
digest()),y=[nw,d,u,n,g,m].join(`
`);return this.signString(y,{signingDate:o,signingRegion:c,signingService:i,eventStreamCredentials:a})}async signMessage(e,{signingDate:r=new Date,signingRegion:o,
signingService:n,eventStreamCredentials:s}){return this.signEvent({headers:this.headerFormatter.format(e.message.headers),payload:e.message.body},{signingDate:r,
signingRegion:o,signingService:n,priorSignature:e.priorSignature,eventStreamCredentials:s}).then(a=>({message:e.message,signature:a}))}async signString(e,{signingDate:r=new Date,
signingRegion:o,signingService:n,eventStreamCredentials:s}={}){let i=s??await this.credentialProvider();this.validateResolvedCredentials(i);let a=o??await this.
regionProvider(),{shortDate:c}=this.formatDate(r),l=new this.sha256(await this.getSigningKey(i,a,c,n));return l.update(_t(e)),oe(await l.digest())}async signRequest(e,{
signingDate:r=new Date,signableHeaders:o,unsignableHeaders:n,signingRegion:s,signingService:i}={}){let a=await this.credentialProvider();this.validateResolvedCredentials(
a);let c=s??await this.regionProvider(),l=Hm(e),{longDate:d,shortDate:u}=this.formatDate(r),m=fc(u,c,i??this.service);l.headers[Lm]=d,a.sessionToken&&(l.headers[ew]=
a.sessionToken);let f=await gc(l,this.sha256);!Sw(zs,l.headers)&&this.applyChecksum&&(l.headers[zs]=f);let g=Fm(l,n,o),y=await this.getSignature(d,m,this.getSigningKey(
a,c,u,i),this.createCanonicalRequest(l,g,f));return l.headers[$m]=`${dc} Credential=${a.accessKeyId}/${m}, SignedHeaders=${this.getCanonicalHeaderList(g)}, Sign\
ature=${y}`,l}async getSignature(e,r,o,n){let s=await this.createStringToSign(e,r,n,dc),i=new this.sha256(await o);return i.update(_t(s)),oe(await i.digest())}getSigningKey(e,r,o,n){
return fw(this.sha256,e,o,r,n||this.service)}}});var hc,Tw=p(()=>{hc={SignatureV4a:null}});var yc=p(()=>{ww();Tw()});function tk(t,{credentials:e,credentialDefaultProvider:r}){let o;return e?e?.memoized?o=e:o=qa(e,Wa,Ls):r?o=hr(r(Object.assign({},t,{parentClientConfig:t}))):o=
async()=>{throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.")},o.memoized=!0,
o}function rk(t,e){if(e.configBound)return e;let r=async o=>e({...o,callerClientConfig:t});return r.memoized=e.memoized,r.configBound=!0,r}var Bm,Iw=p(()=>{M();
Ie();yc();Bm=t=>e=>{let r=e.credentials,o=!!e.credentials,n;Object.defineProperty(e,"credentials",{set(d){d&&d!==r&&d!==n&&(o=!0),r=d;let u=tk(e,{credentials:r,
credentialDefaultProvider:e.credentialDefaultProvider}),m=rk(e,u);if(o&&!m.attributed){let f=typeof r=="object"&&r!==null;n=async g=>{let h=await m(g);return f&&
(!h.$source||Object.keys(h.$source).length===0)?H(h,"CREDENTIALS_CODE","e"):h},n.memoized=m.memoized,n.configBound=m.configBound,n.attributed=!0}else n=m},get(){
return n},enumerable:!0,configurable:!0}),e.credentials=r;let{signingEscapePath:s=!0,systemClockOffset:i=e.systemClockOffset||0,sha256:a}=e,c;return e.signer?c=
hr(e.signer):e.regionInfoProvider?c=()=>hr(e.region)().then(async d=>[await e.regionInfoProvider(d,{useFipsEndpoint:await e.useFipsEndpoint(),useDualstackEndpoint:await e.
useDualstackEndpoint()})||{},d]).then(([d,u])=>{let{signingRegion:m,signingService:f}=d;e.signingRegion=e.signingRegion||m||u,e.signingName=e.signingName||f||e.
serviceId;let g={...e,credentials:e.credentials,region:e.signingRegion,service:e.signingName,sha256:a,uriEscapePath:s},y=e.signerConstructor||to;return new y(g)}):
c=async d=>{d=Object.assign({},{name:"sigv4",signingName:e.signingName||e.defaultSigningName,signingRegion:await hr(e.region)(),properties:{}},d);let u=d.signingRegion,
m=d.signingName;e.signingRegion=e.signingRegion||u,e.signingName=e.signingName||m||e.serviceId;let f={...e,credentials:e.credentials,region:e.signingRegion,service:e.
signingName,sha256:a,uriEscapePath:s},g=e.signerConstructor||to;return new g(f)},Object.assign(e,{systemClockOffset:i,signingEscapePath:s,signer:c,disableClockSkewCorrection:hr(
e.disableClockSkewCorrection??t)})}});var zm=p(()=>{bm();U_();G_();j_();Iw()});var nk,sk,Aw,Cw=p(()=>{k();nk="AWS_DISABLE_CLOCK_SKEW_CORRECTION",sk="disable_clock_skew_correction",Aw={environmentVariableSelector:t=>Tt(t,nk,Ve.ENV),configFileSelector:t=>Tt(
t,sk,Ve.CONFIG),default:!1}});var vw,bw=p(()=>{k();Cw();vw=T(Aw)});var ar,ye=p(()=>{zm();zm();bw();ar=Bm(vw)});var Gs,Pw=p(()=>{Gs={CrtSignerV4:null}});function Nw(t){return{accessKeyId:t.accessKeyId,secretAccessKey:t.secretAccessKey,expiration:t.expiration}}function Dw(t,e){let r=t.credentialProvider;t.credentialProvider=
()=>(t.credentialProvider=r,Promise.resolve(e))}var Gm,Ow,Sc,kw=p(()=>{yc();Gm="X-Amz-S3session-Token",Ow=Gm.toLowerCase(),Sc=class extends to{async signWithCredentials(e,r,o){
let n=Nw(r);e.headers[Ow]=r.sessionToken;let s=this;return Dw(s,n),s.signRequest(e,o??{})}async presignWithCredentials(e,r,o){let n=Nw(r);return delete e.headers[Ow],
e.headers[Gm]=r.sessionToken,e.query=e.query??{},e.query[Gm]=r.sessionToken,Dw(this,n),this.presign(e,o)}}});var yr,$w=p(()=>{yc();Pw();kw();yr=class{sigv4aSigner;sigv4Signer;signerOptions;static sigv4aDependency(){return typeof Gs.CrtSignerV4=="function"?"crt":typeof hc.
SignatureV4a=="function"?"js":"none"}constructor(e){this.sigv4Signer=new Sc(e),this.signerOptions=e}async sign(e,r={}){return r.signingRegion==="*"?this.getSigv4aSigner().
sign(e,r):this.sigv4Signer.sign(e,r)}async signWithCredentials(e,r,o={}){if(o.signingRegion==="*"){let n=this.getSigv4aSigner(),s=Gs.CrtSignerV4;if(s&&n instanceof
s)return n.signWithCredentials(e,r,o);throw new Error(`signWithCredentials with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signa\
ture-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require(\
"@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-\
sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.signWithCredentials(e,r,o)}async presign(e,r={}){if(r.signingRegion==="*"){let o=this.
getSigv4aSigner(),n=Gs.CrtSignerV4;if(n&&o instanceof n)return o.presign(e,r);throw new Error(`presign with signingRegion '*' is only supported when using the C\
RT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the \
package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to\
 https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.presign(e,r)}async presignWithCredentials(e,r,o={}){
if(o.signingRegion==="*")throw new Error("Method presignWithCredentials is not supported for [signingRegion=*].");return this.sigv4Signer.presignWithCredentials(
e,r,o)}getSigv4aSigner(){if(!this.sigv4aSigner){let e=Gs.CrtSignerV4,r=hc.SignatureV4a;if(this.signerOptions.runtime==="node"){if(!e&&!r)throw new Error("Neithe\
r CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https\
://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt");if(e&&typeof e=="function")this.sigv4aSigner=new e({...this.signerOptions,signingAlgorithm:1});else if(r&&
typeof r=="function")this.sigv4aSigner=new r({...this.signerOptions});else throw new Error("Available SigV4a implementation is not a valid constructor. Please e\
nsure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functi\
onality-requiring-aws-common-runtime-crt")}else{if(!r||typeof r!="function")throw new Error("JS SigV4a implementation is not available or not a valid constructo\
r. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also re\
gister the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please \
go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a");this.sigv4aSigner=new r({...this.signerOptions})}}return this.sigv4aSigner}}});var js=p(()=>{$w()});var qs,Ks,qm,Km,Jm,Xm,Rc,Zw=p(()=>{M();k();qs="AWS_ACCESS_KEY_ID",Ks="AWS_SECRET_ACCESS_KEY",qm="AWS_SESSION_TOKEN",Km="AWS_CREDENTIAL_EXPIRATION",Jm="AWS_CREDE\
NTIAL_SCOPE",Xm="AWS_ACCOUNT_ID",Rc=t=>async()=>{t?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");let e=process.env[qs],r=process.env[Ks],o=process.
env[qm],n=process.env[Km],s=process.env[Jm],i=process.env[Xm];if(e&&r){let a={accessKeyId:e,secretAccessKey:r,...o&&{sessionToken:o},...n&&{expiration:new Date(
n)},...s&&{credentialScope:s},...i&&{accountId:i}};return H(a,"CREDENTIALS_ENV_VARS","g"),a}throw new _("Unable to find environment variable credentials.",{logger:t?.
logger})}});var e0={};St(e0,{ENV_ACCOUNT_ID:()=>Xm,ENV_CREDENTIAL_SCOPE:()=>Jm,ENV_EXPIRATION:()=>Km,ENV_KEY:()=>qs,ENV_SECRET:()=>Ks,ENV_SESSION:()=>qm,fromEnv:()=>Rc});var Ym=p(
()=>{Zw()});var _c,wc,Qm=p(()=>{_c=t=>!!t&&typeof t=="object"&&typeof t.AccessKeyId=="string"&&typeof t.SecretAccessKey=="string"&&typeof t.Token=="string"&&typeof t.Expiration==
"string",wc=t=>({accessKeyId:t.AccessKeyId,secretAccessKey:t.SecretAccessKey,sessionToken:t.Token,expiration:new Date(t.Expiration),...t.AccountId&&{accountId:t.
AccountId}})});var t0,r0,Dn,Tc=p(()=>{t0=1e3,r0=0,Dn=({maxRetries:t=0,timeout:e=1e3})=>({maxRetries:t,timeout:e})});var Zm,o0=p(()=>{Zm=So(require("node:http"))});function ro(t){return new Promise((e,r)=>{let o=Zm.default.request({method:"GET",...t,hostname:t.hostname?.replace(/^\[(.+)\]$/,"$1")});o.on("error",n=>{r(Object.
assign(new ke("Unable to connect to instance metadata service"),n)),o.destroy()}),o.on("timeout",()=>{r(new ke("TimeoutError from instance metadata service")),o.
destroy()}),o.on("response",n=>{let{statusCode:s=400}=n;(s<200||300<=s)&&(r(Object.assign(new ke("Error response received from instance metadata service"),{statusCode:s})),
o.destroy());let i=[];n.on("data",a=>{i.push(a)}),n.on("end",()=>{e(Buffer.concat(i)),o.destroy()})}),o.end()})}var Ic=p(()=>{k();o0()});var Js,ef=p(()=>{Js=(t,e)=>{let r=t();for(let o=0;o<e;o++)r=r.catch(t);return r}});var kn,Xs,Ac,n0,fk,gk,hk,yk,Sk,s0=p(()=>{k();Qm();Tc();Ic();ef();kn="AWS_CONTAINER_CREDENTIALS_FULL_URI",Xs="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",Ac="AWS_CON\
TAINER_AUTHORIZATION_TOKEN",n0=(t={})=>{let{timeout:e,maxRetries:r}=Dn(t);return()=>Js(async()=>{let o=await Sk({logger:t.logger}),n=JSON.parse(await fk(e,o));if(!_c(
n))throw new _("Invalid response received from instance metadata service.",{logger:t.logger});return wc(n)},r)},fk=async(t,e)=>(process.env[Ac]&&(e.headers={...e.
headers,Authorization:process.env[Ac]}),(await ro({...e,timeout:t})).toString()),gk="169.254.170.2",hk=new Set(["localhost","127.0.0.1"]),yk=new Set(["http:","h\
ttps:"]),Sk=async({logger:t})=>{if(process.env[Xs])return{hostname:gk,path:process.env[Xs]};if(process.env[kn]){let e;try{e=new URL(process.env[kn])}catch{throw new _(
`${process.env[kn]} is not a valid container metadata service URL`,{tryNextLink:!1,logger:t})}if(!e.hostname||!hk.has(e.hostname))throw new _(`${e.hostname} is \
not a valid container metadata service hostname`,{tryNextLink:!1,logger:t});if(!e.protocol||!yk.has(e.protocol))throw new _(`${e.protocol} is not a valid contai\
ner metadata service protocol`,{tryNextLink:!1,logger:t});return{protocol:e.protocol,hostname:e.hostname,path:e.pathname+e.search,port:e.port?parseInt(e.port,10):
void 0}}throw new _(`The container metadata credential provider cannot be used unless the ${Xs} or ${kn} environment variable is set`,{tryNextLink:!1,logger:t})}});var Cc,i0=p(()=>{k();Cc=class t extends _{tryNextLink;name="InstanceMetadataV1FallbackError";constructor(e,r=!0){super(e,r),this.tryNextLink=r,Object.setPrototypeOf(
this,t.prototype)}}});var Mo,tf=p(()=>{(function(t){t.IPv4="http://169.254.169.254",t.IPv6="http://[fd00:ec2::254]"})(Mo||(Mo={}))});var Ek,xk,a0,c0=p(()=>{Ek="AWS_EC2_METADATA_SERVICE_ENDPOINT",xk="ec2_metadata_service_endpoint",a0={environmentVariableSelector:t=>t[Ek],configFileSelector:t=>t[xk],
default:void 0}});var oo,rf=p(()=>{(function(t){t.IPv4="IPv4",t.IPv6="IPv6"})(oo||(oo={}))});var Rk,_k,p0,l0=p(()=>{rf();Rk="AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",_k="ec2_metadata_service_endpoint_mode",p0={environmentVariableSelector:t=>t[Rk],configFileSelector:t=>t[_k],
default:oo.IPv4}});var vc,wk,Tk,of=p(()=>{k();U();tf();c0();rf();l0();vc=async()=>le(await wk()||await Tk()),wk=async()=>T(a0)(),Tk=async()=>{let t=await T(p0)();switch(t){case oo.
IPv4:return Mo.IPv4;case oo.IPv6:return Mo.IPv6;default:throw new Error(`Unsupported endpoint mode: ${t}. Select from ${Object.values(oo)}`)}}});var Ik,nf,d0=p(()=>{Ik="https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html",nf=(t,e)=>{let r=300+Math.floor(Math.random()*300),o=new Date(
Date.now()+r*1e3);e.warn(`Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be atte\
mpted after ${new Date(o)}.
For more information, please visit: `+Ik);let n=t.originalExpiration??t.expiration;return{...t,...n?{originalExpiration:n}:{},expiration:o}}});var u0,m0=p(()=>{d0();u0=(t,e={})=>{let r=e?.logger||console,o;return async()=>{let n;try{n=await t(),n.expiration&&n.expiration.getTime()<Date.now()&&(n=nf(n,r))}catch(s){
if(o)r.warn("Credential renew failed: ",s),n=nf(o,r);else throw s}return o=n,n}}});var h0,Ak,sf,f0,g0,y0,Ck,vk,bk,Pk,S0=p(()=>{k();i0();Qm();Tc();Ic();ef();of();m0();h0="/latest/meta-data/iam/security-credentials/",Ak="/latest/api/token",sf="A\
WS_EC2_METADATA_V1_DISABLED",f0="ec2_metadata_v1_disabled",g0="x-aws-ec2-metadata-token",y0=(t={})=>u0(Ck(t),{logger:t.logger}),Ck=(t={})=>{let e=!1,{logger:r,profile:o}=t,
{timeout:n,maxRetries:s}=Dn(t),i=async(a,c)=>{if(e||c.headers?.[g0]==null){let u=!1,m=!1,f=await T({environmentVariableSelector:g=>{let y=g[sf];if(m=!!y&&y!=="f\
alse",y===void 0)throw new _(`${sf} not set in env, checking config file next.`,{logger:t.logger});return m},configFileSelector:g=>{let y=g[f0];return u=!!y&&y!==
"false",u},default:!1},{profile:o})();if(t.ec2MetadataV1Disabled||f){let g=[];throw t.ec2MetadataV1Disabled&&g.push("credential provider initialization (runtime\
 option ec2MetadataV1Disabled)"),u&&g.push(`config file profile (${f0})`),m&&g.push(`process environment variable (${sf})`),new Cc(`AWS EC2 Metadata v1 fallback\
 has been blocked by AWS SDK configuration in the following: [${g.join(", ")}].`)}}let d=(await Js(async()=>{let u;try{u=await bk(c)}catch(m){throw m.statusCode===
401&&(e=!1),m}return u},a)).trim();return Js(async()=>{let u;try{u=await Pk(d,c,t)}catch(m){throw m.statusCode===401&&(e=!1),m}return u},a)};return async()=>{let a=await vc();
if(e)return r?.debug("AWS SDK Instance Metadata","using v1 fallback (no token fetch)"),i(s,{...a,timeout:n});{let c;try{c=(await vk({...a,timeout:n})).toString()}catch(l){
if(l?.statusCode===400)throw Object.assign(l,{message:"EC2 Metadata token request returned error"});return(l.message==="TimeoutError"||[403,404,405].includes(l.
statusCode))&&(e=!0),r?.debug("AWS SDK Instance Metadata","using v1 fallback (initial)"),i(s,{...a,timeout:n})}return i(s,{...a,headers:{[g0]:c},timeout:n})}}},
vk=async t=>ro({...t,path:Ak,method:"PUT",headers:{"x-aws-ec2-metadata-token-ttl-seconds":"21600"}}),bk=async t=>(await ro({...t,path:h0})).toString(),Pk=async(t,e,r)=>{
let o=JSON.parse((await ro({...e,path:h0+t})).toString());if(!_c(o))throw new _("Invalid response received from instance metadata service.",{logger:r.logger});return wc(
o)}});var bc={};St(bc,{DEFAULT_MAX_RETRIES:()=>r0,DEFAULT_TIMEOUT:()=>t0,ENV_CMDS_AUTH_TOKEN:()=>Ac,ENV_CMDS_FULL_URI:()=>kn,ENV_CMDS_RELATIVE_URI:()=>Xs,Endpoint:()=>Mo,
fromContainerMetadata:()=>n0,fromInstanceMetadata:()=>y0,getInstanceMetadataEndpoint:()=>vc,httpRequest:()=>ro,providerConfigFromInit:()=>Dn});var Pc=p(()=>{s0();
S0();Tc();Ic();of();tf()});function af(t){let e=t&&typeof t=="object"&&"reason"in t?t.reason:void 0;if(e){if(e instanceof Error){let n=new Error("Request aborted");return n.name="AbortErr\
or",n.cause=e,n}let o=new Error(String(e));return o.name="AbortError",o}let r=new Error("Request aborted");return r.name="AbortError",r}var E0=p(()=>{});var x0,R0=p(()=>{x0=["ECONNRESET","EPIPE","ETIMEDOUT"]});var _0,w0=p(()=>{P();_0=t=>{let e={};for(let r in t){if(!A(t,r))continue;let o=t[r];e[r]=Array.isArray(o)?o.join(","):o}return e}});var $n,T0=p(()=>{$n=So(require("node:https"))});var ne,Fo=p(()=>{ne={setTimeout:(t,e)=>setTimeout(t,e),clearTimeout:t=>clearTimeout(t)}});var I0,A0,C0=p(()=>{Fo();I0=1e3,A0=(t,e,r=0)=>{if(!r)return-1;let o=n=>{let s=ne.setTimeout(()=>{t.destroy(),e(Object.assign(new Error(`@smithy/node-http-handle\
r - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`),{name:"TimeoutError"}))},r-n),i=a=>{a?.connecting?
a.on("connect",()=>{ne.clearTimeout(s)}):ne.clearTimeout(s)};t.socket?i(t.socket):t.on("socket",i)};return r<2e3?(o(0),0):ne.setTimeout(o.bind(null,I0),I0)}});var v0,b0=p(()=>{Fo();v0=(t,e,r=0,o,n)=>r?ne.setTimeout(()=>{let s=`@smithy/node-http-handler - [${o?"ERROR":"WARN"}] a request has exceeded the configured ${r}\
 ms requestTimeout.`;if(o){let i=Object.assign(new Error(s),{name:"TimeoutError",code:"ETIMEDOUT"});t.destroy(i),e(i)}else s+=" Init client requestHandler with \
throwOnRequestTimeout=true to turn this into an error.",n?.warn?.(s)},r):-1});var Ok,P0,O0=p(()=>{Fo();Ok=3e3,P0=(t,{keepAlive:e,keepAliveMsecs:r},o=Ok)=>{if(e!==!0)return-1;let n=()=>{t.socket?t.socket.setKeepAlive(e,r||0):t.on("socket",
s=>{s.setKeepAlive(e,r||0)})};return o===0?(n(),0):ne.setTimeout(n,o)}});var Oc,N0=p(()=>{Oc=t=>{let e=t?.defaultSocketTimeout;return typeof e=="number"&&Number.isFinite(e)&&e>0?e:void 0}});var Nk,cf,D0=p(()=>{Fo();Nk=3e3,cf=(t,e,r=0,o=!1)=>{if(!Number.isFinite(r)||r<=0)return;let n;t.once("response",c=>n=c);let s=()=>{if(n?.complete){t.socket?.destroy();
return}let c=Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${o?"service default socket timeout":
"configured by client requestHandler"}).`),{name:"TimeoutError"});n?.destroy(c),t.destroy(),e(c)},i=()=>{let{socket:c}=t;c?c.connecting?c.once("connect",i):(c.setTimeout(
r,s),t.on("close",()=>c.removeListener("timeout",s))):t.once("socket",i)};if(r<6e3){i();return}let a=ne.setTimeout(i,Nk);t.once("close",()=>ne.clearTimeout(a))}});async function L0(t,e,r=k0,o=!1){let n=e.headers,s=n?n.Expect||n.expect:void 0,i=-1,a=!0;!o&&s==="100-continue"&&(a=await Promise.race([new Promise(c=>{i=Number(
ne.setTimeout(()=>c(!0),Math.max(k0,r)))}),new Promise(c=>{t.on("continue",()=>{ne.clearTimeout(i),c(!0)}),t.on("response",()=>{ne.clearTimeout(i),c(!1)}),t.on(
"error",()=>{ne.clearTimeout(i),c(!1)})})])),a&&Dk(t,e.body)}function Dk(t,e){if(e instanceof $0.Readable){e.pipe(t);return}if(e){let r=Buffer.isBuffer(e);if(r||
typeof e=="string"){r&&e.byteLength===0?t.end():t.end(e);return}let n=e;if(typeof n=="object"&&n.buffer&&typeof n.byteOffset=="number"&&typeof n.byteLength=="nu\
mber"){t.end(Buffer.from(n.buffer,n.byteOffset,n.byteLength));return}t.end(Buffer.from(e));return}t.end()}var $0,k0,U0=p(()=>{$0=require("node:stream");Fo();k0=
6e3});var Nc,M0,ve,F0=p(()=>{P();U();E0();R0();w0();T0();C0();b0();O0();N0();D0();Fo();U0();ve=class t{config;configProvider;socketWarningTimestamp=0;externalAgent=!1;metadata={
handlerProtocol:"http/1.1"};static create(e){return typeof e?.handle=="function"?e:new t(e)}static checkSocketUsage(e,r,o=console){let{sockets:n,requests:s,maxSockets:i}=e;
if(typeof i!="number"||i===1/0||Date.now()-15e3<r)return r;if(n&&s)for(let c in n){if(!A(n,c))continue;let l=n[c]?.length??0,d=s[c]?.length??0;if(l>=i&&d>=2*i)return o?.
warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${l} and ${d} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),Date.now()}return r}constructor(e){this.configProvider=new Promise((r,o)=>{
typeof e=="function"?e().then(n=>{r(this.resolveDefaultConfig(n))}).catch(o):r(this.resolveDefaultConfig(e))})}destroy(){this.config?.httpAgent?.destroy(),this.
config?.httpsAgent?.destroy()}async handle(e,{abortSignal:r,requestTimeout:o}={}){this.config||(this.config=await this.configProvider);let n=this.config,s=n.logger,
i=e.protocol==="https:";return!i&&!this.config.httpAgent&&(this.config.httpAgent=await this.config.httpAgentProvider()),new Promise((a,c)=>{let l,d=-1,u=-1,m=-1,
f=-1,g=()=>{ne.clearTimeout(d),ne.clearTimeout(u),ne.clearTimeout(m),ne.clearTimeout(f)},y=async j=>{await l,g(),a(j)},h=async j=>{await l,g(),c(j)};if(r?.aborted){
let j=af(r);h(j);return}let S=e.headers,E=S?(S.Expect??S.expect)==="100-continue":!1,I=i?n.httpsAgent:n.httpAgent;E&&!this.externalAgent&&(I=new(i?$n.default.Agent:
Nc)({keepAlive:!1,maxSockets:1/0})),d=ne.setTimeout(()=>{this.socketWarningTimestamp=t.checkSocketUsage(I,this.socketWarningTimestamp,s)},n.socketAcquisitionWarningTimeout??
(n.requestTimeout??2e3)+(n.connectionTimeout??1e3));let R=e.query?Wu(e.query):"",w;if(e.username!=null||e.password!=null){let j=e.username??"",lr=e.password??"";
w=`${j}:${lr}`}let $=e.path;R&&($+=`?${R}`),e.fragment&&($+=`#${e.fragment}`);let ee=e.hostname??"";ee[0]==="["&&ee.endsWith("]")?ee=e.hostname.slice(1,-1):ee=e.
hostname;let Zt={headers:e.headers,host:ee,method:e.method,path:$,port:e.port,agent:I,auth:w},se=(i?$n.default.request:M0)(Zt,j=>{let lr=new Ge({statusCode:j.statusCode||
-1,reason:j.statusMessage,headers:_0(j.headers),body:j});y({response:lr})});if(se.on("error",j=>{x0.includes(j.code)?h(Object.assign(j,{name:"TimeoutError"})):h(
j)}),r){let j=()=>{se.destroy();let lr=af(r);h(lr)};if(typeof r.addEventListener=="function"){let lr=r;lr.addEventListener("abort",j,{once:!0}),se.once("close",
()=>lr.removeEventListener("abort",j))}else r.onabort=j}let xe=o??n.requestTimeout;u=A0(se,h,n.connectionTimeout),m=v0(se,h,xe,n.throwOnRequestTimeout,s??console);
let ot=n.socketTimeout===void 0?Oc(n):void 0;ot?cf(se,h,ot,!0):cf(se,h,n.socketTimeout);let Be=Zt.agent;typeof Be=="object"&&"keepAlive"in Be&&(f=P0(se,{keepAlive:Be.
keepAlive,keepAliveMsecs:Be.keepAliveMsecs})),l=L0(se,e,xe,this.externalAgent).catch(j=>(g(),c(j)))})}updateHttpClientConfig(e,r){this.config=void 0,this.configProvider=
this.configProvider.then(o=>{switch(e){case Symbol.for("logger"):e="logger",r=o.logger??r;break;case Symbol.for("@smithy/defaultSocketTimeout"):e="defaultSocket\
Timeout",r=Oc(o)??r;break}return{...o,[e]:r}})}httpHandlerConfigs(){return this.config??{}}resolveDefaultConfig(e){let{requestTimeout:r,connectionTimeout:o,socketTimeout:n,
socketAcquisitionWarningTimeout:s,httpAgent:i,httpsAgent:a,throwOnRequestTimeout:c,logger:l}=e||{},d=!0,u=50,m;return{connectionTimeout:o,requestTimeout:r,socketTimeout:n,
defaultSocketTimeout:Oc(e),socketAcquisitionWarningTimeout:s,throwOnRequestTimeout:c,httpAgentProvider:()=>m??=(async()=>{let f=await import("node:http"),{Agent:g,
request:y}=f.default??f;return M0=y,Nc=g,i instanceof Nc||typeof i?.destroy=="function"?(this.externalAgent=!0,i):new Nc({keepAlive:d,maxSockets:u,...i})})(),httpsAgent:a instanceof
$n.default.Agent||typeof a?.destroy=="function"?(this.externalAgent=!0,a):new $n.default.Agent({keepAlive:d,maxSockets:u,...a}),logger:l}}}});var no=p(()=>{F0();P()});var kk,$k,Lk,H0,B0=p(()=>{k();kk="169.254.170.2",$k="169.254.170.23",Lk="[fd00:ec2::23]",H0=(t,e)=>{if(t.protocol!=="https:"&&!(t.hostname===kk||t.hostname===$k||
t.hostname===Lk)){if(t.hostname.includes("[")){if(t.hostname==="[::1]"||t.hostname==="[0000:0000:0000:0000:0000:0000:0000:0001]")return}else{if(t.hostname==="lo\
calhost")return;let r=t.hostname.split("."),o=n=>{let s=parseInt(n,10);return 0<=s&&s<=255};if(r[0]==="127"&&o(r[1])&&o(r[2])&&o(r[3])&&r.length===4)return}throw new _(
`URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`,{logger:e})}}});function z0(t){return new z({protocol:t.protocol,hostname:t.hostname,port:Number(t.port),path:t.pathname,query:Array.from(t.searchParams.entries()).reduce((e,[r,
o])=>(e[r]=o,e),{}),fragment:t.hash})}async function G0(t,e){let o=await As(t.body).transformToString();if(t.statusCode===200){let n=JSON.parse(o);if(typeof n.AccessKeyId!=
"string"||typeof n.SecretAccessKey!="string"||typeof n.Token!="string"||typeof n.Expiration!="string")throw new _("HTTP credential provider response not of the \
required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }",{logger:e});return{accessKeyId:n.
AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.Token,expiration:fd(n.Expiration)}}if(t.statusCode>=400&&t.statusCode<500){let n={};try{n=JSON.parse(
o)}catch{}throw Object.assign(new _(`Server responded with status: ${t.statusCode}`,{logger:e}),{Code:n.Code,Message:n.Message})}throw new _(`Server responded w\
ith status: ${t.statusCode}`,{logger:e})}var j0=p(()=>{k();U();P();P()});var V0,W0=p(()=>{V0=(t,e,r)=>async()=>{for(let o=0;o<e;++o)try{return await t()}catch{await new Promise(s=>setTimeout(s,r))}return await t()}});var K0,Uk,Mk,Fk,Hk,Bk,J0,q0,X0=p(()=>{M();k();no();K0=So(require("node:fs/promises"));B0();j0();W0();Uk="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",Mk="http://169.\
254.170.2",Fk="AWS_CONTAINER_CREDENTIALS_FULL_URI",Hk="AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",Bk="AWS_CONTAINER_AUTHORIZATION_TOKEN",J0=(t={})=>{t.logger?.debug(
"@aws-sdk/credential-provider-http - fromHttp");let e,r=t.awsContainerCredentialsRelativeUri??process.env[Uk],o=t.awsContainerCredentialsFullUri??process.env[Fk],
n=t.awsContainerAuthorizationToken??process.env[Bk],s=t.awsContainerAuthorizationTokenFile??process.env[Hk],i=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?.
warn?console.warn:t.logger.warn.bind(t.logger);if(r&&o&&(i("@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsConta\
inerCredentialsFullUri."),i("awsContainerCredentialsRelativeUri will take precedence.")),n&&s&&(i("@aws-sdk/credential-provider-http: you have set both awsConta\
inerAuthorizationToken and awsContainerAuthorizationTokenFile."),i("awsContainerAuthorizationTokenFile will take precedence.")),r)e=`${Mk}${r}`;else if(o)e=o;else
throw new _(`No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`,{logger:t.logger});let a=new URL(e);H0(a,t.logger);let c=ve.create({connectionTimeout:t.
timeout??1e3}),l=t.timeout??1e3,d=V0(async()=>{let u=z0(a);s?u.headers.Authorization=q0((await K0.default.readFile(s)).toString()):n&&(u.headers.Authorization=q0(
n));try{let m=await c.handle(u,{requestTimeout:l});return G0(m.response).then(f=>H(f,"CREDENTIALS_HTTP","z"))}catch(m){throw new _(String(m),{logger:t.logger})}},
t.maxRetries??3,t.timeout??1e3);return async()=>{try{return await d()}finally{c.destroy?.()}}},q0=t=>{if(t.includes(`\r
`))throw new _("Authorization token contains invalid \\r\\n sequence.");return t}});var pf={};St(pf,{fromHttp:()=>J0});var lf=p(()=>{X0()});var Dc,df=p(()=>{Dc=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var Ln,kc=p(()=>{Ln="To refresh this SSO session run 'aws sso login' with the corresponding profile."});function Gk(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sso-oauth",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function jk(t){return{schemeId:"smithy.api#noAuth"}}var eT,tT,rT,uf=p(()=>{ye();C();eT=async(t,e,r)=>({operation:Z(e).operation,region:await q(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});tT=t=>{let e=[];return t.operation==="CreateToken"?e.push(jk(t)):e.push(Gk(t)),
e},rT=t=>{let e=ar(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??[])})}});var oT,nT,mf=p(()=>{oT=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"sso-oauth"}),
nT={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var so,Ys=p(()=>{so={name:"@aws-sdk/nested-clients",version:"3.998.4",description:"Nested clients for AWS SDK packages.",homepage:"https://github.com/aws/aws-sd\
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
l-dts":"0.10.1",premove:"4.0.0",typescript:"~7.0.2"},engines:{node:">=20.0.0"}}});var io,$c=p(()=>{C();Y();io=class{queryCompat;errorRegistry;constructor(e=!1){this.queryCompat=e}resolveRestContentType(e,r){let o=r.getMemberSchemas(),n=Object.
values(o).find(s=>!!s.getMergedTraits().httpPayload);if(n){let s=n.getMergedTraits().mediaType;return s||(n.isStringSchema()?"text/plain":n.isBlobSchema()?"appl\
ication/octet-stream":e)}else if(!r.isUnitSchema()&&Object.values(o).find(i=>{let{httpQuery:a,httpQueryParams:c,httpHeader:l,httpLabel:d,httpPrefixHeaders:u}=i.
getMergedTraits();return!a&&!c&&!l&&!d&&u===void 0}))return e}async getErrorSchemaOrThrowBaseException(e,r,o,n,s,i){let a=e;e.includes("#")&&([,a]=e.split("#"));
let c={$metadata:s,$fault:o.statusCode<500?"client":"server"};if(!this.errorRegistry)throw new Error("@aws-sdk/core/protocols - error handler not initialized.");
try{return{errorSchema:i?.(this.errorRegistry,a)??this.errorRegistry.getSchema(e),errorMetadata:c}}catch{n.message=n.message??n.Message??"UnknownError";let d=this.
errorRegistry,u=d.getBaseException();if(u){let g=d.getErrorCtor(u)??Error;throw this.decorateServiceException(Object.assign(new g({name:a}),c),n)}let m=n,f=m?.message??
m?.Message??m?.Error?.Message??m?.Error?.message;throw this.decorateServiceException(Object.assign(new Error(f),{name:a},c),n)}}compose(e,r,o){let n=o;r.includes(
"#")&&([n]=r.split("#"));let s=X.for(n),i=X.for("smithy.ts.sdk.synthetic."+o);e.copyFrom(s),e.copyFrom(i),this.errorRegistry=e}decorateServiceException(e,r={}){
if(this.queryCompat){let o=e.Message??r.Message,n=ua(e,r);o&&(n.message=o);let s=n.Error??{};s.Type=n.Error?.Type,s.Code=n.Error?.Code,s.Message=n.Error?.message??
n.Error?.Message??o,n.Error=s;let i=n.$metadata.requestId;return i&&(n.RequestId=i),n}return ua(e,r)}setQueryCompatError(e,r){let o=r.headers?.["x-amzn-query-er\
ror"];if(e!==void 0&&o!=null){let[n,s]=o.split(";"),i=Object.keys(e),a={Code:n,Type:s};e.Code=n,e.Type=s;for(let c=0;c<i.length;c++){let l=i[c];a[l==="message"?
"Message":l]=e[l]}delete a.__type,e.Error=a}}queryCompatOutput(e,r){e.Error&&(r.Error=e.Error),e.Type&&(r.Type=e.Type),e.Code&&(r.Code=e.Code)}findQueryCompatibleError(e,r){
try{return e.getSchema(r)}catch{return e.find(n=>L.of(n).getMergedTraits().awsQueryError?.[0]===r)}}}});var Lc,sT=p(()=>{U();Y();$c();Lc=class extends Oo{serializer;deserializer;serviceTarget;codec;mixin;awsQueryCompatible;constructor({defaultNamespace:e,errorTypeRegistries:r,
serviceTarget:o,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,errorTypeRegistries:r}),this.serviceTarget=o,this.codec=s??new ko({timestampFormat:{
useTrait:!0,default:7},jsonName:!1}),this.serializer=this.codec.createSerializer(),this.deserializer=this.codec.createDeserializer(),this.awsQueryCompatible=!!n,
this.mixin=new io(this.awsQueryCompatible)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,o);return n.path.endsWith("/")||(n.path+="/"),n.
headers["content-type"]=`application/x-amz-json-${this.getJsonRpcVersion()}`,n.headers["x-amz-target"]=`${this.serviceTarget}.${e.name}`,this.awsQueryCompatible&&
(n.headers["x-amzn-query-mode"]="true"),($r(e.input)==="unit"||!n.body)&&(n.body="{}"),n}getPayloadCodec(){return this.codec}async handleError(e,r,o,n,s){let{awsQueryCompatible:i}=this;
i&&this.mixin.setQueryCompatError(n,o);let a=tm(o,n,i)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,a,this.options.defaultNamespace);let{errorSchema:c,
errorMetadata:l}=await this.mixin.getErrorSchemaOrThrowBaseException(a,this.options.defaultNamespace,o,n,s,i?this.mixin.findQueryCompatibleError:void 0),d=L.of(
c),u=n.message??n.Message??"UnknownError",m=this.compositeErrorRegistry.getErrorCtor(c)??Error,f=new m({}),g={},y=this.codec.createDeserializer();for(let[h,S]of d.
structIterator())n[h]!=null&&(g[h]=y.readObject(S,n[h]));throw i&&this.mixin.queryCompatOutput(n,g),this.mixin.decorateServiceException(Object.assign(f,l,{$fault:d.
getMergedTraits().error,message:u},g),n)}}});var Qs,iT=p(()=>{sT();Qs=class extends Lc{constructor({defaultNamespace:e,errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,
errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:s})}getShapeId(){return"aws.protocols#awsJson1_1"}getJsonRpcVersion(){return"1.1"}getDefaultContentType(){
return"application/x-amz-json-1.1"}}});var Hr,aT=p(()=>{U();Y();$c();Hr=class extends Os{serializer;deserializer;codec;mixin=new io;constructor({defaultNamespace:e,errorTypeRegistries:r,jsonCodec:o}){
super({defaultNamespace:e,errorTypeRegistries:r});let n={timestampFormat:{useTrait:!0,default:7},httpBindings:!0,jsonName:!0};this.codec=o??new ko(n),this.serializer=
new Ds(this.codec.createSerializer(),n),this.deserializer=new Ns(this.codec.createDeserializer(),n)}getShapeId(){return"aws.protocols#restJson1"}getPayloadCodec(){
return this.codec}setSerdeContext(e){this.codec.setSerdeContext(e),super.setSerdeContext(e)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,
o),s=L.of(e.input);if(!n.headers["content-type"]){let i=this.mixin.resolveRestContentType(this.getDefaultContentType(),s);i&&(n.headers["content-type"]=i)}return n.
body==null&&n.headers["content-type"]===this.getDefaultContentType()&&(n.body="{}"),n}async deserializeResponse(e,r,o){let n=await super.deserializeResponse(e,r,
o),s=L.of(e.output);for(let[i,a]of s.structIterator())a.getMemberTraits().httpPayload&&!(i in n)&&(n[i]=null);return n}async handleError(e,r,o,n,s){let i=em(o,n)??
"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let{errorSchema:a,errorMetadata:c}=await this.mixin.getErrorSchemaOrThrowBaseException(
i,this.options.defaultNamespace,o,n,s),l=L.of(a),d=n.message??n.Message??"UnknownError",u=this.compositeErrorRegistry.getErrorCtor(a)??Error,m=new u({});await this.
deserializeHttpMessage(a,r,o,n);let f={},g=this.codec.createDeserializer();for(let[y,h]of l.structIterator()){let S=h.getMergedTraits().jsonName??y;f[y]=g.readObject(
h,n[S])}throw this.mixin.decorateServiceException(Object.assign(m,c,{$fault:l.getMergedTraits().error,message:d},f),n)}getDefaultContentType(){return"applicatio\
n/json"}}});function ff(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}function hf(t){return new gf(t).parse()}var gf,cT=p(
()=>{gf=class t{x;i=0;z;constructor(e){this.x=e,this.x=e.replace(/\r\n?/g,`
`),this.z=this.x.length}parse(){let e=this,{z:r}=e;for(;e.i<r&&(e.trim(),!(e.i>=r));)if(e.isNext("<?"))e.readTo("?>"),e.trim();else if(e.isNext("<!--"))e.readTo(
"-->"),e.trim();else if(e.isNext("<!DOCTYPE",!1))e.skipDoctype(),e.trim();else if(e.x[e.i]==="<"){let o=e.parseTag();return{[o.tag]:o.value}}else throw new Error(
"@aws-sdk XML parse error: unexpected content.");throw new Error("@aws-sdk XML parse error: no root element.")}isNext(e,r=!0){let o=this;return r?o.x.startsWith(
e,o.i):o.x.toLowerCase().startsWith(e.toLowerCase(),o.i)}readTo(e){let r=this,o=r.x.indexOf(e,r.i);if(o===-1)throw new Error(`@aws-sdk XML parse error: expected\
 "${e}" not found.`);let n=r.x.slice(r.i,o);return r.i=o+e.length,n}trim(){let e=this;for(;e.i<e.z&&` 	\r
`.includes(e.x[e.i]);)++e.i}readAttrValue(){let e=this,r=e.x[e.i];++e.i;let o="";for(;e.i<e.z&&e.x[e.i]!==r;)o+=e.x[e.i++];return++e.i,e.decodeEntities(o)}parseTag(){
let e=this;++e.i;let r="";for(;e.i<e.z&&!` 	\r
>/`.includes(e.x[e.i]);)r+=e.x[e.i++];let o=!1,n={};for(;e.i<e.z&&(e.trim(),!">/".includes(e.x[e.i]));){let d="";for(;e.i<e.z&&!`= 	\r
>/?`.includes(e.x[e.i]);)d+=e.x[e.i++];if(e.trim(),e.x[e.i]!=="=")break;++e.i,e.trim(),d==="__proto__"&&ff(n),n[d]=e.readAttrValue(),o=!0}if(e.i>=e.z)throw new Error(
"@aws-sdk XML parse error: unexpected end of input.");if(e.x[e.i]==="/"){if(++e.i,e.i>=e.z||e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected >\
 at the end of self-closing tag.");return++e.i,{tag:r,value:o?n:""}}if(e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected > at the end of openin\
g tag.");++e.i;let s=[],i=[],a=!1;for(;e.i<e.z&&!e.isNext("</");)if(e.x[e.i]==="<")e.isNext("<!--")?e.readTo("-->"):e.isNext("<![CDATA[")?(e.i+=9,s.push(e.readTo(
"]]>"))):e.isNext("<?")?e.readTo("?>"):(a=!0,i.push(e.parseTag()));else{let d="";for(;e.i<e.z&&e.x[e.i]!=="<";)d+=e.x[e.i++];s.push(e.decodeEntities(d))}if(!e.isNext(
"</"))throw new Error(`@aws-sdk XML parse error: missing closing tag </${r}>.`);e.i+=2;let c=e.readTo(">").trim();if(c!==r)throw new Error(`@aws-sdk XML parse e\
rror: mismatched tags <${r}> and </${c}>.`);if(!o&&s.length===0&&!a)return{tag:r,value:""};if(!o&&!a){let d=s.length===1?s[0]:s.join("");return d.trim()===""&&d.
includes(`
`)?{tag:r,value:""}:{tag:r,value:d}}let l={};for(let d of s)d.trim()===""&&d.includes(`
`)||(l["#text"]="#text"in l?l["#text"]+d:d);for(let d of i)d.tag==="__proto__"&&ff(l),d.tag in l?Array.isArray(l[d.tag])?l[d.tag].push(d.value):l[d.tag]=[l[d.tag],
d.value]:l[d.tag]=d.value;for(let[d,u]of Object.entries(n))d==="__proto__"&&ff(l),l[d]=u;return{tag:r,value:l}}static ENTITIES={amp:"&",lt:"<",gt:">",quot:'"',apos:"\
'"};skipDoctype(){let e=this;e.i+=9;let r=0;for(;e.i<e.z;){let o=e.x[e.i];if(o==="[")++r;else if(o==="]")--r;else if(o===">"&&r===0){++e.i;return}++e.i}throw new Error(
"@aws-sdk XML parse error: unclosed DOCTYPE.")}decodeEntities(e){return e.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g,(r,o,n,s)=>o?
String.fromCharCode(parseInt(o,16)):n?String.fromCharCode(parseInt(n,10)):t.ENTITIES[s]??"")}}});var pT=p(()=>{cT()});var Un,yf=p(()=>{Un=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var Uc,lT=p(()=>{Uc=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function dT(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var uT=p(()=>{});var Mc,mT=p(()=>{pT();C();U();Y();P();yf();lT();uT();Mc=class extends Un{settings;stringDeserializer;constructor(e){super(),this.settings=e,this.stringDeserializer=
new No(e)}setSerdeContext(e){this.serdeContext=e,this.stringDeserializer.setSerdeContext(e)}read(e,r,o){let n=L.of(e),s=n.getMemberSchemas();if(n.isStructSchema()&&
n.isMemberSchema()&&!!Object.values(s).find(l=>!!l.getMemberTraits().eventPayload)){let l={},d=Object.keys(s)[0];return s[d].isBlobSchema()?l[d]=r:l[d]=this.read(
s[d],r),l}let a=(this.serdeContext?.utf8Encoder??Q)(r),c=this.parseXml(a);return this.readSchema(e,o?c[o]:c)}readSchema(e,r){let o=L.of(e);if(o.isUnitSchema())return;
let n=o.getMergedTraits();if(o.isListSchema()&&!Array.isArray(r))return this.readSchema(o,[r]);if(r==null)return r;if(typeof r=="object"){let s=!!n.xmlFlattened;
if(o.isListSchema()){let a=o.getValueSchema(),c=[],l=a.getMergedTraits().xmlName??"member",d=s?r:(r[0]??r)[l];if(d==null)return c;let u=Array.isArray(d)?d:[d];for(let m of u)
c.push(this.readSchema(a,m));return c}let i={};if(o.isMapSchema()){let a=o.getKeySchema(),c=o.getValueSchema(),l;s?l=Array.isArray(r)?r:[r]:l=Array.isArray(r.entry)?
r.entry:[r.entry];let d=a.getMergedTraits().xmlName??"key",u=c.getMergedTraits().xmlName??"value";for(let m of l){let f=m[d],g=m[u];f==="__proto__"&&dT(i),i[f]=
this.readSchema(c,g)}return i}if(o.isStructSchema()){let a=o.isUnionSchema(),c;a&&(c=new Uc(r,i));for(let[l,d]of o.structIterator()){let u=d.getMergedTraits(),m=u.
httpPayload?u.xmlName??d.getName():d.getMemberTraits().xmlName??l;a&&c.mark(m),r[m]!=null&&(i[l]=this.readSchema(d,r[m]))}return a&&c.writeUnknown(),i}if(o.isDocumentSchema())
return r;throw new Error(`@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${o.getName(!0)}`)}return o.isListSchema()?[]:o.isMapSchema()||o.
isStructSchema()?{}:this.stringDeserializer.read(o,r)}parseXml(e){if(e.length){let r;try{r=hf(e)}catch(i){throw i&&typeof i=="object"&&Object.defineProperty(i,"\
$responseBodyText",{value:e}),i}let o="#text",n=Object.keys(r)[0],s=r[n];return s[o]&&(s[n]=s[o],delete s[o]),ma(s)}return{}}}});var Fc,fT=p(()=>{U();Y();P();P();yf();Fc=class extends Un{settings;buffer;constructor(e){super(),this.settings=e}write(e,r,o=""){this.buffer===void 0&&(this.buffer=
"");let n=L.of(e);if(o&&!o.endsWith(".")&&(o+="."),n.isBlobSchema())(typeof r=="string"||r instanceof Uint8Array)&&(this.writeKey(o),this.writeValue((this.serdeContext?.
base64Encoder??pe)(r)));else if(n.isBooleanSchema()||n.isNumericSchema()||n.isStringSchema())r!=null?(this.writeKey(o),this.writeValue(String(r))):n.isIdempotencyToken()&&
(this.writeKey(o),this.writeValue(yn()));else if(n.isBigIntegerSchema())r!=null&&(this.writeKey(o),this.writeValue(String(r)));else if(n.isBigDecimalSchema())r!=
null&&(this.writeKey(o),this.writeValue(r instanceof fe?r.string:String(r)));else if(n.isTimestampSchema()){if(r instanceof Date)switch(this.writeKey(o),Do(n,this.
settings)){case 5:this.writeValue(r.toISOString().replace(".000Z","Z"));break;case 6:this.writeValue(_o(r));break;case 7:this.writeValue(String(r.getTime()/1e3));
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
1)),this.buffer+=`&${Co(e)}=`}writeValue(e){this.buffer+=Co(e)}}});var Ho,gT=p(()=>{U();Y();$c();mT();fT();Ho=class extends Oo{options;serializer;deserializer;mixin=new io;constructor(e){super({defaultNamespace:e.defaultNamespace,
errorTypeRegistries:e.errorTypeRegistries}),this.options=e;let r={timestampFormat:{useTrait:!0,default:5},httpBindings:!1,xmlNamespace:e.xmlNamespace,serviceNamespace:e.
defaultNamespace,serializeEmptyLists:!0};this.serializer=new Fc(r),this.deserializer=new Mc(r)}getShapeId(){return"aws.protocols#awsQuery"}setSerdeContext(e){this.
serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e)}getPayloadCodec(){throw new Error("AWSQuery protocol has no payload codec.")}async serializeRequest(e,r,o){
let n=await super.serializeRequest(e,r,o);n.path.endsWith("/")||(n.path+="/"),n.headers["content-type"]="application/x-www-form-urlencoded",($r(e.input)==="unit"||
!n.body)&&(n.body="");let s=e.name.split("#")[1]??e.name;return n.body=`Action=${s}&Version=${this.options.version}`+n.body,n.body.endsWith("&")&&(n.body=n.body.
slice(-1)),n}async deserializeResponse(e,r,o){let n=this.deserializer,s=L.of(e.output),i={};if(o.statusCode>=300){let d=await Le(o.body,r);d.byteLength>0&&Object.
assign(i,await n.read(15,d)),await this.handleError(e,r,o,i,this.deserializeMetadata(o))}for(let d in o.headers){let u=o.headers[d];delete o.headers[d],o.headers[d.
toLowerCase()]=u}let a=e.name.split("#")[1]??e.name,c=s.isStructSchema()&&this.useNestedResult()?a+"Result":void 0,l=await Le(o.body,r);return l.byteLength>0&&Object.
assign(i,await n.read(s,l,c)),i.$metadata=this.deserializeMetadata(o),i}useNestedResult(){return!0}async handleError(e,r,o,n,s){let i=this.loadQueryErrorCode(o,
n)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let a=this.loadQueryError(n)??{},c=this.loadQueryErrorMessage(n);a.
message=c,a.Error={Type:a.Type,Code:a.Code,Message:c};let{errorSchema:l,errorMetadata:d}=await this.mixin.getErrorSchemaOrThrowBaseException(i,this.options.defaultNamespace,
o,a,s,this.mixin.findQueryCompatibleError),u=L.of(l),m=this.compositeErrorRegistry.getErrorCtor(l)??Error,f=new m({}),g={Type:a.Error.Type,Code:a.Error.Code,Error:a.
Error};for(let[y,h]of u.structIterator()){let S=h.getMergedTraits().xmlName??y,E=a[S]??n[S];g[y]=this.deserializer.readSchema(h,E)}throw this.mixin.decorateServiceException(
Object.assign(f,d,{$fault:u.getMergedTraits().error,message:c},g),n)}loadQueryErrorCode(e,r){let o=(r.Errors?.[0]?.Error??r.Errors?.Error??r.Error)?.Code;if(o!==
void 0)return o;if(e.statusCode==404)return"NotFound"}loadQueryError(e){return e.Errors?.[0]?.Error??e.Errors?.Error??e.Error}loadQueryErrorMessage(e){let r=this.
loadQueryError(e);return r?.message??r?.Message??e.message??e.Message??"Unknown"}getDefaultContentType(){return"application/x-www-form-urlencoded"}}});var Bo=p(()=>{iT();aT();gT()});var Zs,zo,Hc,hT,xT,Bc,Sf,yT,Ef,Mn,ST,ET,Wk,ut,qk,RT,_T=p(()=>{J();Zs="ref",zo=-1,Hc=!0,hT="isSet",xT="PartitionResult",Bc="booleanEquals",Sf="getAttr",yT={[Zs]:"\
Endpoint"},Ef={[Zs]:xT},Mn={},ST=[{[Zs]:"Region"}],ET={conditions:[[hT,[yT]],[hT,ST],["aws.partition",ST,xT],[Bc,[{[Zs]:"UseFIPS"},Hc]],[Bc,[{[Zs]:"UseDualStack"},
Hc]],[Bc,[{fn:Sf,argv:[Ef,"supportsDualStack"]},Hc]],[Bc,[{fn:Sf,argv:[Ef,"supportsFIPS"]},Hc]],["stringEquals",[{fn:Sf,argv:[Ef,"name"]},"aws-us-gov"]]],results:[
[zo],[zo,"Invalid Configuration: FIPS and custom endpoint are not supported"],[zo,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[yT,
Mn],["https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Mn],[zo,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://oidc.{Region}.amazonaws.com",Mn],["https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}",Mn],[zo,"FIPS is enabled but this partition does not suppor\
t FIPS"],["https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}",Mn],[zo,"DualStack is enabled but this partition does not support DualStack"],["https://o\
idc.{Region}.{PartitionResult#dnsSuffix}",Mn],[zo,"Invalid Configuration: Missing Region"]]},Wk=2,ut=1e8,qk=new Int32Array([-1,1,-1,0,13,3,1,4,ut+12,2,5,ut+12,3,
8,6,4,7,ut+11,5,ut+9,ut+10,4,11,9,6,10,ut+8,7,ut+6,ut+7,5,12,ut+5,6,ut+4,ut+5,3,ut+1,14,4,ut+2,ut+3]),RT=Je.from(qk,Wk,ET.conditions,ET.results)});var Kk,wT,TT=p(()=>{M();J();_T();Kk=new Xe({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),wT=(t,e={})=>Kk.get(t,()=>$t(RT,{endpointParams:t,logger:e.
logger}));_e.aws=lt});var Ee,zc=p(()=>{C();Ee=class t extends qe{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException";constructor(e){super(e),Object.
setPrototypeOf(this,t.prototype)}}});var ei,ti,ri,oi,ni,si,ii,ai,ci,pi,li,xf=p(()=>{zc();ei=class t extends Ee{static shapeId="com.amazonaws.ssooidc#AccessDeniedException";name="AccessDeniedExcepti\
on";$fault="client";error;reason;error_description;constructor(e){super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},ti=class t extends Ee{static shapeId="com.amazonaws.ssooidc#AuthorizationPe\
ndingException";name="AuthorizationPendingException";$fault="client";error;error_description;constructor(e){super({name:"AuthorizationPendingException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ri=class t extends Ee{static shapeId="com\
.amazonaws.ssooidc#ExpiredTokenException";name="ExpiredTokenException";$fault="client";error;error_description;constructor(e){super({name:"ExpiredTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},oi=class t extends Ee{static shapeId="\
com.amazonaws.ssooidc#InternalServerException";name="InternalServerException";$fault="server";error;error_description;constructor(e){super({name:"InternalServer\
Exception",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ni=class t extends Ee{static shapeId="\
com.amazonaws.ssooidc#InvalidClientException";name="InvalidClientException";$fault="client";error;error_description;constructor(e){super({name:"InvalidClientExc\
eption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},si=class t extends Ee{static shapeId="\
com.amazonaws.ssooidc#InvalidGrantException";name="InvalidGrantException";$fault="client";error;error_description;constructor(e){super({name:"InvalidGrantExcept\
ion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ii=class t extends Ee{static shapeId="\
com.amazonaws.ssooidc#InvalidRequestException";name="InvalidRequestException";$fault="client";error;reason;error_description;constructor(e){super({name:"Invalid\
RequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},
ai=class t extends Ee{static shapeId="com.amazonaws.ssooidc#InvalidScopeException";name="InvalidScopeException";$fault="client";error;error_description;constructor(e){
super({name:"InvalidScopeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},
ci=class t extends Ee{static shapeId="com.amazonaws.ssooidc#SlowDownException";name="SlowDownException";$fault="client";error;error_description;constructor(e){super(
{name:"SlowDownException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},pi=class t extends Ee{static shapeId="\
com.amazonaws.ssooidc#UnauthorizedClientException";name="UnauthorizedClientException";$fault="client";error;error_description;constructor(e){super({name:"Unauth\
orizedClientException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},li=class t extends Ee{static shapeId="\
com.amazonaws.ssooidc#UnsupportedGrantTypeException";name="UnsupportedGrantTypeException";$fault="client";error;error_description;constructor(e){super({name:"Un\
supportedGrantTypeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}}});var Jk,Xk,Yk,Qk,Zk,e1,t1,r1,o1,n1,s1,i1,a1,c1,p1,l1,d1,u1,m1,f1,Pr,g1,h1,y1,S1,E1,ce,x1,Sr,R1,_1,Er,w1,IT,AT,T1,CT,I1,A1,C1,de,vT,bT,cr,PT,OT,NT,DT,kT,$T,LT,UT,
MT,FT,HT,Rf,v1,b1,P1,O1,BT,zT,GT,_f,Gc=p(()=>{Y();xf();zc();Jk="AccessDeniedException",Xk="AuthorizationPendingException",Yk="AccessToken",Qk="ClientSecret",Zk=
"CreateToken",e1="CreateTokenRequest",t1="CreateTokenResponse",r1="CodeVerifier",o1="ExpiredTokenException",n1="InvalidClientException",s1="InvalidGrantExceptio\
n",i1="InvalidRequestException",a1="InternalServerException",c1="InvalidScopeException",p1="IdToken",l1="RefreshToken",d1="SlowDownException",u1="UnauthorizedCl\
ientException",m1="UnsupportedGrantTypeException",f1="accessToken",Pr="client",g1="clientId",h1="clientSecret",y1="codeVerifier",S1="code",E1="deviceCode",ce="e\
rror",x1="expiresIn",Sr="error_description",R1="grantType",_1="http",Er="httpError",w1="idToken",IT="reason",AT="refreshToken",T1="redirectUri",CT="smithy.ts.sd\
k.synthetic.com.amazonaws.ssooidc",I1="scope",A1="server",C1="tokenType",de="com.amazonaws.ssooidc",vT=new X(CT),bT=[-3,CT,"SSOOIDCServiceException",0,[],[]];vT.
registerError(bT,Ee);cr=new X(de),PT=[-3,de,Jk,{[ce]:Pr,[Er]:400},[ce,IT,Sr],[0,0,0]];cr.registerError(PT,ei);OT=[-3,de,Xk,{[ce]:Pr,[Er]:400},[ce,Sr],[0,0]];cr.
registerError(OT,ti);NT=[-3,de,o1,{[ce]:Pr,[Er]:400},[ce,Sr],[0,0]];cr.registerError(NT,ri);DT=[-3,de,a1,{[ce]:A1,[Er]:500},[ce,Sr],[0,0]];cr.registerError(DT,oi);
kT=[-3,de,n1,{[ce]:Pr,[Er]:401},[ce,Sr],[0,0]];cr.registerError(kT,ni);$T=[-3,de,s1,{[ce]:Pr,[Er]:400},[ce,Sr],[0,0]];cr.registerError($T,si);LT=[-3,de,i1,{[ce]:Pr,
[Er]:400},[ce,IT,Sr],[0,0,0]];cr.registerError(LT,ii);UT=[-3,de,c1,{[ce]:Pr,[Er]:400},[ce,Sr],[0,0]];cr.registerError(UT,ai);MT=[-3,de,d1,{[ce]:Pr,[Er]:400},[ce,
Sr],[0,0]];cr.registerError(MT,ci);FT=[-3,de,u1,{[ce]:Pr,[Er]:400},[ce,Sr],[0,0]];cr.registerError(FT,pi);HT=[-3,de,m1,{[ce]:Pr,[Er]:400},[ce,Sr],[0,0]];cr.registerError(
HT,li);Rf=[vT,cr],v1=[0,de,Yk,8,0],b1=[0,de,Qk,8,0],P1=[0,de,r1,8,0],O1=[0,de,p1,8,0],BT=[0,de,l1,8,0],zT=[3,de,e1,0,[g1,h1,R1,E1,S1,AT,I1,T1,y1],[0,[()=>b1,0],
0,0,0,[()=>BT,0],64,0,[()=>P1,0]],3],GT=[3,de,t1,0,[f1,C1,x1,AT,w1],[[()=>v1,0],0,1,[()=>BT,0],[()=>O1,0]]],_f=[9,de,Zk,{[_1]:["POST","/token",200]},()=>zT,()=>GT]});var jT,VT=p(()=>{ye();Bo();Ie();Fr();C();U();P();uf();TT();Gc();jT=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??me,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??wT,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
tT,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ae},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new he}],logger:t?.logger??new ge,protocol:t?.protocol??Hr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.ssooidc",errorTypeRegistries:Rf,version:"2019-06-10",serviceTarget:"AWSSSOOIDCService"},serviceId:t?.serviceId??
"SSO OIDC",sha256:t?.sha256??it,urlParser:t?.urlParser??le,utf8Decoder:t?.utf8Decoder??te,utf8Encoder:t?.utf8Encoder??Q})});var WT,qT=p(()=>{Ys();M();ye();C();k();pt();P();no();VT();WT=t=>{bt(process.version);let e=kt(t),r=()=>e().then(vt),o=jT(t);Et(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??T(dt,n),bodyLengthChecker:t?.bodyLengthChecker??
Rt,defaultSocketTimeout:xt(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Jt({serviceId:o.serviceId,clientVersion:so.version}),maxAttempts:t?.
maxAttempts??T(Vt,t),region:t?.region??T(Re,{...Ke,...n}),requestHandler:ve.create(t?.requestHandler??r),retryMode:t?.retryMode??T({...qt,default:async()=>(await r()).
retryMode||Ye},t),streamCollector:t?.streamCollector??$e,useDualstackEndpoint:t?.useDualstackEndpoint??T(It,n),useFipsEndpoint:t?.useFipsEndpoint??T(At,n),userAgentAppId:t?.
userAgentAppId??T(Xt,n)}}});var KT,JT,XT=p(()=>{KT=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},JT=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var YT,QT=p(()=>{M();C();U();XT();YT=(t,e)=>{let r=Object.assign(Yt(t),Pt(t),Lt(t),KT(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Qt(r),Ot(r),Ut(r),
JT(r))}});var di,wf=p(()=>{M();Ie();C();k();J();U();pt();Y();uf();mf();qT();QT();di=class extends Se{config;constructor(...[e]){let r=WT(e||{});super(r),this.initConfig=r;
let o=oT(r),n=zt(o),s=Wt(n),i=Dt(s),a=i,c=or(a),l=rT(c),d=YT(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Ct(this.config)),this.middlewareStack.use(
Kt(this.config)),this.middlewareStack.use(sr(this.config)),this.middlewareStack.use(Mt(this.config)),this.middlewareStack.use(Ft(this.config)),this.middlewareStack.
use(Ht(this.config)),this.middlewareStack.use(Bt(this.config)),this.middlewareStack.use(at(this.config,{httpAuthSchemeParametersProvider:eT,identityProviderConfigProvider:async u=>new Ue(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(ct(this.config))}destroy(){super.destroy()}}});var ZT,eI,tI,rI=p(()=>{C();J();mf();ZT=Nt(nT,"AWSSSOOIDCService","SSOOIDCClient",nr),eI={},tI=(t,e,r,o)=>[]});var ui,Tf=p(()=>{rI();Gc();ui=class extends ZT(eI,tI,"CreateToken",_f){}});var N1,jc,oI=p(()=>{C();Tf();wf();N1={CreateTokenCommand:ui},jc=class extends di{};Lr(N1,jc)});var nI=p(()=>{Tf()});var D1,k1,sI=p(()=>{D1={KMS_ACCESS_DENIED:"KMS_AccessDeniedException"},k1={KMS_DISABLED_KEY:"KMS_DisabledException",KMS_INVALID_KEY_USAGE:"KMS_InvalidKeyUsageEx\
ception",KMS_INVALID_STATE:"KMS_InvalidStateException",KMS_KEY_NOT_FOUND:"KMS_NotFoundException"}});var iI=p(()=>{});var If={};St(If,{$Command:()=>rr,AccessDeniedException:()=>ei,AccessDeniedException$:()=>PT,AccessDeniedExceptionReason:()=>D1,AuthorizationPendingException:()=>ti,
AuthorizationPendingException$:()=>OT,CreateToken$:()=>_f,CreateTokenCommand:()=>ui,CreateTokenRequest$:()=>zT,CreateTokenResponse$:()=>GT,ExpiredTokenException:()=>ri,
ExpiredTokenException$:()=>NT,InternalServerException:()=>oi,InternalServerException$:()=>DT,InvalidClientException:()=>ni,InvalidClientException$:()=>kT,InvalidGrantException:()=>si,
InvalidGrantException$:()=>$T,InvalidRequestException:()=>ii,InvalidRequestException$:()=>LT,InvalidRequestExceptionReason:()=>k1,InvalidScopeException:()=>ai,InvalidScopeException$:()=>UT,
SSOOIDC:()=>jc,SSOOIDCClient:()=>di,SSOOIDCServiceException:()=>Ee,SSOOIDCServiceException$:()=>bT,SlowDownException:()=>ci,SlowDownException$:()=>MT,UnauthorizedClientException:()=>pi,
UnauthorizedClientException$:()=>FT,UnsupportedGrantTypeException:()=>li,UnsupportedGrantTypeException$:()=>HT,__Client:()=>Se,errorTypeRegistries:()=>Rf});var Af=p(
()=>{wf();oI();nI();C();Gc();sI();xf();iI();zc()});var aI,cI=p(()=>{aI=async(t,e={},r)=>{let{SSOOIDCClient:o}=await Promise.resolve().then(()=>(Af(),If)),n=i=>e.clientConfig?.[i]??e.parentClientConfig?.[i]??r?.[i];
return new o(Object.assign({},e.clientConfig??{},{region:t??e.clientConfig?.region,logger:n("logger"),userAgentAppId:n("userAgentAppId")}))}});var pI,lI=p(()=>{cI();pI=async(t,e,r={},o)=>{let{CreateTokenCommand:n}=await Promise.resolve().then(()=>(Af(),If));return(await aI(e,r,o)).send(new n({clientId:t.
clientId,clientSecret:t.clientSecret,refreshToken:t.refreshToken,grantType:"refresh_token"}))}});var Cf,dI=p(()=>{k();kc();Cf=t=>{if(t.expiration&&t.expiration.getTime()<Date.now())throw new wt(`Token is expired. ${Ln}`,!1)}});var ao,uI=p(()=>{k();kc();ao=(t,e,r=!1)=>{if(typeof e>"u")throw new wt(`Value not present for '${t}' in SSO Token${r?". Cannot refresh":""}. ${Ln}`,!1)}});var mI,$1,fI,gI=p(()=>{k();mI=require("node:fs"),{writeFile:$1}=mI.promises,fI=(t,e)=>{let r=us(t),o=JSON.stringify(e,null,2);return $1(r,o)}});var hI,Vc,vf,yI=p(()=>{k();kc();lI();dI();uI();gI();hI=new Map,Vc=new Map,vf=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/token-provider\
s - fromSso");let r=await fr(t),o=We({profile:t.profile??e?.profile}),n=r[o];if(n){if(!n.sso_session)throw new wt(`Profile '${o}' is missing required property '\
sso_session'.`)}else throw new wt(`Profile '${o}' could not be found in shared credentials file.`,!1);let s=n.sso_session,i=Vc.get(s);if(i)return await i;let c=(await Ss(
t))[s];if(!c)throw new wt(`Sso session '${s}' could not be found in shared credentials file.`,!1);for(let E of["sso_start_url","sso_region"])if(!c[E])throw new wt(
`Sso session '${s}' is missing required property '${E}'.`,!1);let l=c.sso_start_url,d=c.sso_region,u;try{u=await fs(s)}catch{throw new wt(`The SSO session token\
 associated with profile=${o} was not found or is invalid. ${Ln}`,!1)}ao("accessToken",u.accessToken),ao("expiresAt",u.expiresAt);let{accessToken:m,expiresAt:f}=u,
g={token:m,expiration:new Date(f)};if(g.expiration.getTime()-Date.now()>3e5)return g;let y=Vc.get(s);if(y)return await y;let h=hI.get(s)??0;if(Date.now()-h<30*1e3)
return Cf(g),g;ao("clientId",u.clientId,!0),ao("clientSecret",u.clientSecret,!0),ao("refreshToken",u.refreshToken,!0);let S=(async()=>{try{hI.set(s,Date.now());
let E=await pI(u,d,t,e);ao("accessToken",E.accessToken),ao("expiresIn",E.expiresIn);let I=new Date(Date.now()+E.expiresIn*1e3);try{await fI(s,{...u,accessToken:E.
accessToken,expiresAt:I.toISOString(),refreshToken:E.refreshToken})}catch{}return{token:E.accessToken,expiration:I}}catch{return Cf(g),g}})();Vc.set(s,S);try{return await S}finally{
Vc.delete(s)}}});var SI=p(()=>{yI()});function U1(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"awsssoportal",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}function M1(t){return{schemeId:"smithy.api#noAuth"}}var EI,xI,RI,bf=p(()=>{ye();C();EI=async(t,e,r)=>({operation:Z(e).operation,region:await q(t.region)()||
(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});xI=t=>{let e=[];return t.operation==="GetRoleCredentials"?e.push(M1(t)):e.
push(U1(t)),e},RI=t=>{let e=ar(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??[])})}});var _I,wI,Pf=p(()=>{_I=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"awsssoporta\
l"}),wI={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var mi,Go,Wc,TI,vI,qc,Of,II,Nf,Fn,AI,CI,F1,mt,H1,bI,PI=p(()=>{J();mi="ref",Go=-1,Wc=!0,TI="isSet",vI="PartitionResult",qc="booleanEquals",Of="getAttr",II={[mi]:"\
Endpoint"},Nf={[mi]:vI},Fn={},AI=[{[mi]:"Region"}],CI={conditions:[[TI,[II]],[TI,AI],["aws.partition",AI,vI],[qc,[{[mi]:"UseFIPS"},Wc]],[qc,[{[mi]:"UseDualStack"},
Wc]],[qc,[{fn:Of,argv:[Nf,"supportsDualStack"]},Wc]],[qc,[{fn:Of,argv:[Nf,"supportsFIPS"]},Wc]],["stringEquals",[{fn:Of,argv:[Nf,"name"]},"aws-us-gov"]]],results:[
[Go],[Go,"Invalid Configuration: FIPS and custom endpoint are not supported"],[Go,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[II,
Fn],["https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Fn],[Go,"FIPS and DualStack are enabled, but this partition does not support one or\
 both"],["https://portal.sso.{Region}.amazonaws.com",Fn],["https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}",Fn],[Go,"FIPS is enabled but this parti\
tion does not support FIPS"],["https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}",Fn],[Go,"DualStack is enabled but this partition does not suppo\
rt DualStack"],["https://portal.sso.{Region}.{PartitionResult#dnsSuffix}",Fn],[Go,"Invalid Configuration: Missing Region"]]},F1=2,mt=1e8,H1=new Int32Array([-1,1,
-1,0,13,3,1,4,mt+12,2,5,mt+12,3,8,6,4,7,mt+11,5,mt+9,mt+10,4,11,9,6,10,mt+8,7,mt+6,mt+7,5,12,mt+5,6,mt+4,mt+5,3,mt+1,14,4,mt+2,mt+3]),bI=Je.from(H1,F1,CI.conditions,
CI.results)});var B1,OI,NI=p(()=>{M();J();PI();B1=new Xe({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),OI=(t,e={})=>B1.get(t,()=>$t(bI,{endpointParams:t,logger:e.
logger}));_e.aws=lt});var Br,Df=p(()=>{C();Br=class t extends qe{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Kc,Jc,Xc,Yc,kf=p(()=>{Df();Kc=class t extends Br{static shapeId="com.amazonaws.sso#InvalidRequestException";name="InvalidRequestException";$fault="client";constructor(e){
super({name:"InvalidRequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Jc=class t extends Br{static shapeId="com.amazonaws.sso#R\
esourceNotFoundException";name="ResourceNotFoundException";$fault="client";constructor(e){super({name:"ResourceNotFoundException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Xc=class t extends Br{static shapeId="com.amazonaws.sso#TooManyRequestsException";name="TooManyRequestsException";$fault="cli\
ent";constructor(e){super({name:"TooManyRequestsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Yc=class t extends Br{static shapeId="\
com.amazonaws.sso#UnauthorizedException";name="UnauthorizedException";$fault="client";constructor(e){super({name:"UnauthorizedException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}}});var z1,G1,j1,V1,W1,q1,K1,J1,X1,Y1,Q1,Z1,e$,t$,r$,Qc,Zc,o$,n$,ep,s$,DI,tp,i$,a$,c$,kI,p$,l$,d$,pr,$I,u$,fi,m$,f$,g$,h$,LI,y$,S$,E$,x$,R$,_$,UI,rp=p(()=>{Y();kf();
Df();z1="AccessTokenType",G1="GetRoleCredentials",j1="GetRoleCredentialsRequest",V1="GetRoleCredentialsResponse",W1="InvalidRequestException",q1="RoleCredential\
s",K1="ResourceNotFoundException",J1="SecretAccessKeyType",X1="SessionTokenType",Y1="TooManyRequestsException",Q1="UnauthorizedException",Z1="accountId",e$="acc\
essKeyId",t$="accessToken",r$="account_id",Qc="client",Zc="error",o$="expiration",n$="http",ep="httpError",s$="httpHeader",DI="httpQuery",tp="message",i$="roleC\
redentials",a$="roleName",c$="role_name",kI="smithy.ts.sdk.synthetic.com.amazonaws.sso",p$="secretAccessKey",l$="sessionToken",d$="x-amz-sso_bearer_token",pr="c\
om.amazonaws.sso",$I=new X(kI),u$=[-3,kI,"SSOServiceException",0,[],[]];$I.registerError(u$,Br);fi=new X(pr),m$=[-3,pr,W1,{[Zc]:Qc,[ep]:400},[tp],[0]];fi.registerError(
m$,Kc);f$=[-3,pr,K1,{[Zc]:Qc,[ep]:404},[tp],[0]];fi.registerError(f$,Jc);g$=[-3,pr,Y1,{[Zc]:Qc,[ep]:429},[tp],[0]];fi.registerError(g$,Xc);h$=[-3,pr,Q1,{[Zc]:Qc,
[ep]:401},[tp],[0]];fi.registerError(h$,Yc);LI=[$I,fi],y$=[0,pr,z1,8,0],S$=[0,pr,J1,8,0],E$=[0,pr,X1,8,0],x$=[3,pr,j1,0,[a$,Z1,t$],[[0,{[DI]:c$}],[0,{[DI]:r$}],
[()=>y$,{[s$]:d$}]],3],R$=[3,pr,V1,0,[i$],[[()=>_$,0]]],_$=[3,pr,q1,0,[e$,p$,l$,o$],[0,[()=>S$,0],[()=>E$,0],1]],UI=[9,pr,G1,{[n$]:["GET","/federation/credentia\
ls",200]},()=>x$,()=>R$]});var MI,FI=p(()=>{ye();Bo();Ie();Fr();C();U();P();bf();NI();rp();MI=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??me,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??OI,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
xI,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ae},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new he}],logger:t?.logger??new ge,protocol:t?.protocol??Hr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.sso",errorTypeRegistries:LI,version:"2019-06-10",serviceTarget:"SWBPortalService"},serviceId:t?.serviceId??"S\
SO",sha256:t?.sha256??it,urlParser:t?.urlParser??le,utf8Decoder:t?.utf8Decoder??te,utf8Encoder:t?.utf8Encoder??Q})});var HI,BI=p(()=>{Ys();M();ye();C();k();pt();P();no();FI();HI=t=>{bt(process.version);let e=kt(t),r=()=>e().then(vt),o=MI(t);Et(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??T(dt,n),bodyLengthChecker:t?.bodyLengthChecker??
Rt,defaultSocketTimeout:xt(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Jt({serviceId:o.serviceId,clientVersion:so.version}),maxAttempts:t?.
maxAttempts??T(Vt,t),region:t?.region??T(Re,{...Ke,...n}),requestHandler:ve.create(t?.requestHandler??r),retryMode:t?.retryMode??T({...qt,default:async()=>(await r()).
retryMode||Ye},t),streamCollector:t?.streamCollector??$e,useDualstackEndpoint:t?.useDualstackEndpoint??T(It,n),useFipsEndpoint:t?.useFipsEndpoint??T(At,n),userAgentAppId:t?.
userAgentAppId??T(Xt,n)}}});var zI,GI,jI=p(()=>{zI=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},GI=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var VI,WI=p(()=>{M();C();U();jI();VI=(t,e)=>{let r=Object.assign(Yt(t),Pt(t),Lt(t),zI(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Qt(r),Ot(r),Ut(r),
GI(r))}});var Hn,$f=p(()=>{M();Ie();C();k();J();U();pt();Y();bf();Pf();BI();WI();Hn=class extends Se{config;constructor(...[e]){let r=HI(e||{});super(r),this.initConfig=r;
let o=_I(r),n=zt(o),s=Wt(n),i=Dt(s),a=i,c=or(a),l=RI(c),d=VI(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Ct(this.config)),this.middlewareStack.use(
Kt(this.config)),this.middlewareStack.use(sr(this.config)),this.middlewareStack.use(Mt(this.config)),this.middlewareStack.use(Ft(this.config)),this.middlewareStack.
use(Ht(this.config)),this.middlewareStack.use(Bt(this.config)),this.middlewareStack.use(at(this.config,{httpAuthSchemeParametersProvider:EI,identityProviderConfigProvider:async u=>new Ue(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(ct(this.config))}destroy(){super.destroy()}}});var qI,KI,JI,XI=p(()=>{C();J();Pf();qI=Nt(wI,"SWBPortalService","SSOClient",nr),KI={},JI=(t,e,r,o)=>[]});var Bn,Lf=p(()=>{XI();rp();Bn=class extends qI(KI,JI,"GetRoleCredentials",UI){}});var w$,Uf,YI=p(()=>{C();Lf();$f();w$={GetRoleCredentialsCommand:Bn},Uf=class extends Hn{};Lr(w$,Uf)});var QI=p(()=>{Lf()});var ZI=p(()=>{});var eA=p(()=>{$f();YI();QI();rp();kf();ZI()});var tA={};St(tA,{GetRoleCredentialsCommand:()=>Bn,SSOClient:()=>Hn});var rA=p(()=>{eA()});var gi,Mf,oA=p(()=>{M();SI();k();gi=!1,Mf=async({ssoStartUrl:t,ssoSession:e,ssoAccountId:r,ssoRegion:o,ssoRoleName:n,ssoClient:s,clientConfig:i,parentClientConfig:a,
callerClientConfig:c,profile:l,filepath:d,configFilepath:u,ignoreCache:m,logger:f})=>{let g,y="To refresh this SSO session run aws sso login with the correspond\
ing profile.";if(e)try{let ot=await vf({profile:l,filepath:d,configFilepath:u,ignoreCache:m,clientConfig:i,parentClientConfig:a,logger:f})({callerClientConfig:c});
g={accessToken:ot.token,expiresAt:new Date(ot.expiration).toISOString()}}catch(ot){throw new _(ot.message,{tryNextLink:gi,logger:f})}else try{g=await fs(t)}catch{
throw new _(`The SSO session associated with this profile is invalid. ${y}`,{tryNextLink:gi,logger:f})}if(new Date(g.expiresAt).getTime()-Date.now()<=0)throw new _(
`The SSO session associated with this profile has expired. ${y}`,{tryNextLink:gi,logger:f});let{accessToken:h}=g,{SSOClient:S,GetRoleCredentialsCommand:E}=await Promise.resolve().then(()=>(rA(),tA)),
I=s||new S(Object.assign({},i??{},{logger:i?.logger??c?.logger??a?.logger,region:i?.region??o,userAgentAppId:i?.userAgentAppId??c?.userAgentAppId??a?.userAgentAppId})),
R;try{R=await I.send(new E({accountId:r,roleName:n,accessToken:h}))}catch(ot){throw new _(ot,{tryNextLink:gi,logger:f})}let{roleCredentials:{accessKeyId:w,secretAccessKey:$,
sessionToken:ee,expiration:Zt,credentialScope:_r,accountId:se}={}}=R;if(!w||!$||!ee||!Zt)throw new _("SSO returns an invalid temporary credential.",{tryNextLink:gi,
logger:f});let xe={accessKeyId:w,secretAccessKey:$,sessionToken:ee,expiration:new Date(Zt),..._r&&{credentialScope:_r},...se&&{accountId:se}};return e?H(xe,"CRE\
DENTIALS_SSO","s"):H(xe,"CREDENTIALS_SSO_LEGACY","u"),xe}});var op,Ff=p(()=>{k();op=(t,e)=>{let{sso_start_url:r,sso_account_id:o,sso_region:n,sso_role_name:s}=t;if(!r||!o||!n||!s)throw new _(`Profile is configured with i\
nvalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(t).join(", ")}
Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,{tryNextLink:!1,logger:e});return t}});var nA,sA=p(()=>{k();df();oA();Ff();nA=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO");let{ssoStartUrl:r,
ssoAccountId:o,ssoRegion:n,ssoRoleName:s,ssoSession:i}=t,{ssoClient:a}=t,c=We({profile:t.profile??e?.profile});if(!r&&!o&&!n&&!s&&!i){let d=(await fr(t))[c];if(!d)
throw new _(`Profile ${c} was not found.`,{logger:t.logger});if(!Dc(d))throw new _(`Profile ${c} is not configured with SSO credentials.`,{logger:t.logger});if(d?.
sso_session){let S=(await Ss(t))[d.sso_session],E=` configurations in profile ${c} and sso-session ${d.sso_session}`;if(n&&n!==S.sso_region)throw new _("Conflic\
ting SSO region"+E,{tryNextLink:!1,logger:t.logger});if(r&&r!==S.sso_start_url)throw new _("Conflicting SSO start_url"+E,{tryNextLink:!1,logger:t.logger});d.sso_region=
S.sso_region,d.sso_start_url=S.sso_start_url}let{sso_start_url:u,sso_account_id:m,sso_region:f,sso_role_name:g,sso_session:y}=op(d,t.logger);return Mf({ssoStartUrl:u,
ssoSession:y,ssoAccountId:m,ssoRegion:f,ssoRoleName:g,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}else{if(!r||!o||!n||!s)throw new _('Incomplete configu\
ration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',{tryNextLink:!1,logger:t.logger});return Mf({ssoStartUrl:r,
ssoSession:i,ssoAccountId:o,ssoRegion:n,ssoRoleName:s,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}}});var Hf={};St(Hf,{fromSSO:()=>nA,isSsoProfile:()=>Dc,validateSsoProfile:()=>op});var Bf=p(()=>{sA();df();Ff()});var iA,zf,aA=p(()=>{M();k();iA=(t,e,r)=>{let o={EcsContainer:async n=>{let{fromHttp:s}=await Promise.resolve().then(()=>(lf(),pf)),{fromContainerMetadata:i}=await Promise.resolve().then(()=>(Pc(),bc));
return r?.debug("@aws-sdk/credential-provider-ini - credential_source is EcsContainer"),async()=>wo(s(n??{}),i(n))().then(zf)},Ec2InstanceMetadata:async n=>{r?.
debug("@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata");let{fromInstanceMetadata:s}=await Promise.resolve().then(()=>(Pc(),bc));return async()=>s(
n)().then(zf)},Environment:async n=>{r?.debug("@aws-sdk/credential-provider-ini - credential_source is Environment");let{fromEnv:s}=await Promise.resolve().then(()=>(Ym(),e0));
return async()=>s(n)().then(zf)}};if(t in o)return o[t];throw new _(`Unsupported credential source in profile ${e}. Got ${t}, expected EcsContainer or Ec2Instan\
ceMetadata or Environment.`,{logger:r})},zf=t=>H(t,"CREDENTIALS_PROFILE_NAMED_PROVIDER","p")});var Gn,jo,hi,cA,hA,yi,be,Gf,pA,lA,dA,uA,mA,Pe,jf,zn,fA,gA,T$,W,I$,yA,SA=p(()=>{J();Gn="ref",jo=-1,hi=!0,cA="isSet",hA="PartitionResult",yi="booleanEquals",be="s\
tringEquals",Gf="getAttr",pA="us-east-1",lA="sigv4",dA="sts",uA="https://sts.{Region}.{PartitionResult#dnsSuffix}",mA={[Gn]:"Endpoint"},Pe={[Gn]:"Region"},jf={[Gn]:hA},
zn={},fA=[Pe],gA={conditions:[[cA,[mA]],[cA,fA],["aws.partition",fA,hA],[yi,[{[Gn]:"UseFIPS"},hi]],[yi,[{[Gn]:"UseDualStack"},hi]],[be,[Pe,"aws-global"]],[yi,[{
[Gn]:"UseGlobalEndpoint"},hi]],[be,[Pe,"eu-central-1"]],[yi,[{fn:Gf,argv:[jf,"supportsDualStack"]},hi]],[yi,[{fn:Gf,argv:[jf,"supportsFIPS"]},hi]],[be,[Pe,"ap-s\
outh-1"]],[be,[Pe,"eu-north-1"]],[be,[Pe,"eu-west-1"]],[be,[Pe,"eu-west-2"]],[be,[Pe,"eu-west-3"]],[be,[Pe,"sa-east-1"]],[be,[Pe,pA]],[be,[Pe,"us-east-2"]],[be,
[Pe,"us-west-2"]],[be,[Pe,"us-west-1"]],[be,[Pe,"ca-central-1"]],[be,[Pe,"ap-southeast-1"]],[be,[Pe,"ap-northeast-1"]],[be,[Pe,"ap-southeast-2"]],[be,[{fn:Gf,argv:[
jf,"name"]},"aws-us-gov"]]],results:[[jo],["https://sts.amazonaws.com",{authSchemes:[{name:lA,signingName:dA,signingRegion:pA}]}],[uA,{authSchemes:[{name:lA,signingName:dA,
signingRegion:"{Region}"}]}],[jo,"Invalid Configuration: FIPS and custom endpoint are not supported"],[jo,"Invalid Configuration: Dualstack and custom endpoint \
are not supported"],[mA,zn],["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",zn],[jo,"FIPS and DualStack are enabled, but this partition does n\
ot support one or both"],["https://sts.{Region}.amazonaws.com",zn],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",zn],[jo,"FIPS is enabled but this pa\
rtition does not support FIPS"],["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}",zn],[jo,"DualStack is enabled but this partition does not support D\
ualStack"],[uA,zn],[jo,"Invalid Configuration: Missing Region"]]},T$=2,W=1e8,I$=new Int32Array([-1,1,-1,0,30,3,1,4,W+14,2,5,W+14,3,25,6,4,24,7,5,W+1,8,6,9,W+13,
7,W+1,10,10,W+1,11,11,W+1,12,12,W+1,13,13,W+1,14,14,W+1,15,15,W+1,16,16,W+1,17,17,W+1,18,18,W+1,19,19,W+1,20,20,W+1,21,21,W+1,22,22,W+1,23,23,W+1,W+2,8,W+11,W+12,
4,28,26,9,27,W+10,24,W+8,W+9,8,29,W+7,9,W+6,W+7,3,W+3,31,4,W+4,W+5]),yA=Je.from(I$,T$,gA.conditions,gA.results)});var A$,np,Vf=p(()=>{M();J();SA();A$=new Xe({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),np=(t,e={})=>A$.get(t,()=>$t(yA,
{endpointParams:t,logger:e.logger}));_e.aws=lt});function xA(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function Wf(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function RA(t){return{schemeId:"smithy.api#noAuth"}}var C$,v$,EA,b$,P$,_A,wA,qf=p(()=>{ye();js();C();J();Vf();C$=t=>async(e,r,o)=>{if(!o)throw new Error("Could \
not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let n=await t(e,r,o),s=Z(r)?.commandInstance?.constructor?.getEndpointParameterInstructions;
if(!s)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}'`);let i=await mn(o,{getEndpointParameterInstructions:s},e);return Object.
assign(n,i)},v$=async(t,e,r)=>({operation:Z(e).operation,region:await q(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sig\
v4`")})()}),EA=C$(v$);b$=(t,e,r)=>n=>{let i=t(n).properties?.authSchemes;if(!i)return e(n);let a=[];for(let c of i){let{name:l,properties:d={},...u}=c,m=l.toLowerCase();
l!==m&&console.warn(`HttpAuthScheme has been normalized with lowercasing: '${l}' to '${m}'`);let f;if(m==="sigv4a"){f="aws.auth#sigv4a";let h=i.find(S=>{let E=S.
name.toLowerCase();return E!=="sigv4a"&&E.startsWith("sigv4")});if(yr.sigv4aDependency()==="none"&&h)continue}else if(m.startsWith("sigv4"))f="aws.auth#sigv4";else
throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);let g=r[f];if(!g)throw new Error(`Could not find HttpAuthOption creat\
e function for '${f}'`);let y=g(n);y.schemeId=f,y.signingProperties={...y.signingProperties||{},...u,...d},a.push(y)}return a},P$=t=>{let e=[];return t.operation===
"AssumeRoleWithWebIdentity"?(e.push(RA(t)),e.push(Wf(t))):(e.push(xA(t)),e.push(Wf(t))),e},_A=b$(np,P$,{"aws.auth#sigv4":xA,"aws.auth#sigv4a":Wf,"smithy.api#noA\
uth":RA}),wA=t=>{let e=ar(t),r=bn(e);return Object.assign(r,{authSchemePreference:q(t.authSchemePreference??[])})}});var TA,IA,Kf=p(()=>{TA=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??
!1,defaultSigningName:"sts"}),IA={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{
type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}}});var ft,sp=p(()=>{C();ft=class t extends qe{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Si,Ei,xi,Ri,_i,wi,Ti,Jf=p(()=>{sp();Si=class t extends ft{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="clie\
nt";constructor(e){super({name:"ExpiredTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ei=class t extends ft{static shapeId="co\
m.amazonaws.sts#MalformedPolicyDocumentException";name="MalformedPolicyDocumentException";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentExc\
eption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},xi=class t extends ft{static shapeId="com.amazonaws.sts#PackedPolicyTooLargeException";name="\
PackedPolicyTooLargeException";$fault="client";constructor(e){super({name:"PackedPolicyTooLargeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Ri=class t extends ft{static shapeId="com.amazonaws.sts#RegionDisabledException";name="RegionDisabledException";$fault="client";constructor(e){super({name:"Regi\
onDisabledException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},_i=class t extends ft{static shapeId="com.amazonaws.sts#IDPRejectedClaimEx\
ception";name="IDPRejectedClaimException";$fault="client";constructor(e){super({name:"IDPRejectedClaimException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},wi=class t extends ft{static shapeId="com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdentityTokenException";$fault="client";constructor(e){
super({name:"InvalidIdentityTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ti=class t extends ft{static shapeId="com.amazonaws\
.sts#IDPCommunicationErrorException";name="IDPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicationErrorExcept\
ion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}}});var O$,N$,D$,k$,$$,L$,Xf,U$,M$,F$,H$,Yf,B$,AA,z$,G$,j$,V$,W$,q$,K$,J$,CA,vA,bA,X$,Y$,Q$,Z$,eL,tL,PA,rL,oL,OA,nL,NA,sL,iL,Qf,aL,cL,DA,kA,pL,lL,dL,uL,mL,fL,gL,hL,
Vo,Wo,yL,qo,Ko,Jo,SL,$A,EL,re,LA,UA,co,MA,FA,HA,BA,zA,GA,jA,Zf,xL,RL,eg,VA,WA,qA,KA,tg,JA,XA,YA,QA,_L,wL,rg,og,Ii=p(()=>{Y();Jf();sp();O$="Arn",N$="AccessKeyId",
D$="AssumeRole",k$="AssumedRoleId",$$="AssumeRoleRequest",L$="AssumeRoleResponse",Xf="AssumedRoleUser",U$="AssumeRoleWithWebIdentity",M$="AssumeRoleWithWebIdent\
ityRequest",F$="AssumeRoleWithWebIdentityResponse",H$="Audience",Yf="Credentials",B$="ContextAssertion",AA="DurationSeconds",z$="Expiration",G$="ExternalId",j$=
"ExpiredTokenException",V$="IDPCommunicationErrorException",W$="IDPRejectedClaimException",q$="InvalidIdentityTokenException",K$="Key",J$="MalformedPolicyDocume\
ntException",CA="MinimumSessionTokenSize",vA="Policy",bA="PolicyArns",X$="ProviderArn",Y$="ProvidedContexts",Q$="ProvidedContextsListType",Z$="ProvidedContext",
eL="PolicyDescriptorType",tL="ProviderId",PA="PackedPolicySize",rL="PackedPolicyTooLargeException",oL="Provider",OA="RoleArn",nL="RegionDisabledException",NA="R\
oleSessionName",sL="SecretAccessKey",iL="SubjectFromWebIdentityToken",Qf="SourceIdentity",aL="SerialNumber",cL="SessionToken",DA="SessionTokenSize",kA="SessionT\
okenUtilization",pL="Tags",lL="TokenCode",dL="TransitiveTagKeys",uL="Tag",mL="Value",fL="WebIdentityToken",gL="arn",hL="accessKeySecretType",Vo="awsQueryError",
Wo="client",yL="clientTokenType",qo="error",Ko="httpError",Jo="message",SL="policyDescriptorListType",$A="smithy.ts.sdk.synthetic.com.amazonaws.sts",EL="tagList\
Type",re="com.amazonaws.sts",LA=new X($A),UA=[-3,$A,"STSServiceException",0,[],[]];LA.registerError(UA,ft);co=new X(re),MA=[-3,re,j$,{[Vo]:["ExpiredTokenExcepti\
on",400],[qo]:Wo,[Ko]:400},[Jo],[0]];co.registerError(MA,Si);FA=[-3,re,V$,{[Vo]:["IDPCommunicationError",400],[qo]:Wo,[Ko]:400},[Jo],[0]];co.registerError(FA,Ti);
HA=[-3,re,W$,{[Vo]:["IDPRejectedClaim",403],[qo]:Wo,[Ko]:403},[Jo],[0]];co.registerError(HA,_i);BA=[-3,re,q$,{[Vo]:["InvalidIdentityToken",400],[qo]:Wo,[Ko]:400},
[Jo],[0]];co.registerError(BA,wi);zA=[-3,re,J$,{[Vo]:["MalformedPolicyDocument",400],[qo]:Wo,[Ko]:400},[Jo],[0]];co.registerError(zA,Ei);GA=[-3,re,rL,{[Vo]:["Pa\
ckedPolicyTooLarge",400],[qo]:Wo,[Ko]:400},[Jo],[0]];co.registerError(GA,xi);jA=[-3,re,nL,{[Vo]:["RegionDisabledException",403],[qo]:Wo,[Ko]:403},[Jo],[0]];co.registerError(
jA,Ri);Zf=[LA,co],xL=[0,re,hL,8,0],RL=[0,re,yL,8,0],eg=[3,re,Xf,0,[k$,O$],[0,0],2],VA=[3,re,$$,0,[OA,NA,bA,vA,AA,pL,dL,G$,aL,lL,Qf,Y$,CA],[0,0,()=>QA,0,1,()=>wL,
64,0,0,0,0,()=>_L,1],2],WA=[3,re,L$,0,[Yf,Xf,PA,Qf,kA,DA],[[()=>tg,0],()=>eg,1,0,1,1]],qA=[3,re,M$,0,[OA,NA,fL,tL,bA,vA,AA,CA],[0,0,[()=>RL,0],0,()=>QA,0,1,1],3],
KA=[3,re,F$,0,[Yf,iL,Xf,PA,oL,H$,Qf,kA,DA],[[()=>tg,0],0,()=>eg,1,0,0,0,1,1]],tg=[3,re,Yf,0,[N$,sL,cL,z$],[0,[()=>xL,0],0,4],4],JA=[3,re,eL,0,[gL],[0]],XA=[3,re,
Z$,0,[X$,B$],[0,0]],YA=[3,re,uL,0,[K$,mL],[0,0],2],QA=[1,re,SL,0,()=>JA],_L=[1,re,Q$,0,()=>XA],wL=[1,re,EL,0,()=>YA],rg=[9,re,D$,0,()=>VA,()=>WA],og=[9,re,U$,0,
()=>qA,()=>KA]});var ZA,eC=p(()=>{ye();Bo();js();Ie();Fr();C();U();P();qf();Vf();Ii();ZA=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??me,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??np,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
_A,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ae},{schemeId:"aws.aut\
h#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4a"),signer:new ir},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("s\
mithy.api#noAuth")||(async()=>({})),signer:new he}],logger:t?.logger??new ge,protocol:t?.protocol??Ho,protocolSettings:t?.protocolSettings??{defaultNamespace:"c\
om.amazonaws.sts",errorTypeRegistries:Zf,xmlNamespace:"https://sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20\
110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??it,signerConstructor:t?.signerConstructor??yr,urlParser:t?.urlParser??le,utf8Decoder:t?.utf8Decoder??te,
utf8Encoder:t?.utf8Encoder??Q})});var tC,rC=p(()=>{Ys();M();ye();Ie();C();k();pt();P();no();eC();tC=t=>{bt(process.version);let e=kt(t),r=()=>e().then(vt),o=ZA(t);Et(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??T(dt,n),bodyLengthChecker:t?.bodyLengthChecker??
Rt,defaultSocketTimeout:xt(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Jt({serviceId:o.serviceId,clientVersion:so.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4")||(async i=>await t.credentialDefaultProvider(i?.__config||
{})()),signer:new ae},{schemeId:"aws.auth#sigv4a",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4a"),signer:new ir},{schemeId:"smithy.api#noAuth",identityProvider:s=>s.
getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new he}],maxAttempts:t?.maxAttempts??T(Vt,t),region:t?.region??T(Re,{...Ke,...n}),requestHandler:ve.
create(t?.requestHandler??r),retryMode:t?.retryMode??T({...qt,default:async()=>(await r()).retryMode||Ye},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??T(
Pn,n),streamCollector:t?.streamCollector??$e,useDualstackEndpoint:t?.useDualstackEndpoint??T(It,n),useFipsEndpoint:t?.useFipsEndpoint??T(At,n),userAgentAppId:t?.
userAgentAppId??T(Xt,n)}}});var oC,nC,sC=p(()=>{oC=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},nC=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var iC,aC=p(()=>{M();C();U();sC();iC=(t,e)=>{let r=Object.assign(Yt(t),Pt(t),Lt(t),oC(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Qt(r),Ot(r),Ut(r),
nC(r))}});var po,ip=p(()=>{M();Ie();C();k();J();U();pt();Y();qf();Kf();rC();aC();po=class extends Se{config;constructor(...[e]){let r=tC(e||{});super(r),this.initConfig=r;
let o=TA(r),n=zt(o),s=Wt(n),i=Dt(s),a=i,c=or(a),l=wA(c),d=iC(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Ct(this.config)),this.middlewareStack.use(
Kt(this.config)),this.middlewareStack.use(sr(this.config)),this.middlewareStack.use(Mt(this.config)),this.middlewareStack.use(Ft(this.config)),this.middlewareStack.
use(Ht(this.config)),this.middlewareStack.use(Bt(this.config)),this.middlewareStack.use(at(this.config,{httpAuthSchemeParametersProvider:EA,identityProviderConfigProvider:async u=>new Ue(
{"aws.auth#sigv4":u.credentials,"aws.auth#sigv4a":u.credentials})})),this.middlewareStack.use(ct(this.config))}destroy(){super.destroy()}}});var ap,cp,pp,ng=p(()=>{C();J();Kf();ap=Nt(IA,"AWSSecurityTokenServiceV20110615","STSClient",nr),cp={},pp=(t,e,r,o)=>[]});var Xo,lp=p(()=>{ng();Ii();Xo=class extends ap(cp,pp,"AssumeRole",rg){}});var Yo,dp=p(()=>{ng();Ii();Yo=class extends ap(cp,pp,"AssumeRoleWithWebIdentity",og){}});var TL,up,cC=p(()=>{C();lp();dp();ip();TL={AssumeRoleCommand:Xo,AssumeRoleWithWebIdentityCommand:Yo},up=class extends po{};Lr(TL,up)});var pC=p(()=>{lp();dp()});var lC=p(()=>{});var dC,uC,mC,fC,gC,hC=p(()=>{M();lp();dp();dC=t=>{if(typeof t?.Arn=="string"){let e=t.Arn.split(":");if(e.length>4&&e[4]!=="")return e[4]}},uC=async(t,e,r,o={})=>{
let n=typeof t=="function"?await t():t,s=typeof e=="function"?await e():e,i="",a=n??s??(i=await Cm(o)());return r?.debug?.("@aws-sdk/client-sts::resolveRegion",
"accepting first of:",`${n} (credential provider clientConfig)`,`${s} (contextual client)`,`${i} (STS default: AWS_REGION, profile region, or us-east-1)`),a},mC=
(t,e)=>{let r,o;return async(n,s)=>{if(o=n,!r){let{logger:d=t?.parentClientConfig?.logger,profile:u=t?.parentClientConfig?.profile,region:m,requestHandler:f=t?.
parentClientConfig?.requestHandler,credentialProviderLogger:g,userAgentAppId:y=t?.parentClientConfig?.userAgentAppId}=t,h=await uC(m,t?.parentClientConfig?.region,
g,{logger:d,profile:u}),S=!gC(f);r=new e({...t,userAgentAppId:y,profile:u,credentialDefaultProvider:()=>async()=>o,region:h,requestHandler:S?f:void 0,logger:d})}
let{Credentials:i,AssumedRoleUser:a}=await r.send(new Xo(s));if(!i||!i.AccessKeyId||!i.SecretAccessKey)throw new Error(`Invalid response from STS.assumeRole cal\
l with role ${s.RoleArn}`);let c=dC(a),l={accessKeyId:i.AccessKeyId,secretAccessKey:i.SecretAccessKey,sessionToken:i.SessionToken,expiration:i.Expiration,...i.CredentialScope&&
{credentialScope:i.CredentialScope},...c&&{accountId:c}};return H(l,"CREDENTIALS_STS_ASSUME_ROLE","i"),l}},fC=(t,e)=>{let r;return async o=>{if(!r){let{logger:c=t?.
parentClientConfig?.logger,profile:l=t?.parentClientConfig?.profile,region:d,requestHandler:u=t?.parentClientConfig?.requestHandler,credentialProviderLogger:m,userAgentAppId:f=t?.
parentClientConfig?.userAgentAppId}=t,g=await uC(d,t?.parentClientConfig?.region,m,{logger:c,profile:l}),y=!gC(u);r=new e({...t,userAgentAppId:f,profile:l,region:g,
requestHandler:y?u:void 0,logger:c})}let{Credentials:n,AssumedRoleUser:s}=await r.send(new Yo(o));if(!n||!n.AccessKeyId||!n.SecretAccessKey)throw new Error(`Inv\
alid response from STS.assumeRoleWithWebIdentity call with role ${o.RoleArn}`);let i=dC(s),a={accessKeyId:n.AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.
SessionToken,expiration:n.Expiration,...n.CredentialScope&&{credentialScope:n.CredentialScope},...i&&{accountId:i}};return i&&H(a,"RESOLVED_ACCOUNT_ID","T"),H(a,
"CREDENTIALS_STS_ASSUME_ROLE_WEB_ID","k"),a}},gC=t=>t?.metadata?.handlerProtocol==="h2"});var yC,SC,EC,IL,xC=p(()=>{hC();ip();yC=(t,e)=>e?class extends t{constructor(o){super(o);for(let n of e)this.middlewareStack.use(n)}}:t,SC=(t={},e)=>mC(t,yC(po,e)),
EC=(t={},e)=>fC(t,yC(po,e)),IL=t=>e=>t({roleAssumer:SC(e),roleAssumerWithWebIdentity:EC(e),...e})});var sg={};St(sg,{$Command:()=>rr,AssumeRole$:()=>rg,AssumeRoleCommand:()=>Xo,AssumeRoleRequest$:()=>VA,AssumeRoleResponse$:()=>WA,AssumeRoleWithWebIdentity$:()=>og,
AssumeRoleWithWebIdentityCommand:()=>Yo,AssumeRoleWithWebIdentityRequest$:()=>qA,AssumeRoleWithWebIdentityResponse$:()=>KA,AssumedRoleUser$:()=>eg,Credentials$:()=>tg,
ExpiredTokenException:()=>Si,ExpiredTokenException$:()=>MA,IDPCommunicationErrorException:()=>Ti,IDPCommunicationErrorException$:()=>FA,IDPRejectedClaimException:()=>_i,
IDPRejectedClaimException$:()=>HA,InvalidIdentityTokenException:()=>wi,InvalidIdentityTokenException$:()=>BA,MalformedPolicyDocumentException:()=>Ei,MalformedPolicyDocumentException$:()=>zA,
PackedPolicyTooLargeException:()=>xi,PackedPolicyTooLargeException$:()=>GA,PolicyDescriptorType$:()=>JA,ProvidedContext$:()=>XA,RegionDisabledException:()=>Ri,RegionDisabledException$:()=>jA,
STS:()=>up,STSClient:()=>po,STSServiceException:()=>ft,STSServiceException$:()=>UA,Tag$:()=>YA,__Client:()=>Se,decorateDefaultCredentialProvider:()=>IL,errorTypeRegistries:()=>Zf,
getDefaultRoleAssumer:()=>SC,getDefaultRoleAssumerWithWebIdentity:()=>EC});var ig=p(()=>{ip();cC();pC();C();Ii();Jf();lC();xC();sp()});var _C,AL,CL,wC,RC,TC=p(()=>{M();k();aA();_C=(t,{profile:e="default",logger:r}={})=>!!t&&typeof t=="object"&&typeof t.role_arn=="string"&&["undefined","string"].
indexOf(typeof t.role_session_name)>-1&&["undefined","string"].indexOf(typeof t.external_id)>-1&&["undefined","string"].indexOf(typeof t.mfa_serial)>-1&&(AL(t,{
profile:e,logger:r})||CL(t,{profile:e,logger:r})),AL=(t,{profile:e,logger:r})=>{let o=typeof t.source_profile=="string"&&typeof t.credential_source>"u";return o&&
r?.debug?.(`    ${e} isAssumeRoleWithSourceProfile source_profile=${t.source_profile}`),o},CL=(t,{profile:e,logger:r})=>{let o=typeof t.credential_source=="stri\
ng"&&typeof t.source_profile>"u";return o&&r?.debug?.(`    ${e} isCredentialSourceProfile credential_source=${t.credential_source}`),o},wC=async(t,e,r,o,n={},s)=>{
r.logger?.debug("@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)");let i=e[t],{source_profile:a,region:c}=i;if(!r.roleAssumer){let{getDefaultRoleAssumer:d}=await Promise.resolve().then(()=>(ig(),sg));
r.roleAssumer=d({...r.clientConfig,credentialProviderLogger:r.logger,parentClientConfig:{...o,...r?.parentClientConfig,region:c??r?.parentClientConfig?.region??
o?.region}},r.clientPlugins)}if(a&&a in n)throw new _(`Detected a cycle attempting to resolve credentials for profile ${We(r)}. Profiles visited: `+Object.keys(
n).join(", "),{logger:r.logger});r.logger?.debug(`@aws-sdk/credential-provider-ini - finding credential resolver using ${a?`source_profile=[${a}]`:`profile=[${t}\
]`}`);let l=a?s(a,e,r,o,{...n,[a]:!0},RC(e[a]??{})):(await iA(i.credential_source,t,r.logger)(r))();if(RC(i))return l.then(d=>H(d,"CREDENTIALS_PROFILE_SOURCE_PR\
OFILE","o"));{let d={RoleArn:i.role_arn,RoleSessionName:i.role_session_name||`aws-sdk-js-${Date.now()}`,ExternalId:i.external_id,DurationSeconds:parseInt(i.duration_seconds||
"3600",10)},{mfa_serial:u}=i;if(u){if(!r.mfaCodeProvider)throw new _(`Profile ${t} requires multi-factor authentication, but no MFA code callback was provided.`,
{logger:r.logger,tryNextLink:!1});d.SerialNumber=u,d.TokenCode=await r.mfaCodeProvider(u)}let m=await l;return r.roleAssumer(m,d).then(f=>H(f,"CREDENTIALS_PROFI\
LE_SOURCE_PROFILE","o"))}},RC=t=>!t.role_arn&&!!t.credential_source});function vL(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"signin",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function bL(t){return{schemeId:"smithy.api#noAuth"}}var IC,AC,CC,ag=p(()=>{ye();C();IC=async(t,e,r)=>({operation:Z(e).operation,region:await q(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});AC=t=>{let e=[];return t.operation==="CreateOAuth2Token"?e.push(bL(t)):e.push(vL(
t)),e},CC=t=>{let e=ar(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??[])})}});var vC,bC,cg=p(()=>{vC=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"signin"}),bC=
{UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var mo,lo,PC,jn,OC,Vn,NC,lg,zr,pg,DC,kC,uo,MC,$C,mp,Me,LC,UC,PL,B,OL,FC,HC=p(()=>{J();mo="ref",lo=-1,PC=!1,jn=!0,OC="isSet",Vn="booleanEquals",NC="coalesce",lg=
"PartitionResult",zr="stringEquals",pg="getAttr",DC="https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}",kC={[mo]:"Endpoint"},uo={fn:pg,argv:[{[mo]:lg},
"name"]},MC={[mo]:"Region"},$C={[mo]:lg},mp={authSchemes:[{name:"sigv4",signingName:"signin",signingRegion:"{Region}"}]},Me={},LC=[MC],UC={conditions:[[OC,LC],[
Vn,[{fn:NC,argv:[{[mo]:"IsControlPlane"},PC]},jn]],[OC,[kC]],["aws.partition",LC,lg],[Vn,[{[mo]:"UseFIPS"},jn]],[zr,[uo,"aws"]],[Vn,[{fn:NC,argv:[{[mo]:"IsOAuth\
Endpoint"},PC]},jn]],[Vn,[{[mo]:"UseDualStack"},jn]],[zr,[uo,"aws-cn"]],[zr,[MC,"us-gov-west-1"]],[zr,[uo,"aws-us-gov"]],[Vn,[{fn:pg,argv:[$C,"supportsFIPS"]},jn]],
[zr,[uo,"aws-iso"]],[zr,[uo,"aws-iso-b"]],[zr,[uo,"aws-iso-f"]],[zr,[uo,"aws-iso-e"]],[zr,[uo,"aws-eusc"]],[Vn,[{fn:pg,argv:[$C,"supportsDualStack"]},jn]]],results:[
[lo],["https://signin.{Region}.api.aws",mp],["https://signin.{Region}.api.amazonwebservices.com.cn",mp],[DC,mp],[lo,"FIPS endpoints are not supported for OAuth \
operations. Disable FIPS or use a non-OAuth operation."],["https://{Region}.oauth.signin.aws",mp],["https://{Region}.signin.aws.amazon.com",Me],["https://{Regio\
n}.signin.amazonaws.cn",Me],["https://{Region}.signin.amazonaws-us-gov.com",Me],["https://{Region}.signin.c2shome.ic.gov",Me],["https://{Region}.signin.sc2shome\
.sgov.gov",Me],["https://{Region}.signin.csphome.hci.ic.gov",Me],["https://{Region}.signin.csphome.adc-e.uk",Me],["https://{Region}.signin.amazonaws-eusc.eu",Me],
["https://signin-fips.amazonaws-us-gov.com",Me],["https://{Region}.signin-fips.amazonaws-us-gov.com",Me],["https://{Region}.signin.{PartitionResult#dnsSuffix}",
Me],[lo,"Invalid Configuration: FIPS and custom endpoint are not supported"],[lo,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[kC,Me],
["https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Me],[lo,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://signin-fips.{Region}.{PartitionResult#dnsSuffix}",Me],[lo,"FIPS is enabled but this partition does not support FIPS"],[DC,Me],[lo,"DualStack is enable\
d but this partition does not support DualStack"],["https://signin.{Region}.{PartitionResult#dnsSuffix}",Me],[lo,"Invalid Configuration: Missing Region"]]},PL=2,
B=1e8,OL=new Int32Array([-1,1,-1,0,6,3,2,36,4,4,5,B+27,6,B+4,B+27,1,29,7,2,36,8,3,9,31,4,22,10,5,19,11,7,21,12,8,B+7,13,10,B+8,14,12,B+9,15,13,B+10,16,14,B+11,17,
15,B+12,18,16,B+13,B+16,6,B+5,20,7,21,B+6,17,B+24,B+25,6,B+4,23,7,27,24,9,B+14,25,10,B+15,26,11,B+22,B+23,11,28,B+21,17,B+20,B+21,2,35,30,3,39,31,4,32,B+27,6,B+
4,33,7,B+27,34,9,B+14,B+27,3,39,36,4,38,37,7,B+18,B+19,6,B+4,B+17,5,B+1,40,8,B+2,B+3]),FC=Je.from(OL,PL,UC.conditions,UC.results)});var NL,BC,zC=p(()=>{M();J();HC();NL=new Xe({size:50,params:["Endpoint","IsControlPlane","IsOAuthEndpoint","Region","UseDualStack","UseFIPS"]}),BC=(t,e={})=>NL.get(
t,()=>$t(FC,{endpointParams:t,logger:e.logger}));_e.aws=lt});var xr,fp=p(()=>{C();xr=class t extends qe{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Ai,Ci,vi,bi,dg=p(()=>{fp();Ai=class t extends xr{static shapeId="com.amazonaws.signin#AccessDeniedException";name="AccessDeniedException";$fault="client";error;constructor(e){
super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},Ci=class t extends xr{static shapeId="co\
m.amazonaws.signin#InternalServerException";name="InternalServerException";$fault="server";error;constructor(e){super({name:"InternalServerException",$fault:"se\
rver",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},vi=class t extends xr{static shapeId="com.amazonaws.signin#TooManyRequestsError";name="\
TooManyRequestsError";$fault="client";error;constructor(e){super({name:"TooManyRequestsError",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.
error=e.error}},bi=class t extends xr{static shapeId="com.amazonaws.signin#ValidationException";name="ValidationException";$fault="client";error;constructor(e){
super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}}});var DL,kL,$L,LL,UL,ML,FL,HL,BL,zL,GL,jL,VL,WL,qL,GC,ug,KL,hg,jC,VC,JL,fo,mg,XL,fg,YL,XC,yg,WC,Oe,hp,QL,gp,qC,YC,KC,JC,ZL,eU,tU,gg,rU,Fe,QC,ZC,Pi,ev,tv,rv,ov,Sg,
oU,nv,sv,iv,av,cv,pv,lv,dv,Eg,xg,Oi=p(()=>{Y();dg();fp();DL="AccessDeniedException",kL="AccessToken",$L="CreateOAuth2Token",LL="CreateOAuth2TokenRequest",UL="Cr\
eateOAuth2TokenRequestBody",ML="CreateOAuth2TokenResponseBody",FL="CreateOAuth2TokenResponse",HL="CreateOAuth2TokenWithIAM",BL="CreateOAuth2TokenWithIAMRequest",
zL="CreateOAuth2TokenWithIAMResponse",GL="InternalServerException",jL="OAuthAccessToken",VL="RefreshToken",WL="TooManyRequestsError",qL="ValidationException",GC=
"accessKeyId",ug="accessToken",KL="access_token",hg="client",jC="clientId",VC="codeVerifier",JL="code",fo="error",mg="expiresIn",XL="expires_in",fg="grantType",
YL="grant_type",XC="http",yg="httpError",WC="idToken",Oe="jsonName",hp="message",QL="resource",gp="refreshToken",qC="redirectUri",YC="smithy.ts.sdk.synthetic.co\
m.amazonaws.signin",KC="secretAccessKey",JC="sessionToken",ZL="server",eU="tokenInput",tU="tokenOutput",gg="tokenType",rU="token_type",Fe="com.amazonaws.signin",
QC=new X(YC),ZC=[-3,YC,"SigninServiceException",0,[],[]];QC.registerError(ZC,xr);Pi=new X(Fe),ev=[-3,Fe,DL,{[fo]:hg},[fo,hp],[0,0],2];Pi.registerError(ev,Ai);tv=
[-3,Fe,GL,{[fo]:ZL,[yg]:500},[fo,hp],[0,0],2];Pi.registerError(tv,Ci);rv=[-3,Fe,WL,{[fo]:hg,[yg]:429},[fo,hp],[0,0],2];Pi.registerError(rv,vi);ov=[-3,Fe,qL,{[fo]:hg,
[yg]:400},[fo,hp],[0,0],2];Pi.registerError(ov,bi);Sg=[QC,Pi],oU=[0,Fe,jL,8,0],nv=[0,Fe,VL,8,0],sv=[3,Fe,kL,8,[GC,KC,JC],[[0,{[Oe]:GC}],[0,{[Oe]:KC}],[0,{[Oe]:JC}]],
3],iv=[3,Fe,LL,0,[eU],[[()=>av,16]],1],av=[3,Fe,UL,0,[jC,fg,JL,qC,VC,gp],[[0,{[Oe]:jC}],[0,{[Oe]:fg}],0,[0,{[Oe]:qC}],[0,{[Oe]:VC}],[()=>nv,{[Oe]:gp}]],2],cv=[3,
Fe,FL,0,[tU],[[()=>pv,16]],1],pv=[3,Fe,ML,0,[ug,gg,mg,gp,WC],[[()=>sv,{[Oe]:ug}],[0,{[Oe]:gg}],[1,{[Oe]:mg}],[()=>nv,{[Oe]:gp}],[0,{[Oe]:WC}]],4],lv=[3,Fe,BL,0,
[fg,QL],[[0,{[Oe]:YL}],0],2],dv=[3,Fe,zL,0,[ug,gg,mg],[[()=>oU,{[Oe]:KL}],[0,{[Oe]:rU}],[1,{[Oe]:XL}]],3],Eg=[9,Fe,$L,{[XC]:["POST","/v1/token",200]},()=>iv,()=>cv],
xg=[9,Fe,HL,{[XC]:["POST","/v1/token?x-amz-client-auth-method=iam",200]},()=>lv,()=>dv]});var uv,mv=p(()=>{ye();Bo();Ie();Fr();C();U();P();ag();zC();Oi();uv=t=>({apiVersion:"2023-01-01",base64Decoder:t?.base64Decoder??me,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??BC,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
AC,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ae},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new he}],logger:t?.logger??new ge,protocol:t?.protocol??Hr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.signin",errorTypeRegistries:Sg,version:"2023-01-01",serviceTarget:"Signin"},serviceId:t?.serviceId??"Signin",
sha256:t?.sha256??it,urlParser:t?.urlParser??le,utf8Decoder:t?.utf8Decoder??te,utf8Encoder:t?.utf8Encoder??Q})});var fv,gv=p(()=>{Ys();M();ye();C();k();pt();P();no();mv();fv=t=>{bt(process.version);let e=kt(t),r=()=>e().then(vt),o=uv(t);Et(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??T(dt,n),bodyLengthChecker:t?.bodyLengthChecker??
Rt,defaultSocketTimeout:xt(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Jt({serviceId:o.serviceId,clientVersion:so.version}),maxAttempts:t?.
maxAttempts??T(Vt,t),region:t?.region??T(Re,{...Ke,...n}),requestHandler:ve.create(t?.requestHandler??r),retryMode:t?.retryMode??T({...qt,default:async()=>(await r()).
retryMode||Ye},t),streamCollector:t?.streamCollector??$e,useDualstackEndpoint:t?.useDualstackEndpoint??T(It,n),useFipsEndpoint:t?.useFipsEndpoint??T(At,n),userAgentAppId:t?.
userAgentAppId??T(Xt,n)}}});var hv,yv,Sv=p(()=>{hv=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},yv=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var Ev,xv=p(()=>{M();C();U();Sv();Ev=(t,e)=>{let r=Object.assign(Yt(t),Pt(t),Lt(t),hv(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Qt(r),Ot(r),Ut(r),
yv(r))}});var Ni,Rg=p(()=>{M();Ie();C();k();J();U();pt();Y();ag();cg();gv();xv();Ni=class extends Se{config;constructor(...[e]){let r=fv(e||{});super(r),this.initConfig=r;
let o=vC(r),n=zt(o),s=Wt(n),i=Dt(s),a=i,c=or(a),l=CC(c),d=Ev(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Ct(this.config)),this.middlewareStack.use(
Kt(this.config)),this.middlewareStack.use(sr(this.config)),this.middlewareStack.use(Mt(this.config)),this.middlewareStack.use(Ft(this.config)),this.middlewareStack.
use(Ht(this.config)),this.middlewareStack.use(Bt(this.config)),this.middlewareStack.use(at(this.config,{httpAuthSchemeParametersProvider:IC,identityProviderConfigProvider:async u=>new Ue(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(ct(this.config))}destroy(){super.destroy()}}});var yp,Rv,_v,Sp,_g=p(()=>{C();J();cg();yp=Nt(bC,"Signin","SigninClient",nr),Rv={IsControlPlane:{type:"staticContextParams",value:!1}},_v={IsOAuthEndpoint:{type:"\
staticContextParams",value:!0}},Sp=(t,e,r,o)=>[]});var Di,wg=p(()=>{_g();Oi();Di=class extends yp(Rv,Sp,"CreateOAuth2Token",Eg){}});var ki,Tg=p(()=>{_g();Oi();ki=class extends yp(_v,Sp,"CreateOAuth2TokenWithIAM",xg){}});var nU,Ep,wv=p(()=>{C();wg();Tg();Rg();nU={CreateOAuth2TokenCommand:Di,CreateOAuth2TokenWithIAMCommand:ki},Ep=class extends Ni{};Lr(nU,Ep)});var Tv=p(()=>{wg();Tg()});var sU,Iv=p(()=>{sU={AUTHCODE_EXPIRED:"AUTHCODE_EXPIRED",CONFLICT:"CONFLICT",INSUFFICIENT_PERMISSIONS:"INSUFFICIENT_PERMISSIONS",INVALID_REQUEST:"INVALID_REQUES\
T",OAUTH_INVALID_GRANT:"invalid_grant",OAUTH_INVALID_REQUEST:"invalid_request",OAUTH_INVALID_SCOPE:"invalid_scope",OAUTH_INVALID_TARGET:"invalid_target",OAUTH_RATE_EXCEEDED:"\
rate_exceeded",OAUTH_SERVICE_UNAVAILABLE:"service_unavailable",OAUTH_UNSUPPORTED_GRANT_TYPE:"unsupported_grant_type",RESOURCE_NOT_FOUND:"RESOURCE_NOT_FOUND",SERVER_ERROR:"\
server_error",SERVICE_QUOTA_EXCEEDED:"SERVICE_QUOTA_EXCEEDED",TOKEN_EXPIRED:"TOKEN_EXPIRED",USER_CREDENTIALS_CHANGED:"USER_CREDENTIALS_CHANGED"}});var Av=p(()=>{});var Cv={};St(Cv,{$Command:()=>rr,AccessDeniedException:()=>Ai,AccessDeniedException$:()=>ev,AccessToken$:()=>sv,CreateOAuth2Token$:()=>Eg,CreateOAuth2TokenCommand:()=>Di,
CreateOAuth2TokenRequest$:()=>iv,CreateOAuth2TokenRequestBody$:()=>av,CreateOAuth2TokenResponse$:()=>cv,CreateOAuth2TokenResponseBody$:()=>pv,CreateOAuth2TokenWithIAM$:()=>xg,
CreateOAuth2TokenWithIAMCommand:()=>ki,CreateOAuth2TokenWithIAMRequest$:()=>lv,CreateOAuth2TokenWithIAMResponse$:()=>dv,InternalServerException:()=>Ci,InternalServerException$:()=>tv,
OAuth2ErrorCode:()=>sU,Signin:()=>Ep,SigninClient:()=>Ni,SigninServiceException:()=>xr,SigninServiceException$:()=>ZC,TooManyRequestsError:()=>vi,TooManyRequestsError$:()=>rv,
ValidationException:()=>bi,ValidationException$:()=>ov,__Client:()=>Se,errorTypeRegistries:()=>Sg});var vv=p(()=>{Rg();wv();Tv();C();Oi();Iv();dg();Av();fp()});var go,xp,bv,$i,Rp,Pv=p(()=>{k();U();go=require("node:crypto"),xp=require("node:fs"),bv=require("node:os"),$i=require("node:path"),Rp=class t{profileData;init;callerClientConfig;static REFRESH_THRESHOLD=300*
1e3;constructor(e,r,o){this.profileData=e,this.init=r,this.callerClientConfig=o}async loadCredentials(){let e=await this.loadToken();if(!e)throw new _(`Failed t\
o load a token for session ${this.loginSession}, please re-authenticate using aws login`,{tryNextLink:!1,logger:this.logger});let r=e.accessToken,o=Date.now();return new Date(
r.expiresAt).getTime()-o<=t.REFRESH_THRESHOLD?this.refresh(e):this.toCredentials(e.accessToken)}get logger(){return this.init?.logger}get loginSession(){return this.
profileData.login_session}toCredentials(e){return{accessKeyId:e.accessKeyId,secretAccessKey:e.secretAccessKey,sessionToken:e.sessionToken,accountId:e.accountId,
expiration:new Date(e.expiresAt)}}async refresh(e){let r=await this.loadToken().catch(()=>e),o=Date.now(),n=new Date(r.accessToken.expiresAt).getTime(),s=new Date(
e.accessToken.expiresAt).getTime(),i=n<=o&&s>o?e:r;if(new Date(i.accessToken.expiresAt).getTime()-Date.now()>t.REFRESH_THRESHOLD)return this.toCredentials(i.accessToken);
let{SigninClient:c,CreateOAuth2TokenCommand:l}=await Promise.resolve().then(()=>(vv(),Cv)),{logger:d,userAgentAppId:u}=this.callerClientConfig??{},f=(E=>E?.metadata?.
handlerProtocol==="h2")(this.callerClientConfig?.requestHandler)?void 0:this.callerClientConfig?.requestHandler,g=typeof i.signInRegion=="string"&&i.signInRegion.
length>0?i.signInRegion:void 0,y=g??this.profileData.region??await this.callerClientConfig?.region?.()??process.env.AWS_REGION,h=new c({credentials:{accessKeyId:"",
secretAccessKey:""},region:y,requestHandler:f,logger:d,userAgentAppId:u,...this.init?.clientConfig,...g&&{region:g}});this.createDPoPInterceptor(h.middlewareStack);
let S={tokenInput:{clientId:i.clientId,refreshToken:i.refreshToken,grantType:"refresh_token"}};try{let E=await h.send(new l(S)),{accessKeyId:I,secretAccessKey:R,
sessionToken:w}=E.tokenOutput?.accessToken??{},{refreshToken:$,expiresIn:ee}=E.tokenOutput??{};if(!I||!R||!w||!$)throw new _("Token refresh response missing req\
uired fields",{logger:this.logger,tryNextLink:!1});let Zt=(ee??900)*1e3,_r=new Date(Date.now()+Zt),se={...i,accessToken:{...i.accessToken,accessKeyId:I,secretAccessKey:R,
sessionToken:w,expiresAt:_r.toISOString()},refreshToken:$};return await this.saveToken(se),this.toCredentials(se.accessToken)}catch(E){if(E.name==="AccessDenied\
Exception"){let R=E.error,w;switch(R){case"TOKEN_EXPIRED":w="Your session has expired. Please reauthenticate.";break;case"USER_CREDENTIALS_CHANGED":w="Unable to\
 refresh credentials because of a change in your password. Please reauthenticate with your new password.";break;case"INSUFFICIENT_PERMISSIONS":w="Unable to refr\
esh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.";break;default:w=`Failed to refresh token: ${String(
E)}. Please re-authenticate using \`aws login\``}throw new _(w,{logger:this.logger,tryNextLink:!1})}if(new Date(i.accessToken.expiresAt).getTime()>Date.now())return this.
logger?.warn?.(`Failed to refresh token: ${String(E)}. Using existing token until expiry.`),this.toCredentials(i.accessToken);throw new _(`Failed to refresh tok\
en: ${String(E)}. Please re-authenticate using aws login`,{logger:this.logger})}}async loadToken(){let e=this.getTokenFilePath();try{let r=await xp.promises.readFile(
e,"utf8"),o=JSON.parse(r),n=["accessToken","clientId","refreshToken","dpopKey"].filter(s=>!o[s]);if(o.accessToken?.accountId||n.push("accountId"),n.length>0)throw new _(
`Token validation failed, missing fields: ${n.join(", ")}`,{logger:this.logger,tryNextLink:!1});return o}catch(r){throw new _(`Failed to load token from ${e}: ${String(
r)}`,{logger:this.logger,tryNextLink:!1})}}async saveToken(e){let r=this.getTokenFilePath(),o=(0,$i.dirname)(r);try{await xp.promises.mkdir(o,{recursive:!0})}catch{}
await xp.promises.writeFile(r,JSON.stringify(e,null,2),"utf8")}getTokenFilePath(){let e=process.env.AWS_LOGIN_CACHE_DIRECTORY??(0,$i.join)((0,bv.homedir)(),".aw\
s","login","cache"),r=Buffer.from(this.loginSession,"utf8"),o=(0,go.createHash)("sha256").update(r).digest("hex");return(0,$i.join)(e,`${o}.json`)}derToRawSignature(e){
let r=2;if(e[r]!==2)throw new Error("Invalid DER signature");r++;let o=e[r++],n=e.subarray(r,r+o);if(r+=o,e[r]!==2)throw new Error("Invalid DER signature");r++;
let s=e[r++],i=e.subarray(r,r+s);n=n[0]===0?n.subarray(1):n,i=i[0]===0?i.subarray(1):i;let a=Buffer.concat([Buffer.alloc(32-n.length),n]),c=Buffer.concat([Buffer.
alloc(32-i.length),i]);return Buffer.concat([a,c])}createDPoPInterceptor(e){e.add(r=>async o=>{if(z.isInstance(o.request)){let n=o.request,s=`${n.protocol}//${n.
hostname}${n.port?`:${n.port}`:""}${n.path}`,i=await this.generateDpop(n.method,s);n.headers={...n.headers,DPoP:i}}return r(o)},{step:"finalizeRequest",name:"dp\
opInterceptor",override:!0})}async generateDpop(e="POST",r){let o=await this.loadToken();try{let n=(0,go.createPrivateKey)({key:o.dpopKey,format:"pem",type:"sec\
1"}),i=(0,go.createPublicKey)(n).export({format:"der",type:"spki"}),a=-1;for(let E=0;E<i.length;E++)if(i[E]===4){a=E;break}let c=i.slice(a+1,a+33),l=i.slice(a+33,
a+65),d={alg:"ES256",typ:"dpop+jwt",jwk:{kty:"EC",crv:"P-256",x:c.toString("base64url"),y:l.toString("base64url")}},u={jti:crypto.randomUUID(),htm:e,htu:r,iat:Math.
floor(Date.now()/1e3)},m=Buffer.from(JSON.stringify(d)).toString("base64url"),f=Buffer.from(JSON.stringify(u)).toString("base64url"),g=`${m}.${f}`,y=(0,go.sign)(
"sha256",Buffer.from(g),n),S=this.derToRawSignature(y).toString("base64url");return`${g}.${S}`}catch(n){throw new _(`Failed to generate Dpop proof: ${n instanceof
Error?n.message:String(n)}`,{logger:this.logger,tryNextLink:!1})}}}});var Ov,Nv=p(()=>{M();k();Pv();Ov=t=>async({callerClientConfig:e}={})=>{t?.logger?.debug?.("@aws-sdk/credential-providers - fromLoginCredentials");let r=await fr(
t||{}),o=We({profile:t?.profile??e?.profile}),n=r[o];if(!n?.login_session)throw new _(`Profile ${o} does not contain login_session.`,{tryNextLink:!0,logger:t?.logger});
let i=await new Rp(n,t,e).loadCredentials();return H(i,"CREDENTIALS_LOGIN","AD")}});var Dv={};St(Dv,{fromLoginCredentials:()=>Ov});var kv=p(()=>{Nv()});var $v,Lv,Uv=p(()=>{M();$v=t=>!!(t&&t.login_session),Lv=async(t,e,r)=>{let{fromLoginCredentials:o}=await Promise.resolve().then(()=>(kv(),Dv)),n=await o({...e,profile:t})(
{callerClientConfig:r});return H(n,"CREDENTIALS_PROFILE_LOGIN","AC")}});var Mv,Fv=p(()=>{M();Mv=(t,e,r)=>{if(e.Version!==1)throw Error(`Profile ${t} credential_process did not return Version 1.`);if(e.AccessKeyId===void 0||e.SecretAccessKey===
void 0)throw Error(`Profile ${t} credential_process returned invalid credentials.`);if(e.Expiration){let s=new Date;if(new Date(e.Expiration)<s)throw Error(`Pro\
file ${t} credential_process returned expired credentials.`)}let o=e.AccountId;!o&&r?.[t]?.aws_account_id&&(o=r[t].aws_account_id);let n={accessKeyId:e.AccessKeyId,
secretAccessKey:e.SecretAccessKey,...e.SessionToken&&{sessionToken:e.SessionToken},...e.Expiration&&{expiration:new Date(e.Expiration)},...e.CredentialScope&&{credentialScope:e.
CredentialScope},...o&&{accountId:o}};return H(n,"CREDENTIALS_PROCESS","w"),n}});var Hv,Bv,zv,Gv=p(()=>{k();Hv=require("node:child_process"),Bv=require("node:util");Fv();zv=async(t,e,r)=>{let o=e[t];if(e[t]){let n=o.credential_process;if(n!==
void 0){let s=(0,Bv.promisify)(Es?.getTokenRecord?.().exec??Hv.exec);try{let{stdout:i}=await s(n),a;try{a=JSON.parse(i.trim())}catch{throw Error(`Profile ${t} c\
redential_process returned invalid JSON.`)}return Mv(t,a,e)}catch(i){throw new _(i.message,{logger:r})}}else throw new _(`Profile ${t} did not contain credentia\
l_process.`,{logger:r})}else throw new _(`Profile ${t} could not be found in shared credentials file.`,{logger:r})}});var jv,Vv=p(()=>{k();Gv();jv=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");let r=await fr(t);
return zv(We({profile:t.profile??e?.profile}),r,t.logger)}});var Ig={};St(Ig,{fromProcess:()=>jv});var Ag=p(()=>{Vv()});var Wv,qv,Kv=p(()=>{M();Wv=t=>!!t&&typeof t=="object"&&typeof t.credential_process=="string",qv=async(t,e)=>{let{fromProcess:r}=await Promise.resolve().then(()=>(Ag(),Ig)),
o=await r({...t,profile:e})();return H(o,"CREDENTIALS_PROFILE_PROCESS","v")}});var Jv,Xv,Yv=p(()=>{M();Jv=async(t,e,r={},o)=>{let{fromSSO:n}=await Promise.resolve().then(()=>(Bf(),Hf));return n({profile:t,logger:r.logger,parentClientConfig:r.
parentClientConfig,clientConfig:r.clientConfig})({callerClientConfig:o}).then(s=>e.sso_session?H(s,"CREDENTIALS_PROFILE_SSO","r"):H(s,"CREDENTIALS_PROFILE_SSO_L\
EGACY","t"))},Xv=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var Cg,vg,Qv=p(()=>{M();Cg=t=>!!t&&typeof t=="object"&&typeof t.aws_access_key_id=="string"&&typeof t.aws_secret_access_key=="string"&&["undefined","string"].indexOf(
typeof t.aws_session_token)>-1&&["undefined","string"].indexOf(typeof t.aws_account_id)>-1,vg=async(t,e)=>{e?.logger?.debug("@aws-sdk/credential-provider-ini - \
resolveStaticCredentials");let r={accessKeyId:t.aws_access_key_id,secretAccessKey:t.aws_secret_access_key,sessionToken:t.aws_session_token,...t.aws_credential_scope&&
{credentialScope:t.aws_credential_scope},...t.aws_account_id&&{accountId:t.aws_account_id}};return H(r,"CREDENTIALS_PROFILE","n")}});var _p,bg=p(()=>{_p=t=>async e=>{t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");let{roleArn:r,roleSessionName:o,webIdentityToken:n,
providerId:s,policyArns:i,policy:a,durationSeconds:c}=t,{roleAssumerWithWebIdentity:l}=t;if(!l){let{getDefaultRoleAssumerWithWebIdentity:d}=await Promise.resolve().then(()=>(ig(),sg));
l=d({...t.clientConfig,credentialProviderLogger:t.logger,parentClientConfig:{...e?.callerClientConfig,...t.parentClientConfig}},t.clientPlugins)}return l({RoleArn:r,
RoleSessionName:o??`aws-sdk-js-session-${Date.now()}`,WebIdentityToken:n,ProviderId:s,PolicyArns:i,Policy:a,DurationSeconds:c})}});var eb,Zv,iU,aU,tb,rb=p(()=>{M();k();eb=require("node:fs");bg();Zv="AWS_WEB_IDENTITY_TOKEN_FILE",iU="AWS_ROLE_ARN",aU="AWS_ROLE_SESSION_NAME",tb=(t={})=>async e=>{
t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile");let r=t?.webIdentityTokenFile??process.env[Zv],o=t?.roleArn??process.env[iU],n=t?.roleSessionName??
process.env[aU];if(!r||!o)throw new _("Web identity configuration not specified",{logger:t.logger});let s=await _p({...t,webIdentityToken:Es?.getTokenRecord?.()[r]??
(0,eb.readFileSync)(r,{encoding:"ascii"}),roleArn:o,roleSessionName:n})(e);return r===process.env[Zv]&&H(s,"CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN","h"),s}});var Pg={};St(Pg,{fromTokenFile:()=>tb,fromWebToken:()=>_p});var Og=p(()=>{rb();bg()});var ob,nb,sb=p(()=>{M();ob=t=>!!t&&typeof t=="object"&&typeof t.web_identity_token_file=="string"&&typeof t.role_arn=="string"&&["undefined","string"].indexOf(typeof t.
role_session_name)>-1,nb=async(t,e,r)=>{let{fromTokenFile:o}=await Promise.resolve().then(()=>(Og(),Pg)),n=await o({webIdentityTokenFile:t.web_identity_token_file,
roleArn:t.role_arn,roleSessionName:t.role_session_name,roleAssumerWithWebIdentity:e.roleAssumerWithWebIdentity,logger:e.logger,parentClientConfig:e.parentClientConfig})(
{callerClientConfig:r});return H(n,"CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN","q")}});var Ng,ib=p(()=>{k();TC();Uv();Kv();Yv();Qv();sb();Ng=async(t,e,r,o,n={},s=!1)=>{let i=e[t];if(Object.keys(n).length>0&&Cg(i))return vg(i,r);if(s||_C(i,{profile:t,
logger:r.logger}))return wC(t,e,r,o,n,Ng);if(Cg(i))return vg(i,r);if(ob(i))return nb(i,r,o);if(Wv(i))return qv(r,t);if(Xv(i))return await Jv(t,i,r,o);if($v(i))return Lv(
t,r,o);throw new _(`Could not resolve credentials using profile: [${t}] in configuration/credentials file(s).`,{logger:r.logger})}});var ab,cb=p(()=>{k();ib();ab=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");let r=await fr(t);return Ng(
We({profile:t.profile??e?.profile}),r,t,e)}});var pb={};St(pb,{fromIni:()=>ab});var lb=p(()=>{cb()});var Zl=require("node:fs"),Eo=require("node:os");function Gg(t,e){let r=new URL(t),{request:o}=r.protocol==="https:"?require("node:https"):require("node:http");return new Promise((n,s)=>{let i=o(r,{method:e.method??
"GET",headers:e.headers,agent:!1,signal:e.signal,timeout:e.timeoutMs},a=>{let c=[];a.on("data",l=>c.push(l)),a.on("error",s),a.on("end",()=>n({status:a.statusCode??
0,text:Buffer.concat(c).toString("utf8")}))});if(e.connectTimeoutMs!==void 0){let a=e.connectTimeoutMs;i.on("socket",c=>{let l=setTimeout(()=>i.destroy(new Error(
`no connection within ${a} ms`)),a);c.once("connect",()=>clearTimeout(l)),c.once("close",()=>clearTimeout(l))})}i.on("timeout",()=>i.destroy(new Error(`no answe\
r within ${e.timeoutMs} ms`))),i.on("error",s),i.end(e.body)})}var gO=t=>t.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A");function Yn(t,e=""){process.stdout.write(`::${t}::${gO(e)}${Eo.EOL}`)}function jg(t){return(process.
env[`INPUT_${t.replace(/ /g,"_").toUpperCase()}`]??"").trim()}function Vg(t,e,r){let o=process.env[`GITHUB_${t}`];if(!o)throw new Error(`GITHUB_${t} is not set:\
 not running in a GitHub Actions step`);let n=`ghadelimiter_${crypto.randomUUID()}`;if(e.includes(n)||r.includes(n))throw new Error(`value of ${e} contains the \
delimiter`);(0,Zl.appendFileSync)(o,`${e}<<${n}${Eo.EOL}${r}${Eo.EOL}${n}${Eo.EOL}`,"utf8")}var Wg=(t,e)=>Vg("OUTPUT",t,e),ed=(t,e)=>Vg("STATE",t,e),qg=t=>process.
env[`STATE_${t}`]??"",td=t=>Yn("add-mask",t),Kg=t=>{process.stdout.write(`${t}${Eo.EOL}`)},Jg=t=>Yn("warning",t),hO=t=>Yn("error",t);function Xg(t){process.exitCode=
1,hO(t)}async function Yg(t,e){Yn("group",t);try{return await e()}finally{Yn("endgroup")}}function Qg(t){let e=process.env.GITHUB_STEP_SUMMARY;e&&(0,Zl.appendFileSync)(
e,`${t}${Eo.EOL}`,"utf8")}var yO=4,SO=1e4;async function Zg(t){let e=process.env.ACTIONS_ID_TOKEN_REQUEST_URL,r=process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;if(!e||
!r)throw new Error("ACTIONS_ID_TOKEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set");let o=`${e}&audience=${encodeURIComponent(t)}`;for(let n=1;;n++){
let s;try{let i=await Gg(o,{headers:{Authorization:`Bearer ${r}`,Accept:"application/json"},timeoutMs:SO});if(i.status===200){let a=EO(i.text);if(!a)throw new Error(
"the token service answered without a token");return td(a),a}if(s=`HTTP ${i.status}`,i.status<500&&i.status!==429)throw new Error(`the token service answered ${s}`)}catch(i){
if(i.message.startsWith("the token service"))throw i;s=i.message}if(n>=yO)throw new Error(`the token service did not answer after ${n} attempts (${s})`);await new Promise(
i=>setTimeout(i,500*2**(n-1)))}}function EO(t){try{let e=JSON.parse(t)?.value;return typeof e=="string"?e:void 0}catch{return}}var ih=require("node:child_process"),ah=require("node:fs");var F=class extends Error{constructor(r,o,n){super(`${r}: ${Qn(o)} ${n}`);this.option=r;this.rule=n;this.name="InputError"}option;rule;exitCode=2},Gr=class extends Error{constructor(r,o,n){
super(r,n);this.hint=o;this.name="DeliveryError"}hint;exitCode=1},er=class extends Gr{constructor(e,r){super(e,r),this.name="PrerequisiteError"}},tr=class extends Gr{constructor(e,r,o){
super(e,r,o),this.name="CredentialsError"}},ze=class extends Gr{constructor(e,r,o){super(e,r,o),this.name="RegistryError"}},Fi=class extends Gr{constructor(e,r){
super(`gave up after ${e} s (timeout-seconds)${r.length?`, still waiting for ${r.join(", ")}`:""}`,"check that the runner can reach AWS and the registry (proxy,\
 firewall, VPC endpoints, AWS_ENDPOINT_URL_*); raise timeout-seconds if the build or push legitimately takes longer"),this.name="DeadlineError"}},dr=class extends Gr{constructor(e,r){
super(e,r),this.name="DockerError"}},RO=/[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;function Qn(t,e=80){let r=Array.
from(t.slice(0,e*2)),o=r.length>e||t.length>e*2?`${r.slice(0,e).join("")}\u2026`:t;return JSON.stringify(o).replace(RO,n=>`\\u${n.charCodeAt(0).toString(16).padStart(
4,"0")}`)}function Hi(t){return t instanceof F?{message:t.message,exitCode:2}:t instanceof Gr?{message:t.message,hint:t.hint,exitCode:t.exitCode}:{message:t instanceof
Error?`${t.name}: ${t.message}`:String(t),exitCode:1}}var Vr=require("node:fs");var _O=/^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/,wO=/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/,TO=/^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/,IO=/^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/,
AO=/^[\w+=,.@-]{2,64}$/,CO=/^(?:arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)|alias\/[\w/+=,.@-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
vO=/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/,bO=/^[A-Za-z_][A-Za-z0-9_]*=/,PO=/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/,OO=/^[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$|^(?:sha256:)?[a-f0-9]{12,64}$/,
NO=/^[0-9a-f]{40}$/,DO=/^\d{12}$/,kO=/^[\x21-\x7e]{1,256}$/,$O=4096,LO=65536,UO=100,st=(t,e)=>r=>t.test(r)?void 0:e,nt={repository:t=>t.length>=2&&t.length<=256&&
_O.test(t)?void 0:"is not a valid ECR repository name: lowercase letters and digits, separated by single `.`, `_`, `-` or `/`, 2\u2013256 characters",region:st(
TO,"is not an AWS region name like `eu-west-1`"),tag:st(wO,"is not a valid image tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`"),commitSha:st(NO,"is not a full commi\
t SHA (40 hex characters)"),sessionName:st(AO,"is not a valid STS session name: `[\\w+=,.@-]`, 2\u201364 characters"),account:st(DO,"is not an AWS account id (1\
2 digits)"),audience:st(kO,"is not a valid audience: 1\u2013256 printable characters, no spaces")};function rn(t,e,r){if(r)throw new F(t,e,r)}var ur=(t,e=r=>r)=>({
type:"string",parse:(r,o)=>{let n=e(r);return t&&rn(o,n,t(n)),n}}),jr={type:"boolean",parse:(t,e)=>{if(/^(true|1)$/i.test(t))return!0;if(/^(false|0)$/i.test(t))
return!1;throw new F(e,t,"is not a boolean: use true or false")}},eh=(t,e)=>({type:"integer",parse:(r,o)=>{let n=/^\d{1,6}$/.test(r)?Number(r):NaN;if(!(n>=t&&n<=
e))throw new F(o,r,`is not a whole number from ${t} to ${e}`);return n}}),es=(...t)=>({type:"enum",values:t,parse:(e,r)=>{let o=t.find(n=>n.toUpperCase()===e.toUpperCase());
if(o===void 0)throw new F(r,e,`is not one of ${t.join(", ")}`);return o}}),th=(t,{commas:e=!1,max:r=1/0}={})=>({type:"list",parse:(o,n)=>{let s=o.split(e?/[\n,]/:
/\n/).map(i=>i.replace(/\r$/,"").trim()).filter(i=>i!=="");for(let i of s)rn(n,i,t(i));if(s.length>r)throw new F(n,o,`lists more than ${r} entries`);return[...new Set(
s)]}}),Zn=t=>({type:"path",parse:(e,r)=>(t?.(r,e),e)});function rd(t,e){if(!(0,Vr.existsSync)(e)||!(0,Vr.statSync)(e).isFile())throw new F(t,e,"is not a readabl\
e file")}function rh(t,e){rd(t,e);try{JSON.parse((0,Vr.readFileSync)(e,"utf8"))}catch{throw new F(t,e,"does not contain valid JSON")}}var MO=t=>t.split(",").every(
e=>vO.test(e.trim()))?void 0:"is not a comma-separated list of `os/arch[/variant]`",od="sts.amazonaws.com",oh=[{name:"repository",field:"repository",...ur(nt.repository),
required:!0,description:"ECR repository name, e.g. `team/api`. Validated against ECR's naming rule before any AWS call."},{name:"aws-region",field:"awsRegion",...ur(
nt.region),defaultText:"`AWS_REGION`, then `AWS_DEFAULT_REGION`",description:"Region of the registry."},{name:"role-to-assume",field:"roleToAssume",...ur(st(IO,
"is not an IAM role ARN like `arn:aws:iam::123456789012:role/name`")),defaultText:"none: the ambient AWS credential chain",description:"IAM role ARN, assumed wi\
th `AssumeRoleWithWebIdentity` using the CI's OIDC token."},{name:"audience",field:"audience",...ur(nt.audience),default:od,description:"Audience asked for the \
GitHub OIDC token (CircleCI tokens are used as issued)."},{name:"web-identity-token-file",field:"webIdentityTokenFile",...Zn(rd),defaultText:"`AWS_WEB_IDENTITY_\
TOKEN_FILE`",description:"OIDC token file, for CIs other than GitHub and CircleCI."},{name:"role-session-name",field:"roleSessionName",...ur(nt.sessionName),defaultText:"\
derived from the CI run, e.g. `ecr-deliver-<run id>`",description:"STS session name (STS's charset `[\\w+=,.@-]`, 2\u201364 characters)."},{name:"role-duration-\
seconds",field:"roleDurationSeconds",...eh(900,43200),default:"3600",description:"Lifetime of the assumed role's credentials, 900\u201343200."},{name:"registry-\
id",field:"registryId",...ur(nt.account),defaultText:"the caller's account",description:"Account id (12 digits) that owns the registry, for cross-account pushes\
."},{name:"create-repository",field:"createRepository",...jr,default:"true",description:"Create the repository when it is missing."},{name:"image-tag-mutability",
field:"imageTagMutability",...es("MUTABLE","IMMUTABLE","IMMUTABLE_WITH_EXCLUSION"),default:"MUTABLE",description:"Tag mutability of a created repository: MUTABL\
E, IMMUTABLE or IMMUTABLE_WITH_EXCLUSION (the extra `tags` stay mutable)."},{name:"scan-on-push",field:"scanOnPush",...jr,default:"true",description:"Scan on pu\
sh, for a created repository."},{name:"encryption-type",field:"encryptionType",...es("AES256","KMS"),default:"AES256",description:"Encryption of a created repos\
itory: AES256 or KMS (`kms-key` with KMS)."},{name:"kms-key",field:"kmsKey",...ur(st(CO,"is not a KMS key ARN, key id or `alias/\u2026`")),description:"KMS key \
ARN, id or alias, with `encryption-type: KMS`."},{name:"lifecycle-policy",field:"lifecyclePolicy",...Zn(rh),description:"Path to a lifecycle policy JSON file, a\
pplied to the repository."},{name:"repository-policy",field:"repositoryPolicy",...Zn(rh),description:"Path to a repository policy JSON file, applied to the repo\
sitory."},{name:"context",field:"context",...Zn(),default:".",description:"Build context directory."},{name:"dockerfile",field:"dockerfile",...Zn(),defaultText:"\
`Dockerfile` in the context",description:"Dockerfile path."},{name:"build-args",field:"buildArgs",...th(st(bO,"is not `KEY=VALUE` with KEY made of letters, digi\
ts and `_`")),description:"Build arguments, newline-separated `KEY=VALUE`."},{name:"target",field:"target",...ur(st(PO,"is not a build stage name")),description:"\
Build stage to build."},{name:"platform",field:"platform",...ur(MO),description:"Target platforms, e.g. `linux/amd64,linux/arm64` (needs buildx)."},{name:"cache",
field:"cache",...jr,default:"false",description:"BuildKit registry cache kept in the same ECR repository (needs buildx)."},{name:"provenance",field:"provenance",
...jr,default:"false",description:"BuildKit provenance/SBOM attestations (needs buildx). Off by default: the attestation index shows up as untagged images in EC\
R and breaks Lambda deploys."},{name:"image",field:"image",...ur(st(OO,"is not a local image reference like `name:tag` or an image id")),description:"Push this \
existing local image instead of building."},{name:"commit-sha",field:"commitSha",...ur(nt.commitSha,t=>t.toLowerCase()),defaultText:"`GITHUB_SHA` (the PR head o\
n `pull_request`), `CIRCLE_SHA1`, else `git rev-parse HEAD`",description:"Commit SHA the image is tagged with (40 hex characters)."},{name:"tags",field:"tags",...th(
nt.tag,{commas:!0,max:UO}),description:"Extra tags, newline- or comma-separated; the commit SHA tag is always applied."},{name:"skip-existing",field:"skipExisti\
ng",...jr,default:"false",description:"When the SHA tag already exists in ECR: no build, no layer upload; extra tags are added to the existing image by manifest\
 copy."},{name:"push",field:"push",...jr,default:"true",description:"Push to ECR; `false` builds and tags only (pull-request builds)."},{name:"timeout-seconds",
field:"timeoutSeconds",...eh(1,86400),default:"3600",description:"Upper bound on the whole run (AWS calls, build, push), 1\u201386400; a hung endpoint fails the step\
 instead of the CI job's own timeout. Each AWS call also gives up after 5 attempts of at most 30 s."}],ts=oh,Bi=["aws-region","role-to-assume","audience","web-i\
dentity-token-file","role-session-name","role-duration-seconds","registry-id"],Nr=[{name:"registry",description:"Registry host, as ECR returns it, e.g. `1234567\
89012.dkr.ecr.eu-west-1.amazonaws.com`."},{name:"repository-uri",description:"Repository URI, `<registry>/<repository>`."},{name:"image",description:"Image refe\
rence with the commit SHA tag, `<repository-uri>:<sha>`."},{name:"digest",description:"Digest (`sha256:\u2026`) of the pushed manifest."},{name:"image-ref",description:"\
Image reference pinned by digest, `<repository-uri>@<digest>`."},{name:"tags",type:"list",description:"Tags applied, comma-separated, the SHA first."},{name:"pu\
shed",type:"boolean",description:"`true`, or `false` when nothing was uploaded (skip-existing hit, immutable SHA already there, or push: false)."}];function xo(t,e){
let r=t[e];return Array.isArray(r)?r.join(","):String(r)}function nh(t){return Object.fromEntries(Nr.map(({name:e})=>[e,xo(t,e)]))}var zi=t=>`ECR_DELIVER_${t.toUpperCase().
replace(/-/g,"_")}`;function sh(t,e){if(e===void 0||e.trim()==="")return;let r=t.type==="list",o=r?e:e.trim(),n=r?LO:$O;if(o.length>n)throw new F(t.name,o,`is longer than ${n} char\
acters`);if((r?/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/:/[\x00-\x1f\x7f]/).test(o))throw new F(t.name,o,"contains control characters");return o}function on(t,e){let r=oh.
find(n=>n.name===t),o=sh(r,e)??r.default;return o===void 0?void 0:r.parse(o,t)}function rs(t,e="deliver"){let r={};for(let n of ts){let s=sh(n,t(n.name))??n.default;
if(s!==void 0)r[n.field]=n.parse(s,n.name);else if(n.type==="list")r[n.field]=[];else if(n.required&&e==="login")r[n.field]="";else if(n.required)throw new F(n.
name,"","is required")}let o=r;return FO(o,e),o}function FO(t,e){if(t.kmsKey!==void 0&&t.encryptionType!=="KMS")throw new F("kms-key",t.kmsKey,"needs `encryptio\
n-type: KMS`");e==="deliver"&&HO(t)}function HO(t){if(t.image!==void 0){let e=[["dockerfile",t.dockerfile],["target",t.target],["platform",t.platform],["build-a\
rgs",t.buildArgs.join(`
`)||void 0]];for(let[r,o]of e)if(o!==void 0)throw new F(r,o,"cannot be combined with `image` (nothing is built)");return}t.skipExisting||nd(t)}function nd(t){if(!(0,Vr.existsSync)(
t.context)||!(0,Vr.statSync)(t.context).isDirectory())throw new F("context",t.context,"is not a directory");rd("dockerfile",sd(t))}function sd(t){return t.dockerfile??
`${t.context.replace(/\/+$/,"")}/Dockerfile`}function BO(t){return t.GITHUB_ACTIONS==="true"?"github":t.CIRCLECI==="true"?"circleci":"other"}function os(t,e=process.env,r="deliver"){return{ci:BO(e),region:id(
t.awsRegion,e),commitSha:r==="login"?"":jO(t,e),sessionName:t.roleSessionName??VO(e),sourceUrl:WO(e)}}function id(t,e){let r=t??(e.AWS_REGION||e.AWS_DEFAULT_REGION);
if(!r)throw new F("aws-region","","is required: set aws-region, or AWS_REGION / AWS_DEFAULT_REGION");let o=nt.region(r);if(o)throw new F("aws-region",r,o);return r}
function Gi(t){return t.startsWith("cn-")?"aws-cn":t.startsWith("us-gov-")?"aws-us-gov":"aws"}function zO(t){if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??
"")&&t.GITHUB_EVENT_PATH)try{let r=JSON.parse((0,ah.readFileSync)(t.GITHUB_EVENT_PATH,"utf8")).pull_request?.head?.sha;if(r)return r}catch{}return t.GITHUB_SHA}
function GO(){try{return(0,ih.execFileSync)("git",["rev-parse","HEAD"],{encoding:"utf8",stdio:["ignore","pipe","ignore"]}).trim()}catch{return}}function jO(t,e){
let r=(t.commitSha??zO(e)??e.CIRCLE_SHA1??GO())?.toLowerCase();if(!r)throw new F("commit-sha","","is required outside GitHub and CircleCI when `git rev-parse HE\
AD` has no answer");let o=nt.commitSha(r);if(o)throw new F("commit-sha",r,o);return r}function VO(t){return`ecr-deliver-${t.GITHUB_RUN_ID?`${t.GITHUB_RUN_ID}-${t.
GITHUB_RUN_ATTEMPT??"1"}`:t.CIRCLE_BUILD_NUM??t.CIRCLE_WORKFLOW_JOB_ID??String(Date.now())}`.replace(/[^\w+=,.@-]/g,"-").slice(0,64)}function WO(t){if(t.GITHUB_REPOSITORY)
return`${t.GITHUB_SERVER_URL??"https://github.com"}/${t.GITHUB_REPOSITORY}`;let e=t.CIRCLE_REPOSITORY_URL;if(e){let r=/^git@([^:]+):(.+?)(?:\.git)?$/.exec(e);return r?
`https://${r[1]}/${r[2]}`:e.replace(/\.git$/,"")}return""}var ch=5,qO=5e3,KO=3e4,JO=2e3;function XO(t=1/0){let e=Math.max(1e3,Math.min(KO,Math.floor(t/3)));return{connectionTimeout:Math.min(qO,e),requestTimeout:e}}function ji(t,e,r){
return{region:t,credentials:e,retryMode:"adaptive",maxAttempts:ch,requestHandler:{...XO(r?.ms),throwOnRequestTimeout:!0}}}function Vi(t){let e=t??{},r=e.name??"",
o=/Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(r)||!!e.$retryable?.throttling,n=o||!!e.$retryable||(e.$metadata?.httpStatusCode??0)>=500||/Timeout/.
test(r)||/^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)$/.test(e.code??"");return{attempts:e.$metadata?.attempts??1,transient:n,
throttled:o}}function Wi(t,e){return e?`AWS kept throttling ${t} for longer than ${ch} attempts with backoff: re-run later, spread out concurrent deliveries, or\
 raise the ${t} API rate quota (Service Quotas)`:`${t} or the network to it kept failing: check the runner's access to AWS (proxy, firewall, VPC endpoint, AWS_E\
NDPOINT_URL_${t}) and the AWS Health Dashboard, then re-run`}var ns=class{constructor(e){this.seconds=e;this.expired=new Promise((r,o)=>{this.timer=setTimeout(()=>{
o(new Fi(e,[...new Set(this.waiting)])),this.controller.abort(),setTimeout(()=>process.exit(process.exitCode||1),JO).unref()},e*1e3)}),this.expired.catch(()=>{})}seconds;controller=new AbortController;waiting=[];timer;expired;get ms(){
return this.seconds*1e3}get signal(){return this.controller.signal}async bound(e){try{return await Promise.race([e(),this.expired])}finally{clearTimeout(this.timer)}}async watch(e,r){
this.controller.signal.throwIfAborted(),this.waiting.push(e);try{return await r()}finally{this.waiting.splice(this.waiting.indexOf(e),1)}}};function nn(t,e,r){return t?
t.watch(e,r):r()}var Ob=require("node:child_process"),Nb=require("node:fs"),Db=require("node:util");M();Ie();C();k();J();U();pt();Y();ye();js();C();J();M();J();J();var Nn="ref",Uo=-1,Vs=!0,Lw="isSet",jw="PartitionResult",Ws="booleanEquals",Ae="stringEquals",jm="getAttr",Uw="us-east-1",Mw="sigv4",Fw="sts",Hw="https://st\
s.{Region}.{PartitionResult#dnsSuffix}",Bw={[Nn]:"Endpoint"},Ce={[Nn]:"Region"},Vm={[Nn]:jw},On={},zw=[Ce],Gw={conditions:[[Lw,[Bw]],[Lw,zw],["aws.partition",zw,
jw],[Ws,[{[Nn]:"UseFIPS"},Vs]],[Ws,[{[Nn]:"UseDualStack"},Vs]],[Ae,[Ce,"aws-global"]],[Ws,[{[Nn]:"UseGlobalEndpoint"},Vs]],[Ae,[Ce,"eu-central-1"]],[Ws,[{fn:jm,
argv:[Vm,"supportsDualStack"]},Vs]],[Ws,[{fn:jm,argv:[Vm,"supportsFIPS"]},Vs]],[Ae,[Ce,"ap-south-1"]],[Ae,[Ce,"eu-north-1"]],[Ae,[Ce,"eu-west-1"]],[Ae,[Ce,"eu-w\
est-2"]],[Ae,[Ce,"eu-west-3"]],[Ae,[Ce,"sa-east-1"]],[Ae,[Ce,Uw]],[Ae,[Ce,"us-east-2"]],[Ae,[Ce,"us-west-2"]],[Ae,[Ce,"us-west-1"]],[Ae,[Ce,"ca-central-1"]],[Ae,
[Ce,"ap-southeast-1"]],[Ae,[Ce,"ap-northeast-1"]],[Ae,[Ce,"ap-southeast-2"]],[Ae,[{fn:jm,argv:[Vm,"name"]},"aws-us-gov"]]],results:[[Uo],["https://sts.amazonaws\
.com",{authSchemes:[{name:Mw,signingName:Fw,signingRegion:Uw}]}],[Hw,{authSchemes:[{name:Mw,signingName:Fw,signingRegion:"{Region}"}]}],[Uo,"Invalid Configurati\
on: FIPS and custom endpoint are not supported"],[Uo,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[Bw,On],["https://sts-fips.{Regio\
n}.{PartitionResult#dualStackDnsSuffix}",On],[Uo,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://sts.{Region}.amazo\
naws.com",On],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",On],[Uo,"FIPS is enabled but this partition does not support FIPS"],["https://sts.{Region\
}.{PartitionResult#dualStackDnsSuffix}",On],[Uo,"DualStack is enabled but this partition does not support DualStack"],[Hw,On],[Uo,"Invalid Configuration: Missin\
g Region"]]},ik=2,V=1e8,ak=new Int32Array([-1,1,-1,0,30,3,1,4,V+14,2,5,V+14,3,25,6,4,24,7,5,V+1,8,6,9,V+13,7,V+1,10,10,V+1,11,11,V+1,12,12,V+1,13,13,V+1,14,14,V+
1,15,15,V+1,16,16,V+1,17,17,V+1,18,18,V+1,19,19,V+1,20,20,V+1,21,21,V+1,22,22,V+1,23,23,V+1,V+2,8,V+11,V+12,4,28,26,9,27,V+10,24,V+8,V+9,8,29,V+7,9,V+6,V+7,3,V+
3,31,4,V+4,V+5]),Vw=Je.from(ak,ik,Gw.conditions,Gw.results);var ck=new Xe({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),Ec=(t,e={})=>ck.get(t,()=>$t(Vw,{endpointParams:t,logger:e.logger}));
_e.aws=lt;var pk=t=>async(e,r,o)=>{if(!o)throw new Error("Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let n=await t(e,r,o),s=Z(r)?.
commandInstance?.constructor?.getEndpointParameterInstructions;if(!s)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}'`);
let i=await mn(o,{getEndpointParameterInstructions:s},e);return Object.assign(n,i)},lk=async(t,e,r)=>({operation:Z(e).operation,region:await q(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()}),Ww=pk(lk);function qw(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"\
sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}function xc(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{
name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}function Wm(t){return{schemeId:"smithy.api#noAuth"}}var dk=(t,e,r)=>n=>{
let i=t(n).properties?.authSchemes;if(!i)return e(n);let a=[];for(let c of i){let{name:l,properties:d={},...u}=c,m=l.toLowerCase();l!==m&&console.warn(`HttpAuth\
Scheme has been normalized with lowercasing: '${l}' to '${m}'`);let f;if(m==="sigv4a"){f="aws.auth#sigv4a";let h=i.find(S=>{let E=S.name.toLowerCase();return E!==
"sigv4a"&&E.startsWith("sigv4")});if(yr.sigv4aDependency()==="none"&&h)continue}else if(m.startsWith("sigv4"))f="aws.auth#sigv4";else throw new Error(`Unknown H\
ttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);let g=r[f];if(!g)throw new Error(`Could not find HttpAuthOption create function for '${f}'`);let y=g(
n);y.schemeId=f,y.signingProperties={...y.signingProperties||{},...u,...d},a.push(y)}return a},uk=t=>{let e=[];switch(t.operation){case"AssumeRoleWithSAML":{e.push(
Wm(t)),e.push(xc(t));break}case"AssumeRoleWithWebIdentity":{e.push(Wm(t)),e.push(xc(t));break}default:e.push(qw(t)),e.push(xc(t))}return e},Kw=dk(Ec,uk,{"aws.au\
th#sigv4":qw,"aws.auth#sigv4a":xc,"smithy.api#noAuth":Wm}),Jw=t=>{let e=ar(t),r=bn(e);return Object.assign(r,{authSchemePreference:q(t.authSchemePreference??[])})};var Xw=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??!1,defaultSigningName:"\
sts"}),Yw={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",
name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}};var Qw={name:"@aws-sdk/client-sts",version:"3.1174.0",description:"AWS SDK for JavaScript Sts Client for Node.js, Browser and React Native",homepage:"https://gi\
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
0.10.1",premove:"4.0.0",typescript:"~7.0.2",vitest:"^4.0.17"},engines:{node:">=20.0.0"}};M();ye();Ym();k();k();var Y0="AWS_EC2_METADATA_DISABLED",Q0=async t=>{let{ENV_CMDS_FULL_URI:e,ENV_CMDS_RELATIVE_URI:r,fromContainerMetadata:o,fromInstanceMetadata:n}=await Promise.resolve().then(()=>(Pc(),bc));
if(process.env[r]||process.env[e]){t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");let{fromHttp:s}=await Promise.resolve().then(()=>(lf(),pf));
return wo(s(t),o(t))}return process.env[Y0]&&process.env[Y0]!=="false"?async()=>{throw new _("EC2 Instance Metadata Service access disabled",{logger:t.logger})}:
(t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata"),n(t))};function Z0(t,e){let r=zk(t),o,n,s,i,a=async c=>{if(c?.forceRefresh)return i||(i=r(c).then(l=>{s=l}).finally(()=>{i=void 0})),await i,s;if(s?.expiration&&s?.expiration?.
getTime()<Date.now()&&(s=void 0),o)await o;else if(!s||e?.(s))if(s)n||(n=r(c).then(l=>{s=l}).catch(()=>{}).finally(()=>{n=void 0}));else return o=r(c).then(l=>{
s=l}).finally(()=>{o=void 0}),a(c);return s};return a}var zk=t=>async e=>{let r;for(let o of t)try{return await o(e)}catch(n){if(r=n,n?.tryNextLink)continue;throw n}
throw r};var db=!1,Wn=(t={})=>Z0([async()=>{if(t.profile??process.env[oa])throw process.env[qs]&&process.env[Ks]&&(db||((t.logger?.warn&&t.logger?.constructor?.name!=="N\
oOpLogger"?t.logger.warn.bind(t.logger):console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`),db=!0)),new _("AWS_PROFILE is set, skipping fromEnv provider.",{logger:t.logger,tryNextLink:!0});return t.logger?.debug("@aws-sdk/credential-provider-node - \
defaultProvider::fromEnv"),Rc(t)()},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");let{ssoStartUrl:r,ssoAccountId:o,ssoRegion:n,
ssoRoleName:s,ssoSession:i}=t;if(!r&&!o&&!n&&!s&&!i)throw new _("Skipping SSO provider in default chain (inputs do not include SSO fields).",{logger:t.logger});
let{fromSSO:a}=await Promise.resolve().then(()=>(Bf(),Hf));return a(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromI\
ni");let{fromIni:r}=await Promise.resolve().then(()=>(lb(),pb));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::\
fromProcess");let{fromProcess:r}=await Promise.resolve().then(()=>(Ag(),Ig));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defa\
ultProvider::fromTokenFile");let{fromTokenFile:r}=await Promise.resolve().then(()=>(Og(),Pg));return r(t)(e)},async()=>(t.logger?.debug("@aws-sdk/credential-pro\
vider-node - defaultProvider::remoteProvider"),(await Q0(t))()),async()=>{throw new _("Could not load credentials from any providers",{tryNextLink:!1,logger:t.logger})}],
ub);var ub=t=>t?.expiration!==void 0&&t.expiration.getTime()-Date.now()<3e5;Ie();C();k();pt();P();no();ye();Bo();js();Ie();Fr();C();U();P();Y();C();var ue=class t extends qe{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var wp=class t extends ue{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="client";constructor(e){super({name:"Expi\
redTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Tp=class t extends ue{static shapeId="com.amazonaws.sts#InvalidContextAssert\
ionException";name="InvalidContextAssertionException";$fault="client";constructor(e){super({name:"InvalidContextAssertionException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Ip=class t extends ue{static shapeId="com.amazonaws.sts#MalformedPolicyDocumentException";name="MalformedPolicyDocumentExcept\
ion";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ap=class t extends ue{static shapeId="\
com.amazonaws.sts#PackedPolicyTooLargeException";name="PackedPolicyTooLargeException";$fault="client";constructor(e){super({name:"PackedPolicyTooLargeException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Cp=class t extends ue{static shapeId="com.amazonaws.sts#RegionDisabledException";name="RegionDi\
sabledException";$fault="client";constructor(e){super({name:"RegionDisabledException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},vp=class t extends ue{static shapeId="\
com.amazonaws.sts#IDPRejectedClaimException";name="IDPRejectedClaimException";$fault="client";constructor(e){super({name:"IDPRejectedClaimException",$fault:"cli\
ent",...e}),Object.setPrototypeOf(this,t.prototype)}},bp=class t extends ue{static shapeId="com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdenti\
tyTokenException";$fault="client";constructor(e){super({name:"InvalidIdentityTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Pp=class t extends ue{static shapeId="\
com.amazonaws.sts#IDPCommunicationErrorException";name="IDPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicati\
onErrorException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Op=class t extends ue{static shapeId="com.amazonaws.sts#InvalidAuthorizationM\
essageException";name="InvalidAuthorizationMessageException";$fault="client";constructor(e){super({name:"InvalidAuthorizationMessageException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Np=class t extends ue{static shapeId="com.amazonaws.sts#ExpiredTradeInTokenException";name="ExpiredTradeInTokenExcepti\
on";$fault="client";constructor(e){super({name:"ExpiredTradeInTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Dp=class t extends ue{static shapeId="\
com.amazonaws.sts#InsufficientSessionLifetimeException";name="InsufficientSessionLifetimeException";$fault="client";constructor(e){super({name:"InsufficientSess\
ionLifetimeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},kp=class t extends ue{static shapeId="com.amazonaws.sts#InvalidSubjectCre\
dentialsException";name="InvalidSubjectCredentialsException";$fault="client";constructor(e){super({name:"InvalidSubjectCredentialsException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},$p=class t extends ue{static shapeId="com.amazonaws.sts#JWTPayloadSizeExceededException";name="JWTPayloadSizeExceededE\
xception";$fault="client";constructor(e){super({name:"JWTPayloadSizeExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Lp=class t extends ue{static shapeId="\
com.amazonaws.sts#OutboundWebIdentityFederationDisabledException";name="OutboundWebIdentityFederationDisabledException";$fault="client";constructor(e){super({name:"\
OutboundWebIdentityFederationDisabledException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Up=class t extends ue{static shapeId="com.amazo\
naws.sts#SessionDurationEscalationException";name="SessionDurationEscalationException";$fault="client";constructor(e){super({name:"SessionDurationEscalationExce\
ption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}};var cU="Arn",pU="AccessKeyId";var lU="AssumedRoleId";var mb="AssumedRoleUser";var dU="AssumeRoleWithWebIdentity",uU="AssumeRoleWithWebIdentityRequest",mU="AssumeRoleWithWebIdentityResponse";var fU="Audience",fb="Credentials";var gU="DurationSeconds",hU="Expiration";var yU="ExpiredTokenException",SU="ExpiredTradeInTokenException",EU="FederatedProviderArn";var xU="Issuer",RU="InvalidAuthorizationMessageException",_U="InvalidContextAssertionException",wU="IDPCommunicationErrorException",TU="IDPRejectedClaimExceptio\
n",IU="InvalidIdentityTokenException",AU="IdentityProvider",CU="InvalidSubjectCredentialsException",vU="InsufficientSessionLifetimeException",bU="JWTPayloadSize\
ExceededException";var PU="MalformedPolicyDocumentException",OU="MinimumSessionTokenSize";var gb="OriginIdentity",NU="OutboundWebIdentityFederationDisabledException",DU="Policy",kU="PolicyArns";var $U="PolicyDescriptorType",LU="ProviderId",UU="PackedPolicySize",MU="PackedPolicyTooLargeException",FU="Provider",HU="RoleArn",BU="RegionDisabledException",zU="\
RoleSessionName",GU="Subject";var jU="SecretAccessKey";var VU="SessionDurationEscalationException",WU="SubjectFromWebIdentityToken",qU="SourceIdentity";var KU="SubjectType",JU="SessionTokenSize",XU="SessionTokenUtilization",YU="SessionToken";var hb="TransactionContext",yb="TrustedIdentityPropagationContext";var QU="WebIdentityToken",ZU="arn",eM="accessKeySecretType",Qe="awsQueryError",Ze="client",tM="clientTokenType",et="error",tt="httpError",rt="message",rM="origi\
nIdentityIssuerType",oM="originIdentitySubjectType",nM="originIdentitySubjectTypeType",sM="policyDescriptorListType",Sb="smithy.ts.sdk.synthetic.com.amazonaws.s\
ts",iM="transactionContextIdentityProviderMapType",aM="transactionContextValueType";var G="com.amazonaws.sts",Eb=new X(Sb),cM=[-3,Sb,"STSServiceException",0,[],[]];Eb.registerError(cM,ue);var He=new X(G),pM=[-3,G,yU,{[Qe]:["ExpiredTokenExceptio\
n",400],[et]:Ze,[tt]:400},[rt],[0]];He.registerError(pM,wp);var lM=[-3,G,SU,{[Qe]:["ExpiredTradeInTokenException",400],[et]:Ze,[tt]:400},[rt],[0]];He.registerError(
lM,Np);var dM=[-3,G,wU,{[Qe]:["IDPCommunicationError",400],[et]:Ze,[tt]:400},[rt],[0]];He.registerError(dM,Pp);var uM=[-3,G,TU,{[Qe]:["IDPRejectedClaim",403],[et]:Ze,
[tt]:403},[rt],[0]];He.registerError(uM,vp);var mM=[-3,G,vU,{[Qe]:["InsufficientSessionLifetime",400],[et]:Ze,[tt]:400},[rt],[0]];He.registerError(mM,Dp);var fM=[
-3,G,RU,{[Qe]:["InvalidAuthorizationMessageException",400],[et]:Ze,[tt]:400},[rt],[0]];He.registerError(fM,Op);var gM=[-3,G,_U,{[Qe]:["InvalidContextAssertion",
400],[et]:Ze,[tt]:400},[rt],[0]];He.registerError(gM,Tp);var hM=[-3,G,IU,{[Qe]:["InvalidIdentityToken",400],[et]:Ze,[tt]:400},[rt],[0]];He.registerError(hM,bp);
var yM=[-3,G,CU,{[Qe]:["InvalidSubjectCredentials",400],[et]:Ze,[tt]:400},[rt],[0]];He.registerError(yM,kp);var SM=[-3,G,bU,{[Qe]:["JWTPayloadSizeExceededExcept\
ion",400],[et]:Ze,[tt]:400},[rt],[0]];He.registerError(SM,$p);var EM=[-3,G,PU,{[Qe]:["MalformedPolicyDocument",400],[et]:Ze,[tt]:400},[rt],[0]];He.registerError(
EM,Ip);var xM=[-3,G,NU,{[Qe]:["OutboundWebIdentityFederationDisabledException",403],[et]:Ze,[tt]:403},[rt],[0]];He.registerError(xM,Lp);var RM=[-3,G,MU,{[Qe]:["\
PackedPolicyTooLarge",400],[et]:Ze,[tt]:400},[rt],[0]];He.registerError(RM,Ap);var _M=[-3,G,BU,{[Qe]:["RegionDisabledException",403],[et]:Ze,[tt]:403},[rt],[0]];
He.registerError(_M,Cp);var wM=[-3,G,VU,{[Qe]:["SessionDurationEscalationException",403],[et]:Ze,[tt]:403},[rt],[0]];He.registerError(wM,Up);var xb=[Eb,He],TM=[
0,G,eM,8,0],IM=[0,G,tM,8,0],AM=[0,G,rM,8,0],CM=[0,G,oM,8,0],vM=[0,G,nM,8,0];var bM=[0,G,aM,8,0];var PM=[3,G,mb,0,[lU,cU],[0,0],2];var OM=[3,G,uU,0,[HU,zU,QU,LU,kU,DU,gU,OU],[0,0,[()=>IM,0],0,()=>MM,0,1,1],3],NM=[3,G,mU,0,[fb,WU,mb,UU,FU,fU,qU,XU,JU,yb],[[()=>DM,0],0,()=>PM,1,0,0,0,1,1,[()=>UM,
0]]];var DM=[3,G,fb,0,[pU,jU,YU,hU],[0,[()=>TM,0],0,4],4];var kM=[3,G,gb,0,[GU,KU,xU,EU],[[()=>CM,0],[()=>vM,0],[()=>AM,0],0]],$M=[3,G,$U,0,[ZU],[0]];var LM=[3,G,hb,0,[AU],[[()=>FM,0]]],UM=[3,G,yb,8,[gb,hb],[[()=>kM,0],[()=>LM,0]]],MM=[1,G,sM,0,()=>$M];var FM=[2,G,iM,0,[0,0],[()=>bM,0]];var Rb=[9,G,dU,0,()=>OM,()=>NM];var _b=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??me,base64Encoder:t?.base64Encoder??pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??Ec,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??Kw,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ae},{schemeId:"aws.auth#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.aut\
h#sigv4a"),signer:new ir},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new he}],logger:t?.
logger??new ge,protocol:t?.protocol??Ho,protocolSettings:t?.protocolSettings??{defaultNamespace:"com.amazonaws.sts",errorTypeRegistries:xb,xmlNamespace:"https:/\
/sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??it,signerConstructor:t?.
signerConstructor??yr,urlParser:t?.urlParser??le,utf8Decoder:t?.utf8Decoder??te,utf8Encoder:t?.utf8Encoder??Q});var wb=t=>{bt(process.version);let e=kt(t),r=()=>e().then(vt),o=_b(t);Et(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??T(dt,n),bodyLengthChecker:t?.bodyLengthChecker??Rt,credentialDefaultProvider:t?.credentialDefaultProvider??
Wn,defaultSocketTimeout:xt(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Jt({serviceId:o.serviceId,clientVersion:Qw.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4")||(async i=>await Wn(i?.__config||{})()),signer:new ae},
{schemeId:"aws.auth#sigv4a",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4a"),signer:new ir},{schemeId:"smithy.api#noAuth",identityProvider:s=>s.getIdentityProvider(
"smithy.api#noAuth")||(async()=>({})),signer:new he}],maxAttempts:t?.maxAttempts??T(Vt,t),region:t?.region??T(Re,{...Ke,...n}),requestHandler:ve.create(t?.requestHandler??
r),retryMode:t?.retryMode??T({...qt,default:async()=>(await r()).retryMode||Ye},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??T(Pn,n),streamCollector:t?.
streamCollector??$e,useDualstackEndpoint:t?.useDualstackEndpoint??T(It,n),useFipsEndpoint:t?.useFipsEndpoint??T(At,n),userAgentAppId:t?.userAgentAppId??T(Xt,n)}};M();C();U();var Tb=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);s===-1?e.
push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
Ib=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var Ab=(t,e)=>{let r=Object.assign(Yt(t),Pt(t),Lt(t),Tb(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Qt(r),Ot(r),Ut(r),Ib(r))};var Mp=class extends Se{config;constructor(...[e]){let r=wb(e||{});super(r),this.initConfig=r;let o=Xw(r),n=zt(o),s=Wt(n),i=Dt(s),a=i,c=or(a),l=Jw(c),d=Ab(l,e?.
extensions||[]);this.config=d,this.middlewareStack.use(Ct(this.config)),this.middlewareStack.use(Kt(this.config)),this.middlewareStack.use(sr(this.config)),this.
middlewareStack.use(Mt(this.config)),this.middlewareStack.use(Ft(this.config)),this.middlewareStack.use(Ht(this.config)),this.middlewareStack.use(Bt(this.config)),
this.middlewareStack.use(at(this.config,{httpAuthSchemeParametersProvider:Ww,identityProviderConfigProvider:async u=>new Ue({"aws.auth#sigv4":u.credentials,"aws\
.auth#sigv4a":u.credentials})})),this.middlewareStack.use(ct(this.config))}destroy(){super.destroy()}};C();J();var Cb=Nt(Yw,"AWSSecurityTokenServiceV20110615","STSClient",nr),vb={},bb=(t,e,r,o)=>[];var Fp=class extends Cb(vb,bb,"AssumeRoleWithWebIdentity",Rb){};async function kb(t){if(t.tokenFile)return{token:Pb(t.tokenFile),source:`file ${t.tokenFile}`};if(t.ci==="github")return{token:await HM(t),source:"GitHub OIDC"};
if(t.ci==="circleci")return BM(t);let e=t.env.AWS_WEB_IDENTITY_TOKEN_FILE;if(e)return{token:Pb(e),source:`file ${e}`};throw new er("role-to-assume is set but no\
 OIDC token was found","outside GitHub and CircleCI, write the CI's OIDC token to a file and pass web-identity-token-file (or AWS_WEB_IDENTITY_TOKEN_FILE)")}function Pb(t){
let e=(0,Nb.readFileSync)(t,"utf8").trim();if(!e)throw new er(`the OIDC token file ${t} is empty`);return e}async function HM(t){if(!t.env.ACTIONS_ID_TOKEN_REQUEST_URL||
!t.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN||!t.platformToken)throw new er("GitHub did not give this job an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set)","add\
 `permissions: id-token: write` (and `contents: read`) to the workflow or job");try{return await t.platformToken(t.audience)}catch(e){throw new tr(`could not ge\
t the GitHub OIDC token: ${e.message}`,"check `permissions: id-token: write`; tokens are not issued to pull requests from forks")}}async function BM(t){let e=t.
env.CIRCLE_OIDC_TOKEN_V2||t.env.CIRCLE_OIDC_TOKEN;if(e)return{token:e.trim(),source:t.env.CIRCLE_OIDC_TOKEN_V2?"CIRCLE_OIDC_TOKEN_V2":"CIRCLE_OIDC_TOKEN"};try{let r=[
"run","oidc","get"];t.audience!==od&&r.push("--claims",JSON.stringify({aud:t.audience}));let{stdout:o}=await(0,Db.promisify)(Ob.execFile)("circleci",r,{encoding:"\
utf8"}),n=o.trim();if(n)return{token:n,source:"circleci run oidc get"}}catch{}throw new er("CircleCI did not give this job an OIDC token (no CIRCLE_OIDC_TOKEN_V\
2 or CIRCLE_OIDC_TOKEN)","run the job with a context (CircleCI issues OIDC tokens only to jobs that use one), or pass web-identity-token-file")}function zM(t){try{
let e=JSON.parse(Buffer.from(t.split(".")[1]??"","base64url").toString("utf8")),r=o=>Array.isArray(o)?o.join(","):typeof o=="string"?o:void 0;return{iss:r(e.iss),
sub:r(e.sub),aud:r(e.aud)}}catch{return{}}}async function $b(t,e,r,o){r.secret(e);let n=new Mp(ji(t.region,void 0,o)),s=new Fp({RoleArn:t.roleArn,RoleSessionName:t.
sessionName,WebIdentityToken:e,DurationSeconds:t.durationSeconds});try{let a=(await nn(o,"STS AssumeRoleWithWebIdentity",()=>n.send(s,{abortSignal:o?.signal}))).
Credentials;if(!a?.AccessKeyId||!a.SecretAccessKey||!a.SessionToken)throw new tr("STS answered without credentials");return GM({accessKeyId:a.AccessKeyId,secretAccessKey:a.
SecretAccessKey,sessionToken:a.SessionToken,expiration:a.Expiration},r)}catch(i){throw jM(i,t,e)}finally{n.destroy()}}function GM(t,e){for(let r of[t.accessKeyId,
t.secretAccessKey,t.sessionToken])r&&e.secret(r);return t}function jM(t,e,r){if(t instanceof tr)return t;let o=t,n=zM(r),s=`token iss=${n.iss??"?"} sub=${n.sub??
"?"} aud=${n.aud??"?"}`,i=Vi(t);if(i.transient){let c=`STS AssumeRoleWithWebIdentity for ${e.roleArn} failed after ${i.attempts} attempt(s) (${o.name}: ${o.message}\
); ${s}`;return new tr(c,Wi("STS",i.throttled),{cause:t})}let a=`STS refused AssumeRoleWithWebIdentity for ${e.roleArn} (${o.name}: ${o.message}); ${s}`;switch(o.
name){case"AccessDenied":case"AccessDeniedException":return new tr(a,"the role's trust policy must allow this token: Federated principal for the issuer, `aud` a\
nd `sub` conditions matching the values above (`ecr-deliver iam-policy` prints one)",{cause:t});case"InvalidIdentityToken":case"InvalidIdentityTokenException":return new tr(
a,"the account needs an IAM OIDC identity provider for this issuer, with the audience above as a client id",{cause:t});case"ExpiredTokenException":return new tr(
a,"the OIDC token expired before it was used; request a fresh one",{cause:t});case"IDPCommunicationError":case"IDPCommunicationErrorException":return new tr(a,"\
STS could not reach the token issuer; retry the job",{cause:t});default:return new tr(a,void 0,{cause:t})}}var qn=require("node:fs"),Fb=require("node:os"),Dg=require("node:path");var Lb=3,VM=/\b5\d\d\b|Service Unavailable|Bad Gateway|Gateway Time-?out|connection reset|broken pipe|\bEOF\b|i\/o timeout|TLS handshake timeout|connection refused|Client\.Timeout|too ?many ?requests|\b429\b|net\/http/i,
Ub=/no basic auth credentials|authentication required|unauthorized|\b401\b|authorization token has expired|denied: Your authorization token/i,Mb=t=>t.startsWith(
"-")?`./${t}`:t;function Hb(t){if(t.platform)return"platform";if(t.cache)return"cache";if(t.provenance)return"provenance"}function WM(t,e,r){let o=e?["buildx","\
build"]:["build"];o.push("--file",Mb(t.dockerfile));for(let n of t.tags)o.push("--tag",n);for(let[n,s]of Object.entries(t.labels))o.push("--label",`${n}=${s}`);
for(let n of t.buildArgs)o.push("--build-arg",n);return t.target&&o.push("--target",t.target),e&&(t.platform&&o.push("--platform",t.platform),o.push("--provenan\
ce",t.provenance?"mode=max":"false"),t.provenance&&o.push("--sbom","true"),t.cache&&(o.push("--cache-from",`type=registry,ref=${t.cache.ref}`),t.cache.write&&o.
push("--cache-to",`type=registry,ref=${t.cache.ref},mode=max,image-manifest=true,oci-mediatypes=true`)),o.push(t.pushFromBuilder?"--push":"--load"),r&&o.push("-\
-metadata-file",r)),o.push(Mb(t.context)),o}function qM(t){return/digest: (sha256:[a-f0-9]{64})/.exec(t)?.[1]}var Zo=class{constructor(e,r,o){this.runner=e;this.
reporter=r;this.deadline=o}runner;reporter;deadline;run(e,r,o){return nn(this.deadline,`docker ${r[0]==="buildx"?"buildx build":r[0]}`,()=>this.runner(e,r,o))}async check(){
let e;try{e=await this.run("docker",["version","--format","{{.Server.Version}}"],{silent:!0})}catch{throw new er("docker is not installed: no `docker` command o\
n PATH","use a runner or executor with Docker (CircleCI: the machine executor, or a docker image with setup_remote_docker)")}if(e.code!==0){let r=e.stderr.trim().
split(`
`).pop()??"";throw new er(`the docker daemon is not reachable: ${r}`,"start the docker engine (CircleCI docker executor: add `setup_remote_docker`; or use the m\
achine executor)")}}buildx;hasBuildx(){return this.buildx??=this.run("docker",["buildx","version"],{silent:!0}).then(e=>e.code===0,()=>!1),this.buildx}async login(e){
this.reporter.secret(e.password),this.reporter.secret(Buffer.from(`${e.username}:${e.password}`).toString("base64"));let r=await this.run("docker",["login","--u\
sername",e.username,"--password-stdin",e.host],{input:Buffer.from(e.password),output:this.reporter.output});if(r.code!==0)throw new dr(`docker login to ${e.host}\
 failed: ${Qo(r)}`)}async logout(e){await this.run("docker",["logout",e],{output:this.reporter.output})}async build(e,r){let o=r?(0,qn.mkdtempSync)((0,Dg.join)(
(0,Fb.tmpdir)(),"ecr-deliver-")):void 0,n=o?(0,Dg.join)(o,"metadata.json"):void 0;try{let s=await this.run("docker",WM(e,r,n),{output:this.reporter.output});if(s.
code!==0)throw new dr(`docker ${r?"buildx build":"build"} failed (exit ${s.code}): ${Qo(s)}`,e.cache?"a registry cache needs a buildx builder with the docker-co\
ntainer driver (GitHub: docker/setup-buildx-action)":void 0);return!n||!e.pushFromBuilder?void 0:JSON.parse((0,qn.readFileSync)(n,"utf8"))["containerimage.diges\
t"]}finally{o&&(0,qn.rmSync)(o,{recursive:!0,force:!0})}}async tag(e,r){let o=await this.run("docker",["tag",e,r],{output:this.reporter.output});if(o.code!==0)throw new dr(
`docker tag ${e} ${r} failed: ${Qo(o)}`)}async push(e,r){let o=!1;for(let n=1;;n++){let s=await this.run("docker",["push",e],{output:this.reporter.output}),i=`${s.
stdout}
${s.stderr}`;if(s.code===0){let a=qM(i);if(!a)throw new dr(`docker push ${e} printed no digest`);return a}if(Ub.test(i)&&!o){o=!0,this.reporter.warning(`the reg\
istry refused the credentials (${Qo(s)}); logging in again`),await r();continue}if(Ub.test(i))throw new dr(`docker push ${e} was refused after a fresh login: ${Qo(
s)}`,"the credentials need ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage and ecr:BatchCheckLayerAvailability");if(!VM.test(
i)||n>=Lb)throw new dr(`docker push ${e} failed after ${n} attempt(s): ${Qo(s)}`);this.reporter.warning(`docker push failed (${Qo(s)}); retrying (${n}/${Lb-1})`),
await new Promise(a=>setTimeout(a,1e3*2**(n-1)))}}},KM=/^(DEPRECATED:|Install the buildx|https:\/\/docs\.docker\.com\/|WARNING!|Configure a credential helper)/;
function Qo(t){let e=o=>o.split(`
`).map(n=>n.trim()).filter(n=>n&&!KM.test(n)),r=e(t.stdout);return e(t.stderr).pop()??[...r].reverse().find(o=>/error|denied|fail|unauthorized/i.test(o))??r.pop()??
`exit ${t.code}`}var Mg=require("node:fs");M();Ie();C();k();J();U();pt();Y();ye();C();var Bb=async(t,e,r)=>({operation:Z(e).operation,region:await q(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sig\
v4`")})()});function JM(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}var zb=t=>{let e=[];switch(t.operation){default:e.push(JM(t))}return e},Gb=t=>{let e=ar(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??
[])})};var jb=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr"}),Vb={UseFIPS:{type:"b\
uiltInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInPar\
ams",name:"useDualstackEndpoint"}};var Wb={name:"@aws-sdk/client-ecr",version:"3.1169.0",description:"AWS SDK for JavaScript Ecr Client for Node.js, Browser and React Native",homepage:"https://gi\
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
engines:{node:">=20.0.0"}};M();ye();C();k();pt();P();no();ye();Bo();Fr();C();U();P();M();J();J();var Kn="ref",en=-1,Hp=!0,qb="isSet",$g="PartitionResult",ho="stringEquals",Bp="booleanEquals",kg="getAttr",Kb={[Kn]:"Endpoint"},yo={fn:kg,argv:[{[Kn]:$g},"n\
ame"]},Jb={[Kn]:$g},tn={},Xb=[{[Kn]:"Region"}],Yb={conditions:[[qb,[Kb]],[qb,Xb],["aws.partition",Xb,$g],[ho,[yo,"aws-eusc"]],[ho,[yo,"aws-iso-f"]],[ho,[yo,"aws\
-iso-e"]],[ho,[yo,"aws-iso-b"]],[ho,[yo,"aws-iso"]],[ho,[yo,"aws-cn"]],[ho,[yo,"aws-us-gov"]],[ho,[yo,"aws"]],[Bp,[{[Kn]:"UseFIPS"},Hp]],[Bp,[{fn:kg,argv:[Jb,"s\
upportsFIPS"]},Hp]],[Bp,[{[Kn]:"UseDualStack"},Hp]],[Bp,[{fn:kg,argv:[Jb,"supportsDualStack"]},Hp]]],results:[[en],[en,"Invalid Configuration: FIPS and custom e\
ndpoint are not supported"],[en,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[Kb,tn],["https://api.ecr.{Region}.{PartitionResult#dn\
sSuffix}",tn],["https://ecr.{Region}.{PartitionResult#dualStackDnsSuffix}",tn],["https://api.ecr-fips.{Region}.{PartitionResult#dnsSuffix}",tn],["https://ecr-fi\
ps.{Region}.{PartitionResult#dualStackDnsSuffix}",tn],["https://api.ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",tn],[en,"FIPS and DualStack are enab\
led, but this partition does not support one or both"],[en,"FIPS is enabled but this partition does not support FIPS"],["https://api.ecr.{Region}.{PartitionResu\
lt#dualStackDnsSuffix}",tn],[en,"DualStack is enabled but this partition does not support DualStack"],[en,"Invalid Configuration: Missing Region"]]},YM=2,Ne=1e8,
QM=new Int32Array([-1,1,-1,0,23,3,1,4,Ne+13,2,5,Ne+13,3,20,6,4,20,7,5,20,8,6,20,9,7,20,10,8,20,11,9,20,12,10,20,13,11,16,14,13,15,Ne+4,14,Ne+11,Ne+12,12,18,17,13,
Ne+9,Ne+10,13,19,Ne+6,14,Ne+8,Ne+9,11,22,21,13,Ne+5,Ne+4,13,Ne+7,Ne+6,11,Ne+1,24,13,Ne+2,Ne+3]),Qb=Je.from(QM,YM,Yb.conditions,Yb.results);var ZM=new Xe({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),Zb=(t,e={})=>ZM.get(t,()=>$t(Qb,{endpointParams:t,logger:e.logger}));_e.aws=lt;Y();C();var v=class t extends qe{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ecr#ECRServiceException";constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var zp=class t extends v{static shapeId="com.amazonaws.ecr#InvalidParameterException";name="InvalidParameterException";$fault="client";constructor(e){super({name:"\
InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Gp=class t extends v{static shapeId="com.amazonaws.ecr#RepositoryNot\
FoundException";name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},jp=class t extends v{static shapeId="com.amazonaws.ecr#ServerException";name="ServerException";$fault="server";constructor(e){super({name:"S\
erverException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},Vp=class t extends v{static shapeId="com.amazonaws.ecr#LimitExceededException";name="\
LimitExceededException";$fault="client";constructor(e){super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Wp=class t extends v{static shapeId="\
com.amazonaws.ecr#UnableToGetUpstreamImageException";name="UnableToGetUpstreamImageException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamIma\
geException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},qp=class t extends v{static shapeId="com.amazonaws.ecr#ValidationException";name="\
ValidationException";$fault="client";constructor(e){super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Kp=class t extends v{static shapeId="\
com.amazonaws.ecr#EmptyUploadException";name="EmptyUploadException";$fault="client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Jp=class t extends v{static shapeId="com.amazonaws.ecr#InvalidLayerException";name="InvalidLayerException";$fault="client";constructor(e){
super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Xp=class t extends v{static shapeId="com.amazonaws.ecr#KmsE\
xception";name="KmsException";$fault="client";kmsError;constructor(e){super({name:"KmsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.kmsError=e.kmsError}},Yp=class t extends v{static shapeId="com.amazonaws.ecr#LayerAlreadyExistsException";name="LayerAlreadyExistsException";$fault="client";constructor(e){
super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Qp=class t extends v{static shapeId="com.amazonaws.ec\
r#LayerPartTooSmallException";name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Zp=class t extends v{static shapeId="com.amazonaws.ecr#UploadNotFoundException";name="UploadNotFoundException";$fault="client";constructor(e){
super({name:"UploadNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},el=class t extends v{static shapeId="com.amazonaws.ecr#Pu\
llThroughCacheRuleAlreadyExistsException";name="PullThroughCacheRuleAlreadyExistsException";$fault="client";constructor(e){super({name:"PullThroughCacheRuleAlre\
adyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},tl=class t extends v{static shapeId="com.amazonaws.ecr#SecretNotFoundExcept\
ion";name="SecretNotFoundException";$fault="client";constructor(e){super({name:"SecretNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
rl=class t extends v{static shapeId="com.amazonaws.ecr#UnableToAccessSecretException";name="UnableToAccessSecretException";$fault="client";constructor(e){super(
{name:"UnableToAccessSecretException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ol=class t extends v{static shapeId="com.amazonaws.ecr#Un\
ableToDecryptSecretValueException";name="UnableToDecryptSecretValueException";$fault="client";constructor(e){super({name:"UnableToDecryptSecretValueException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},nl=class t extends v{static shapeId="com.amazonaws.ecr#UnsupportedUpstreamRegistryException";name="Unsu\
pportedUpstreamRegistryException";$fault="client";constructor(e){super({name:"UnsupportedUpstreamRegistryException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},sl=class t extends v{static shapeId="com.amazonaws.ecr#InvalidTagParameterException";name="InvalidTagParameterException";$fault="client";constructor(e){
super({name:"InvalidTagParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},il=class t extends v{static shapeId="com.amazonaws.e\
cr#RepositoryAlreadyExistsException";name="RepositoryAlreadyExistsException";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},al=class t extends v{static shapeId="com.amazonaws.ecr#TooManyTagsException";name="TooManyTagsException";$fault="\
client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},cl=class t extends v{static shapeId="\
com.amazonaws.ecr#TemplateAlreadyExistsException";name="TemplateAlreadyExistsException";$fault="client";constructor(e){super({name:"TemplateAlreadyExistsExcepti\
on",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},pl=class t extends v{static shapeId="com.amazonaws.ecr#LifecyclePolicyNotFoundException";name="\
LifecyclePolicyNotFoundException";$fault="client";constructor(e){super({name:"LifecyclePolicyNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},ll=class t extends v{static shapeId="com.amazonaws.ecr#PullThroughCacheRuleNotFoundException";name="PullThroughCacheRuleNotFoundException";$fault="\
client";constructor(e){super({name:"PullThroughCacheRuleNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},dl=class t extends v{static shapeId="\
com.amazonaws.ecr#RegistryPolicyNotFoundException";name="RegistryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RegistryPolicyNotFoundExce\
ption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ul=class t extends v{static shapeId="com.amazonaws.ecr#RepositoryNotEmptyException";name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
ml=class t extends v{static shapeId="com.amazonaws.ecr#TemplateNotFoundException";name="TemplateNotFoundException";$fault="client";constructor(e){super({name:"T\
emplateNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},fl=class t extends v{static shapeId="com.amazonaws.ecr#RepositoryPoli\
cyNotFoundException";name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},gl=class t extends v{static shapeId="com.amazonaws.ecr#SigningConfigurationNotFoundException";name="SigningConfigurati\
onNotFoundException";$fault="client";constructor(e){super({name:"SigningConfigurationNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
hl=class t extends v{static shapeId="com.amazonaws.ecr#ExclusionNotFoundException";name="ExclusionNotFoundException";$fault="client";constructor(e){super({name:"\
ExclusionNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},yl=class t extends v{static shapeId="com.amazonaws.ecr#ImageNotFoun\
dException";name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},Sl=class t extends v{static shapeId="com.amazonaws.ecr#ScanNotFoundException";name="ScanNotFoundException";$fault="client";constructor(e){super({
name:"ScanNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},El=class t extends v{static shapeId="com.amazonaws.ecr#Replication\
BackfillNotFoundException";name="ReplicationBackfillNotFoundException";$fault="client";constructor(e){super({name:"ReplicationBackfillNotFoundException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},xl=class t extends v{static shapeId="com.amazonaws.ecr#LayerInaccessibleException";name="LayerInaccessi\
bleException";$fault="client";constructor(e){super({name:"LayerInaccessibleException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Rl=class t extends v{static shapeId="\
com.amazonaws.ecr#LayersNotFoundException";name="LayersNotFoundException";$fault="client";constructor(e){super({name:"LayersNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},_l=class t extends v{static shapeId="com.amazonaws.ecr#UnableToGetUpstreamLayerException";name="UnableToGetUpstreamLay\
erException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},wl=class t extends v{static shapeId="\
com.amazonaws.ecr#LifecyclePolicyPreviewNotFoundException";name="LifecyclePolicyPreviewNotFoundException";$fault="client";constructor(e){super({name:"LifecycleP\
olicyPreviewNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Tl=class t extends v{static shapeId="com.amazonaws.ecr#UnableToL\
istUpstreamImageReferrersException";name="UnableToListUpstreamImageReferrersException";$fault="client";constructor(e){super({name:"UnableToListUpstreamImageRefe\
rrersException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Il=class t extends v{static shapeId="com.amazonaws.ecr#ImageAlreadyExistsExcept\
ion";name="ImageAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},Al=class t extends v{static shapeId="com.amazonaws.ecr#ImageDigestDoesNotMatchException";name="ImageDigestDoesNotMatchException";$fault="client";constructor(e){
super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Cl=class t extends v{static shapeId="com.amazona\
ws.ecr#ImageTagAlreadyExistsException";name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},vl=class t extends v{static shapeId="com.amazonaws.ecr#ReferencedImagesNotFoundException";name="Referen\
cedImagesNotFoundException";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
bl=class t extends v{static shapeId="com.amazonaws.ecr#BlockedByOrganizationPolicyException";name="BlockedByOrganizationPolicyException";$fault="client";constructor(e){
super({name:"BlockedByOrganizationPolicyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Pl=class t extends v{static shapeId="com.ama\
zonaws.ecr#ExclusionAlreadyExistsException";name="ExclusionAlreadyExistsException";$fault="client";constructor(e){super({name:"ExclusionAlreadyExistsException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ol=class t extends v{static shapeId="com.amazonaws.ecr#ImageArchivedException";name="ImageArchi\
vedException";$fault="client";constructor(e){super({name:"ImageArchivedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Nl=class t extends v{static shapeId="\
com.amazonaws.ecr#UnsupportedImageTypeException";name="UnsupportedImageTypeException";$fault="client";constructor(e){super({name:"UnsupportedImageTypeException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Dl=class t extends v{static shapeId="com.amazonaws.ecr#LifecyclePolicyPreviewInProgressExceptio\
n";name="LifecyclePolicyPreviewInProgressException";$fault="client";constructor(e){super({name:"LifecyclePolicyPreviewInProgressException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},kl=class t extends v{static shapeId="com.amazonaws.ecr#ReplicationBackfillInProgressException";name="ReplicationBackfi\
llInProgressException";$fault="client";constructor(e){super({name:"ReplicationBackfillInProgressException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
$l=class t extends v{static shapeId="com.amazonaws.ecr#ReplicationBackfillInvalidStatusException";name="ReplicationBackfillInvalidStatusException";$fault="clien\
t";constructor(e){super({name:"ReplicationBackfillInvalidStatusException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ll=class t extends v{static shapeId="\
com.amazonaws.ecr#ImageStorageClassUpdateNotSupportedException";name="ImageStorageClassUpdateNotSupportedException";$fault="client";constructor(e){super({name:"\
ImageStorageClassUpdateNotSupportedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ul=class t extends v{static shapeId="com.amazonaw\
s.ecr#InvalidLayerPartException";name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){super(
{name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}};var eF="AuthorizationData",tF="AuthorizationDataList";var rF="BlockedByOrganizationPolicyException";var oF="BatchGetImage",nF="BatchGetImageRequest",sF="BatchGetImageResponse";var iF="CreateRepository";var aF="CreateRepositoryRequest",cF="CreateRepositoryResponse";var pF="DescribeRepositoriesRequest",lF="DescribeRepositoriesResponse";var dF="DescribeRepositories";var uF="ExclusionAlreadyExistsException",mF="EncryptionConfiguration";var fF="ExclusionNotFoundException",gF="EmptyUploadException";var hF="GetAuthorizationToken",yF="GetAuthorizationTokenRequest",SF="GetAuthorizationTokenResponse";var EF="Image",xF="ImageArchivedException",RF="ImageAlreadyExistsException";var _F="ImageDigestDoesNotMatchException";var wF="ImageFailure",TF="ImageFailureList",IF="ImageIdentifier",AF="ImageIdentifierList",CF="ImageList",vF="InvalidLayerException",bF="InvalidLayerPartExceptio\
n";var PF="ImageNotFoundException",OF="InvalidParameterException";var NF="ImageScanningConfiguration",DF="ImageStorageClassUpdateNotSupportedException";var kF="ImageTagAlreadyExistsException",$F="ImageTagMutabilityExclusionFilter",LF="ImageTagMutabilityExclusionFilters",UF="InvalidTagParameterException",MF="Key",
FF="KmsException";var HF="LayerAlreadyExistsException",BF="LimitExceededException";var zF="LayerInaccessibleException";var GF="LayersNotFoundException",jF="LifecyclePolicyNotFoundException";var VF="LifecyclePolicyPreviewInProgressException",WF="LifecyclePolicyPreviewNotFoundException";var qF="LayerPartTooSmallException";var KF="PutImage",JF="PutImageRequest",XF="PutImageResponse";var YF="PutLifecyclePolicy",QF="PutLifecyclePolicyRequest",ZF="PutLifecyclePolicyResponse";var e2="PullThroughCacheRuleAlreadyExistsException";var t2="PullThroughCacheRuleNotFoundException";var r2="RepositoryAlreadyExistsException",o2="ReplicationBackfillInProgressException",n2="ReplicationBackfillInvalidStatusException",s2="ReplicationBackfillNotF\
oundException";var i2="ReferencedImagesNotFoundException",a2="RepositoryList";var c2="RepositoryNotEmptyException",p2="RepositoryNotFoundException",l2="RegistryPolicyNotFoundException",d2="RepositoryPolicyNotFoundException";var u2="Repository";var m2="SigningConfigurationNotFoundException";var f2="ServerException";var g2="ScanNotFoundException",h2="SecretNotFoundException";var y2="SetRepositoryPolicy",S2="SetRepositoryPolicyRequest",E2="SetRepositoryPolicyResponse",x2="Tag",R2="TemplateAlreadyExistsException";var _2="TagList",w2="TooManyTagsException",T2="TemplateNotFoundException";var I2="UnsupportedImageTypeException";var A2="UploadNotFoundException";var C2="UnableToAccessSecretException",v2="UnableToDecryptSecretValueException",b2="UnableToGetUpstreamImageException",P2="UnableToGetUpstreamLayerException",O2="\
UnableToListUpstreamImageReferrersException",N2="UnsupportedUpstreamRegistryException",D2="Value",k2="ValidationException";var $2="authorizationData";var L2="acceptedMediaTypes";var U2="authorizationToken";var D="client";var M2="createdAt";var O="error",F2="expiresAt";var eP="encryptionConfiguration";var H2="encryptionType";var B2="failures";var z2="failureCode";var G2="failureReason";var j2="filterType";var V2="filter";var W2="force",q2="httpError",K2="images";var tP="imageDigest";var J2="imageIds",rP="imageId",oP="imageManifest",nP="imageManifestMediaType";var sP="imageScanningConfiguration";var iP="imageTagMutability",aP="imageTagMutabilityExclusionFilters",cP="imageTag";var X2="image";var Y2="kmsError",Q2="kmsKey";var pP="lifecyclePolicyText";var Z2="lastValidByteReceived",N="message",eH="maxResults";var lP="nextToken";var tH="proxyEndpoint";var dP="policyText";var rH="repositoryArn";var Rr="registryId",oH="registryIds",Or="repositoryName",nH="repositoryNames";var sH="repositoryUri";var iH="repository";var aH="repositories";var uP="smithy.ts.sdk.synthetic.com.amazonaws.ecr";var cH="scanOnPush";var pH="server";var lH="tags";var dH="uploadId";var x="com.amazonaws.ecr",mP=new X(uP),uH=[-3,uP,"ECRServiceException",0,[],[]];mP.registerError(uH,v);var b=new X(x),mH=[-3,x,rF,{[O]:D},[N],[0]];b.registerError(
mH,bl);var fH=[-3,x,gF,{[O]:D},[N],[0]];b.registerError(fH,Kp);var gH=[-3,x,uF,{[O]:D},[N],[0]];b.registerError(gH,Pl);var hH=[-3,x,fF,{[O]:D},[N],[0]];b.registerError(
hH,hl);var yH=[-3,x,RF,{[O]:D},[N],[0]];b.registerError(yH,Il);var SH=[-3,x,xF,{[O]:D},[N],[0]];b.registerError(SH,Ol);var EH=[-3,x,_F,{[O]:D},[N],[0]];b.registerError(
EH,Al);var xH=[-3,x,PF,{[O]:D},[N],[0]];b.registerError(xH,yl);var RH=[-3,x,DF,{[O]:D},[N],[0]];b.registerError(RH,Ll);var _H=[-3,x,kF,{[O]:D},[N],[0]];b.registerError(
_H,Cl);var wH=[-3,x,vF,{[O]:D},[N],[0]];b.registerError(wH,Jp);var TH=[-3,x,bF,{[O]:D},[Rr,Or,dH,Z2,N],[0,0,0,1,0]];b.registerError(TH,Ul);var IH=[-3,x,OF,{[O]:D},
[N],[0]];b.registerError(IH,zp);var AH=[-3,x,UF,{[O]:D},[N],[0]];b.registerError(AH,sl);var CH=[-3,x,FF,{[O]:D},[N,Y2],[0,0]];b.registerError(CH,Xp);var vH=[-3,
x,HF,{[O]:D},[N],[0]];b.registerError(vH,Yp);var bH=[-3,x,zF,{[O]:D},[N],[0]];b.registerError(bH,xl);var PH=[-3,x,qF,{[O]:D},[N],[0]];b.registerError(PH,Qp);var OH=[
-3,x,GF,{[O]:D},[N],[0]];b.registerError(OH,Rl);var NH=[-3,x,jF,{[O]:D},[N],[0]];b.registerError(NH,pl);var DH=[-3,x,VF,{[O]:D},[N],[0]];b.registerError(DH,Dl);
var kH=[-3,x,WF,{[O]:D},[N],[0]];b.registerError(kH,wl);var $H=[-3,x,BF,{[O]:D},[N],[0]];b.registerError($H,Vp);var LH=[-3,x,e2,{[O]:D},[N],[0]];b.registerError(
LH,el);var UH=[-3,x,t2,{[O]:D},[N],[0]];b.registerError(UH,ll);var MH=[-3,x,i2,{[O]:D},[N],[0]];b.registerError(MH,vl);var FH=[-3,x,l2,{[O]:D},[N],[0]];b.registerError(
FH,dl);var HH=[-3,x,o2,{[O]:D},[N],[0]];b.registerError(HH,kl);var BH=[-3,x,n2,{[O]:D},[N],[0]];b.registerError(BH,$l);var zH=[-3,x,s2,{[O]:D},[N],[0]];b.registerError(
zH,El);var GH=[-3,x,r2,{[O]:D},[N],[0]];b.registerError(GH,il);var jH=[-3,x,c2,{[O]:D},[N],[0]];b.registerError(jH,ul);var VH=[-3,x,p2,{[O]:D},[N],[0]];b.registerError(
VH,Gp);var WH=[-3,x,d2,{[O]:D},[N],[0]];b.registerError(WH,fl);var qH=[-3,x,g2,{[O]:D},[N],[0]];b.registerError(qH,Sl);var KH=[-3,x,h2,{[O]:D},[N],[0]];b.registerError(
KH,tl);var JH=[-3,x,f2,{[O]:pH},[N],[0]];b.registerError(JH,jp);var XH=[-3,x,m2,{[O]:D},[N],[0]];b.registerError(XH,gl);var YH=[-3,x,R2,{[O]:D},[N],[0]];b.registerError(
YH,cl);var QH=[-3,x,T2,{[O]:D},[N],[0]];b.registerError(QH,ml);var ZH=[-3,x,w2,{[O]:D},[N],[0]];b.registerError(ZH,al);var e3=[-3,x,C2,{[O]:D},[N],[0]];b.registerError(
e3,rl);var t3=[-3,x,v2,{[O]:D},[N],[0]];b.registerError(t3,ol);var r3=[-3,x,b2,{[O]:D},[N],[0]];b.registerError(r3,Wp);var o3=[-3,x,P2,{[O]:D},[N],[0]];b.registerError(
o3,_l);var n3=[-3,x,O2,{[O]:D},[N],[0]];b.registerError(n3,Tl);var s3=[-3,x,I2,{[O]:D},[N],[0]];b.registerError(s3,Nl);var i3=[-3,x,N2,{[O]:D},[N],[0]];b.registerError(
i3,nl);var a3=[-3,x,A2,{[O]:D},[N],[0]];b.registerError(a3,Zp);var c3=[-3,x,k2,{[O]:D,[q2]:400},[N],[0]];b.registerError(c3,qp);var fP=[mP,b];var p3=[3,x,eF,0,[U2,F2,tH],[0,4,0]];var l3=[3,x,nF,0,[Or,J2,Rr,L2],[0,()=>b3,0,64],2],d3=[3,x,sF,0,[K2,B2],[()=>P3,()=>v3]];var u3=[3,x,aF,0,[Or,Rr,lH,iP,aP,sP,eP],[0,0,()=>N3,0,()=>EP,()=>yP,()=>gP],1],m3=[3,x,cF,0,[iH],[()=>SP]];var f3=[3,x,pF,0,[Rr,nH,lP,eH],[0,64,0,1]],g3=[3,x,lF,0,[aH,lP],[()=>O3,0]];var gP=[3,x,mF,0,[H2,Q2],[0,0],1];var h3=[3,x,yF,0,[oH],[64]],y3=[3,x,SF,0,[$2],[()=>C3]];var hP=[3,x,EF,0,[Rr,Or,rP,oP,nP],[0,0,()=>Lg,0,0]];var S3=[3,x,wF,0,[rP,z2,G2],[()=>Lg,0,0]],Lg=[3,x,IF,0,[tP,cP],[0,0]];var yP=[3,x,NF,0,[cH],[2]];var E3=[3,x,$F,0,[j2,V2],[0,0],2];var x3=[3,x,JF,0,[Or,oP,Rr,nP,cP,tP],[0,0,0,0,0,0],2],R3=[3,x,XF,0,[X2],[()=>hP]];var _3=[3,x,QF,0,[Or,pP,Rr],[0,0,0],2],w3=[3,x,ZF,0,[Rr,Or,pP],[0,0,0]];var SP=[3,x,u2,0,[rH,Rr,Or,sH,M2,iP,aP,sP,eP],[0,0,0,0,4,0,()=>EP,()=>yP,()=>gP]];var T3=[3,x,S2,0,[Or,dP,Rr,W2],[0,0,0,2],2],I3=[3,x,E2,0,[Rr,Or,dP],[0,0,0]];var A3=[3,x,x2,0,[MF,D2],[0,0],2];var C3=[1,x,tF,0,()=>p3];var v3=[1,x,TF,0,()=>S3],b3=[1,x,AF,0,()=>Lg],P3=[1,x,CF,0,()=>hP];var EP=[1,x,LF,0,()=>E3];var O3=[1,x,a2,0,()=>SP];var N3=[1,x,_2,0,()=>A3];var xP=[9,x,oF,0,()=>l3,()=>d3];var RP=[9,x,iF,0,()=>u3,()=>m3];var _P=[9,x,dF,0,()=>f3,()=>g3];var wP=[9,x,hF,0,()=>h3,()=>y3];var TP=[9,x,KF,0,()=>x3,()=>R3];var IP=[9,x,YF,0,()=>_3,()=>w3];var AP=[9,x,y2,0,()=>T3,()=>I3];var CP=t=>({apiVersion:"2015-09-21",base64Decoder:t?.base64Decoder??me,base64Encoder:t?.base64Encoder??pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??Zb,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??zb,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ae}],logger:t?.logger??new ge,protocol:t?.protocol??Qs,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecr",errorTypeRegistries:fP,xmlNamespace:"http://ecr.amazonaws.com/doc/2015-09-21/",version:"2015-09-21",serviceTarget:"AmazonE\
C2ContainerRegistry_V20150921"},serviceId:t?.serviceId??"ECR",sha256:t?.sha256??it,urlParser:t?.urlParser??le,utf8Decoder:t?.utf8Decoder??te,utf8Encoder:t?.utf8Encoder??
Q});var vP=t=>{bt(process.version);let e=kt(t),r=()=>e().then(vt),o=CP(t);Et(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??T(dt,n),bodyLengthChecker:t?.bodyLengthChecker??Rt,credentialDefaultProvider:t?.credentialDefaultProvider??
Wn,defaultSocketTimeout:xt(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Jt({serviceId:o.serviceId,clientVersion:Wb.version}),maxAttempts:t?.
maxAttempts??T(Vt,t),region:t?.region??T(Re,{...Ke,...n}),requestHandler:ve.create(t?.requestHandler??r),retryMode:t?.retryMode??T({...qt,default:async()=>(await r()).
retryMode||Ye},t),streamCollector:t?.streamCollector??$e,useDualstackEndpoint:t?.useDualstackEndpoint??T(It,n),useFipsEndpoint:t?.useFipsEndpoint??T(At,n),userAgentAppId:t?.
userAgentAppId??T(Xt,n)}};M();C();U();var bP=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);s===-1?e.
push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
PP=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var OP=(t,e)=>{let r=Object.assign(Yt(t),Pt(t),Lt(t),bP(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Qt(r),Ot(r),Ut(r),PP(r))};var Ml=class extends Se{config;constructor(...[e]){let r=vP(e||{});super(r),this.initConfig=r;let o=jb(r),n=zt(o),s=Wt(n),i=Dt(s),a=i,c=or(a),l=Gb(c),d=OP(l,e?.
extensions||[]);this.config=d,this.middlewareStack.use(Ct(this.config)),this.middlewareStack.use(Kt(this.config)),this.middlewareStack.use(sr(this.config)),this.
middlewareStack.use(Mt(this.config)),this.middlewareStack.use(Ft(this.config)),this.middlewareStack.use(Ht(this.config)),this.middlewareStack.use(Bt(this.config)),
this.middlewareStack.use(at(this.config,{httpAuthSchemeParametersProvider:Bb,identityProviderConfigProvider:async u=>new Ue({"aws.auth#sigv4":u.credentials})})),
this.middlewareStack.use(ct(this.config))}destroy(){super.destroy()}};C();J();var gt=Nt(Vb,"AmazonEC2ContainerRegistry_V20150921","ECRClient",nr),ht={},yt=(t,e,r,o)=>[];var Fl=class extends gt(ht,yt,"BatchGetImage",xP){};var Hl=class extends gt(ht,yt,"CreateRepository",RP){};var Bl=class extends gt(ht,yt,"DescribeRepositories",_P){};var zl=class extends gt(ht,yt,"GetAuthorizationToken",wP){};var Gl=class extends gt(ht,yt,"PutImage",TP){};var jl=class extends gt(ht,yt,"PutLifecyclePolicy",IP){};var Vl=class extends gt(ht,yt,"SetRepositoryPolicy",AP){};var D3=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.image.manifest.v\
1+json","application/vnd.oci.image.index.v1+json"],k3=5,Jn=t=>t?.name??"",Wl=class{constructor(e,r,o,n){this.registryId=o;this.deadline=n;this.ecr=new Ml(ji(e,r,
n)),this.sendOptions={abortSignal:n?.signal}}registryId;deadline;ecr;sendOptions;close(){this.ecr.destroy()}async login(){let r=(await this.call("GetAuthorizati\
onToken",()=>this.ecr.send(new zl(this.registryId?{registryIds:[this.registryId]}:{}),this.sendOptions))).authorizationData?.[0];if(!r?.authorizationToken||!r.proxyEndpoint)
throw new ze("ECR returned no authorization data");let o=Buffer.from(r.authorizationToken,"base64").toString("utf8"),n=o.indexOf(":");return{host:r.proxyEndpoint.
replace(/^https?:\/\//,"").replace(/\/+$/,""),username:o.slice(0,n),password:o.slice(n+1)}}async findRepository(e){let r=await this.describe(e);return r&&Ug(r,!1)}async ensureRepository(e){
let r=await this.findRepository(e.repository);if(r)return r;if(!e.createRepository)throw new ze(`repository ${e.repository} does not exist`,"create it, or set c\
reate-repository: true");try{let o=await this.call("CreateRepository",()=>this.ecr.send(new Hl({registryId:this.registryId,repositoryName:e.repository,imageTagMutability:e.
imageTagMutability,imageTagMutabilityExclusionFilters:$3(e),imageScanningConfiguration:{scanOnPush:e.scanOnPush},encryptionConfiguration:{encryptionType:e.encryptionType,
kmsKey:e.kmsKey}}),this.sendOptions));return Ug(o.repository,!0)}catch(o){if(Jn(o)!=="RepositoryAlreadyExistsException")throw o;let n=await this.describe(e.repository);
if(!n)throw o;return Ug(n,!1)}}async applyPolicies(e){let r=[];if(e.lifecyclePolicy){let o=(0,Mg.readFileSync)(e.lifecyclePolicy,"utf8");r.push(this.call("PutLi\
fecyclePolicy",()=>this.ecr.send(new jl({registryId:this.registryId,repositoryName:e.repository,lifecyclePolicyText:o}),this.sendOptions)))}if(e.repositoryPolicy){
let o=(0,Mg.readFileSync)(e.repositoryPolicy,"utf8");r.push(this.call("SetRepositoryPolicy",()=>this.ecr.send(new Vl({registryId:this.registryId,repositoryName:e.
repository,policyText:o}),this.sendOptions)))}await Promise.all(r)}async images(e,r){let o=new Map,n;try{n=await this.call("BatchGetImage",()=>this.ecr.send(new Fl(
{registryId:this.registryId,repositoryName:e,imageIds:r.map(s=>({imageTag:s})),acceptedMediaTypes:D3}),this.sendOptions))}catch(s){if(Jn(s)==="RepositoryNotFoun\
dException")return o;throw s}for(let s of n.images??[]){let i=s.imageId?.imageTag;i&&s.imageId?.imageDigest&&s.imageManifest&&o.set(i,{digest:s.imageId.imageDigest,
manifest:s.imageManifest,mediaType:s.imageManifestMediaType??""})}return o}async putTag(e,r,o){try{await this.call("PutImage",()=>this.ecr.send(new Gl({registryId:this.
registryId,repositoryName:e,imageManifest:r.manifest,imageManifestMediaType:r.mediaType||void 0,imageDigest:r.digest,imageTag:o}),this.sendOptions))}catch(n){if(Jn(
n)==="ImageAlreadyExistsException")return;throw Jn(n)==="ImageTagAlreadyExistsException"?new ze(`tag ${o} already exists in the immutable repository ${e} at ano\
ther image`,"immutable tags cannot move: drop the tag from `tags`, or use a new one",{cause:n}):n}}async describe(e){try{return(await this.call("DescribeReposit\
ories",()=>this.ecr.send(new Bl({registryId:this.registryId,repositoryNames:[e]}),this.sendOptions))).repositories?.[0]}catch(r){if(Jn(r)==="RepositoryNotFoundE\
xception")return;throw r}}async call(e,r){try{return await nn(this.deadline,`ECR ${e}`,r)}catch(o){let n=Jn(o);if(o instanceof ze||/NotFound|AlreadyExists/.test(
n))throw o;if(n==="CredentialsProviderError")throw new ze(`no AWS credentials for ECR ${e}: ${o.message}`,"set role-to-assume to use the CI's OIDC token, or pro\
vide credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile, an instance role)",{cause:o});let s=Vi(o);if(s.transient)throw new ze(`ECR ${e} failed aft\
er ${s.attempts} attempt(s): ${n}: ${o.message}`,Wi("ECR",s.throttled),{cause:o});let i=`ECR ${e} failed: ${n}: ${o.message}`;throw/AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken/.
test(n)?new ze(i,`the credentials need ecr:${e} on this repository (\`ecr-deliver iam-policy\` prints the policy)`,{cause:o}):new ze(i,void 0,{cause:o})}}};function Ug(t,e){
return{name:t.repositoryName,uri:t.repositoryUri,arn:t.repositoryArn,mutability:t.imageTagMutability??"MUTABLE",exclusionFilters:(t.imageTagMutabilityExclusionFilters??
[]).map(r=>r.filter??"").filter(Boolean),created:e}}function $3(t){return t.imageTagMutability!=="IMMUTABLE_WITH_EXCLUSION"?void 0:(t.tags.length?t.tags:["lates\
t"]).slice(0,k3).map(r=>({filterType:"WILDCARD",filter:r}))}function L3(t){return new RegExp(`^${t.split("*").map(e=>e.replace(/[.+?^${}()|[\]\\]/g,"\\$&")).join(
".*")}$`)}function Fg(t,e){let r=t.exclusionFilters.some(o=>L3(o).test(e));switch(t.mutability){case"IMMUTABLE":return!0;case"IMMUTABLE_WITH_EXCLUSION":return!r;case"\
MUTABLE_WITH_EXCLUSION":return r;default:return!1}}var NP=(t,e,r,o)=>new Wl(t,e,r,o);function ql(t){let e=new ns(t.options.timeoutSeconds);return e.bound(()=>U3(t,e))}async function U3(t,e){let{options:r,context:o,
reporter:n}=t,s=new Zo(t.run,n,e),i=r.image?void 0:Hb(r),a=Promise.all([s.check(),i?s.hasBuildx():!0]),c=kP(t),[,l]=await a;if(!l)throw new er(`${i} needs docke\
r buildx, which this machine does not have`,"install the buildx plugin (GitHub: docker/setup-buildx-action), or drop the option");r.image||s.hasBuildx();let d=await n.
phase("Credentials",()=>$P(t,c,e)),u=(t.openRegistry??NP)(o.region,d,r.registryId,e);try{return await new Hg(t,s,u).run()}finally{u.close()}}function DP(t){let e=new ns(
t.options.timeoutSeconds);return e.bound(()=>M3(t,e))}async function M3(t,e){let r=new Zo(t.run,t.reporter,e),o=r.check(),n=kP(t);await o;let s=await t.reporter.
phase("Credentials",()=>$P(t,n,e)),i=(t.openRegistry??NP)(t.context.region,s,t.options.registryId,e);try{return await t.reporter.phase("Login",async()=>{let a=await i.
login();return t.onLogin?.(a.host),await r.login(a),{registry:a.host}})}finally{i.close()}}function kP(t){let{options:e,context:r}=t;if(e.roleToAssume)return kb(
{ci:r.ci,audience:e.audience,tokenFile:e.webIdentityTokenFile,platformToken:t.platformToken,env:t.env}).catch(o=>o)}async function $P(t,e,r){let{options:o,context:n,
reporter:s}=t;if(!o.roleToAssume||!e){s.info("No role-to-assume: using the ambient AWS credential chain");return}let i=await e;if(i instanceof Error)throw i;return s.
secret(i.token),s.info(`Assuming ${o.roleToAssume} as ${n.sessionName} with the OIDC token from ${i.source}`),$b({roleArn:o.roleToAssume,sessionName:n.sessionName,
durationSeconds:o.roleDurationSeconds,region:n.region},i.token,s,r)}var Hg=class{constructor(e,r,o){this.req=e;this.docker=r;this.ecr=o;this.o=e.options,this.sha=
e.context.commitSha,this.tags=[this.sha,...this.o.tags.filter(n=>n!==this.sha)]}req;docker;ecr;o;sha;tags;background=[];async run(){try{return await this.steps()}catch(e){
throw await Promise.allSettled(this.background),e}}async steps(){let{reporter:e}=this.req,[r,o]=await e.phase("Repository",()=>Promise.all([this.o.push?this.ecr.
ensureRepository(this.o):this.lookUpRepository(),this.ecr.images(this.o.repository,this.tags)]));r.created&&e.info(`Created repository ${r.uri} (${r.mutability}\
)`);let n=this.o.push?this.inBackground(this.ecr.applyPolicies(this.o)):Promise.resolve(),s=o.get(this.sha),i=s&&(this.o.skipExisting||Fg(r,this.sha))?s:void 0;
if(this.refuseImmutableConflicts(r,o,i),i)return e.info(`${r.uri}:${this.sha} already exists (${i.digest}): nothing to build or upload`),this.o.push?(await n,await e.
phase("Tag",()=>this.copyTags(r,i,o)),this.verified(r,i.digest,!1)):this.outputs(r,i.digest,!1);let a=this.o.push||this.o.cache?this.inBackground(this.login()):
void 0;this.o.cache&&await a;let c=await e.phase(this.o.image?"Tag":"Build",()=>this.produceImage(r));if(!this.o.push)return this.outputs(r,"",!1);await Promise.
all([a,n]);let l=c??await e.phase("Push",()=>this.docker.push(`${r.uri}:${this.sha}`,()=>this.login()));return this.tags.length>1&&await e.phase("Tag",async()=>{
let d=(await this.ecr.images(this.o.repository,[this.sha])).get(this.sha);if(!d||d.digest!==l)throw new ze(`ECR does not show ${this.sha} at the pushed digest ${l}`);
await this.copyTags(r,d,o)}),this.verified(r,l,!0)}inBackground(e){return e.catch(()=>{}),this.background.push(e),e}async lookUpRepository(){let e=await this.ecr.
findRepository(this.o.repository);if(e)return e;let{host:r}=await this.ecr.login();return{name:this.o.repository,uri:`${r}/${this.o.repository}`,arn:"",mutability:"\
MUTABLE",exclusionFilters:[],created:!1}}async login(){let e=await this.ecr.login();this.req.onLogin?.(e.host),await this.docker.login(e)}refuseImmutableConflicts(e,r,o){
for(let n of this.tags){let s=r.get(n);if(!(!s||!Fg(e,n)||o&&s.digest===o.digest))throw new ze(`tag ${n} already exists in the immutable repository ${e.name} at\
 ${s.digest}, which is not the image being delivered`,"immutable tags cannot move: remove the tag from `tags` (use a new one), or make the repository MUTABLE")}}async produceImage(e){
let r=this.tags.map(c=>`${e.uri}:${c}`);if(this.o.image){for(let c of r)await this.docker.tag(this.o.image,c);return}nd(this.o);let o=this.req.context,n={"org.o\
pencontainers.image.revision":this.sha,"org.opencontainers.image.created":new Date().toISOString()};o.sourceUrl&&(n["org.opencontainers.image.source"]=o.sourceUrl);
let s=await this.docker.hasBuildx(),i=s&&this.o.push&&(!!this.o.platform?.includes(",")||this.o.provenance),a=await this.docker.build({context:this.o.context,dockerfile:sd(
this.o),tags:i?r.slice(0,1):r,labels:n,buildArgs:this.o.buildArgs,target:this.o.target,platform:this.o.platform,cache:this.o.cache?{ref:`${e.uri}:buildcache`,write:this.
o.push}:void 0,provenance:this.o.provenance,pushFromBuilder:i},s);if(i&&!a)throw new dr("buildx pushed but reported no digest");return a}async copyTags(e,r,o){let n=this.
tags.slice(1).filter(s=>o.get(s)?.digest!==r.digest);await Promise.all(n.map(s=>this.ecr.putTag(e.name,r,s)))}async verified(e,r,o){let n=await this.ecr.images(
this.o.repository,this.tags),s=this.tags.filter(i=>n.get(i)?.digest!==r);if(s.length)throw new ze(`after delivery, tag(s) ${s.join(", ")} do not point at ${r} i\
n ECR`,"another delivery may have moved them at the same time; re-run to deliver again");return this.outputs(e,r,o)}outputs(e,r,o){return{registry:e.uri.split("\
/")[0],"repository-uri":e.uri,image:`${e.uri}:${this.sha}`,digest:r,"image-ref":r?`${e.uri}@${r}`:"",tags:this.tags,pushed:o}}};var LP=require("node:child_process"),Xn=(t,e,r={})=>new Promise((o,n)=>{let s=r.silent?void 0:r.output??process.stdout;s?.write(`[command]${[t,...e].join(" ")}
`);let i=(0,LP.spawn)(t,e,{stdio:"pipe"}),a=[],c=[];i.stdout.on("data",l=>{a.push(l),s?.write(l)}),i.stderr.on("data",l=>{c.push(l),s?.write(l)}),i.stdin.on("er\
ror",()=>{}),i.stdin.end(r.input),i.on("error",n),i.on("close",(l,d)=>o({code:l??(d?128:1),stdout:Buffer.concat(a).toString(),stderr:Buffer.concat(c).toString()}))});var Li=class{timings=[];started=Date.now();async time(e,r){let o=Date.now();try{return await r()}finally{this.timings.push({title:e,seconds:(Date.now()-o)/1e3})}}get totalSeconds(){
return(Date.now()-this.started)/1e3}describe(){let e=this.timings.map(r=>`${r.title} ${r.seconds.toFixed(1)} s`).join(", ");return`${e?`${e}; `:""}total ${this.
totalSeconds.toFixed(1)} s`}},Ui=class{constructor(e=process.stderr){this.stream=e;this.output=e}stream;clock=new Li;output;info(e){this.stream.write(`${e}
`)}warning(e){this.stream.write(`warning: ${e}
`)}secret(){}async phase(e,r){this.info(`\u25B6 ${e}`);let o=Date.now(),n=await this.clock.time(e,r);return this.info(`\u2714 ${e} (${((Date.now()-o)/1e3).toFixed(
1)} s)`),n}};var UP="isPost",MP="registries",Kl=class{clock=new Li;output=process.stdout;info=e=>Kg(e);warning=e=>Jg(e);secret=e=>td(e);phase(e,r){return Yg(e,()=>this.clock.
time(e,r))}},FP=t=>t[`STATE_${UP}`]==="true";async function HP(){ed(UP,"true");let t=new Kl,e=new Set;try{let r=rs(s=>jg(s)),o=os(r),n=await ql({options:r,context:o,
reporter:t,run:Xn,env:process.env,platformToken:s=>Zg(s),onLogin:s=>{e.add(s),ed(MP,JSON.stringify([...e]))}});for(let{name:s}of Nr)Wg(s,xo(n,s));F3(n,t.clock)}catch(r){
let o=Hi(r);Xg(o.hint?`${o.message}
Hint: ${o.hint}`:o.message)}}async function BP(){let t=JSON.parse(qg(MP)||"[]"),e=new Zo(Xn,new Kl);for(let r of t)await e.logout(r)}function F3(t,e){let r=[["i\
mage",`\`${t.image}\``],["digest",t.digest?`\`${t.digest}\``:"(not pushed)"],["tags",t.tags.map(o=>`\`${o}\``).join(" ")],["pushed",String(t.pushed)],["timings",
e.describe()]];Qg(["### ecr-deliver","","| | |","|---|---|",...r.map(([o,n])=>`| ${o} | ${n} |`),""].join(`
`))}var eO=require("node:util");var qP=require("node:util");var zP=["ecr:BatchCheckLayerAvailability","ecr:InitiateLayerUpload","ecr:UploadLayerPart","ecr:CompleteLayerUpload","ecr:PutImage"],GP=["ecr:BatchGetImage","ecr\
:GetDownloadUrlForLayer","ecr:BatchCheckLayerAvailability"];function H3(t){let e=new Set(["ecr:DescribeRepositories","ecr:BatchGetImage"]),r=o=>{for(let n of o)
e.add(n)};return t.push&&(r(zP),t.createRepository&&e.add("ecr:CreateRepository"),t.lifecyclePolicy&&e.add("ecr:PutLifecyclePolicy"),t.repositoryPolicy&&e.add("\
ecr:SetRepositoryPolicy")),t.cache&&r(t.push?[...GP,...zP]:GP),[...e].sort()}function B3(t){return`arn:${Gi(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}\
:repository/${t.repository}`}function jP(t){let e=[{Sid:"EcrLogin",Effect:"Allow",Action:"ecr:GetAuthorizationToken",Resource:"*"},{Sid:"EcrDeliver",Effect:"All\
ow",Action:H3(t),Resource:B3(t)}];if(t.push&&t.createRepository&&t.encryptionType==="KMS"){let r=t.kmsKey&&/^arn:[^:]+:kms:[^:]+:\d{12}:key\//.test(t.kmsKey)?t.
kmsKey:`arn:${Gi(t.region)}:kms:${t.region}:${t.registryId??t.accountId}:key/*`;e.push({Sid:"KmsForNewRepository",Effect:"Allow",Action:["kms:CreateGrant","kms:\
DescribeKey","kms:RetireGrant"],Resource:r})}return{Version:"2012-10-17",Statement:e}}var z3="token.actions.githubusercontent.com",G3="oidc.circleci.com/org";function j3(t){
let e=t.pullRequest?"pull_request":t.environment!==void 0?`environment:${t.environment}`:`ref:refs/heads/${t.branch??"main"}`;return`repo:${t.repo}:${e}`}function V3(t){
let e=Gi(t.region),r,o,n;if(t.provider==="github")r=z3,o=t.audience??"sts.amazonaws.com",n=j3(t);else if(t.provider==="circleci")r=`${G3}/${t.orgId}`,o=t.audience??
t.orgId,n=`org/${t.orgId}/project/${t.projectId??"*"}/user/*`;else return;let s=/[*?]/.test(n),i={StringEquals:{[`${r}:aud`]:o}};return s?i.StringLike={[`${r}:s\
ub`]:n}:i.StringEquals[`${r}:sub`]=n,{Version:"2012-10-17",Statement:[{Effect:"Allow",Principal:{Federated:`arn:${e}:iam::${t.accountId}:oidc-provider/${r}`},Action:"\
sts:AssumeRoleWithWebIdentity",Condition:i}]}}function W3(t){let e=V3(t);return e?{permissionsPolicy:jP(t),trustPolicy:e}:{permissionsPolicy:jP(t)}}var Bg=[{name:"\
repository",value:"NAME",description:"ECR repository the role delivers to (required)."},{name:"account-id",value:"ID",description:"AWS account id (12 digits) of\
 the role and its OIDC provider (required)."},{name:"aws-region",value:"REGION",description:"Region of the registry (default: AWS_REGION, then AWS_DEFAULT_REGIO\
N)."},{name:"registry-id",value:"ID",description:"Account that owns the registry, for cross-account pushes (default: account-id)."},{name:"provider",value:"gith\
ub|circleci|none",description:"Whose OIDC tokens the role trusts (default: github with --repo, circleci with --org-id). `none` prints the permissions policy onl\
y."},{name:"audience",value:"AUD",description:"Pinned `aud` (default: sts.amazonaws.com on GitHub, the org id on CircleCI)."},{name:"repo",value:"OWNER/REPO",description:"\
GitHub repository, or its immutable form OWNER@ID/REPO@ID when its OIDC subject carries ids."},{name:"branch",value:"BRANCH",description:"GitHub branch allowed \
to deliver (default: main; `*` patterns allowed)."},{name:"environment",value:"NAME",description:"GitHub environment allowed to deliver, for jobs that use `envi\
ronment:` (instead of --branch)."},{name:"pull-request",value:"true|false",description:"Trust runs on `pull_request` events of the repository instead of a branc\
h (pair it with --push false)."},{name:"org-id",value:"UUID",description:"CircleCI organization id (Organization Settings > Overview)."},{name:"project-id",value:"\
UUID",description:"CircleCI project id allowed to deliver (default: * = every project of the org)."},{name:"create-repository",value:"true|false",description:"T\
he delivery may create the repository (default: true)."},{name:"lifecycle-policy",value:"FILE|true",description:"The delivery applies a lifecycle policy (defaul\
t: false)."},{name:"repository-policy",value:"FILE|true",description:"The delivery applies a repository policy (default: false)."},{name:"cache",value:"true|fal\
se",description:"The delivery uses the BuildKit registry cache (default: false)."},{name:"push",value:"true|false",description:"The delivery pushes; false = bui\
ld-only runs that just look up the repository (default: true)."},{name:"encryption-type",value:"AES256|KMS",description:"Encryption of a created repository; KMS\
 adds the KMS grants ECR needs (default: AES256)."},{name:"kms-key",value:"ARN",description:"KMS key ARN of a created repository (default: any key of the accoun\
t)."},{name:"only",value:"permissions|trust",description:"Print just that one policy document, ready for `aws iam \u2026 file://`."}],KP="[A-Za-z0-9](?:[A-Za-z0\
-9-]{0,38})",JP="[A-Za-z0-9._-]{1,100}",q3=new RegExp(`^${KP}/${JP}$`),K3=new RegExp(`^${KP}@\\d{1,20}/${JP}@\\d{1,20}$`),J3=/^(?!\/|-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/+@*?#-]{1,255}$/,
X3=/^[^\x00-\x1f\x7f:]{1,255}$/,VP=/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,Y3=/^arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)$/,
Q3=es("github","circleci","none"),Z3=es("permissions","trust");function WP(t,e){if(e===void 0||e.trim()===""||/^(false|0)$/i.test(e))return!1;if(/[\x00-\x1f\x7f]/.
test(e))throw new F(t,e,"contains control characters");return!0}function XP(t,e=process.env){let{values:r,positionals:o}=(0,qP.parseArgs)({args:t,options:Object.
fromEntries(Bg.map(R=>[R.name,{type:"string"}])),strict:!0,allowPositionals:!0});if(o.length)throw new F("iam-policy",o[0],"is not a flag: every value follows i\
ts --flag (see `ecr-deliver iam-policy --help`)");let n=R=>{let w=r[R]?.trim();return w===""?void 0:w},s=(R,w)=>{let $=n(R);if($===void 0)throw new F(R,"",`is r\
equired: ${w}`);return $},i=(R,w)=>{let $=n(R);return $!==void 0&&rn(R,$,w($)),$},a=s("repository","the ECR repository the role delivers to");rn("repository",a,
nt.repository(a));let c=id(n("aws-region"),e),l=s("account-id","the 12-digit AWS account id of the role");rn("account-id",l,nt.account(l));let d=on("registry-id",
n("registry-id")),u=["repo","branch","environment","pull-request"].filter(R=>n(R)!==void 0),m=["org-id","project-id"].filter(R=>n(R)!==void 0),f=n("provider"),g=f!==
void 0?Q3.parse(f,"provider"):u.length?"github":m.length?"circleci":void 0;if(!g)throw new F("provider","","is required: github (with --repo), circleci (with --\
org-id), or none");let y=g==="github"?m:g==="circleci"?u:[...u,...m];if(y.length)throw new F(y[0],n(y[0]),`does not apply to --provider ${g}`);let h=i("audience",
nt.audience),S={repository:a,region:c,accountId:l,registryId:d,provider:g,audience:h,createRepository:on("create-repository",n("create-repository")),lifecyclePolicy:WP(
"lifecycle-policy",n("lifecycle-policy")),repositoryPolicy:WP("repository-policy",n("repository-policy")),cache:on("cache",n("cache")),push:on("push",n("push")),
encryptionType:on("encryption-type",n("encryption-type"))};if(S.kmsKey=i("kms-key",st(Y3,"is not a KMS key or alias ARN like `arn:aws:kms:eu-west-1:123456789012\
:key/\u2026`")),S.kmsKey&&S.encryptionType!=="KMS")throw new F("kms-key",S.kmsKey,"needs --encryption-type KMS");if(g==="github"){let R=s("repo","the GitHub rep\
ository as OWNER/REPO (or OWNER@ID/REPO@ID)");if(!q3.test(R)&&!K3.test(R))throw new F("repo",R,"is not a GitHub repository like `octo-org/octo-repo`, or `octo-o\
rg@123456/octo-repo@456789` with the immutable ids");S.repo=R,S.environment=i("environment",st(X3,"is not a GitHub environment name (1\u2013255 characters, no `:`)"));
let w=n("branch")?.replace(/^refs\/heads\//,"");if(w!==void 0&&S.environment!==void 0)throw new F("branch",w,"cannot be combined with --environment: a job with \
an environment gets `environment:NAME` as its OIDC subject");if(w!==void 0&&!J3.test(w))throw new F("branch",w,"is not a git branch name");let $=n("pull-request");
if(S.pullRequest=$!==void 0&&jr.parse($,"pull-request"),S.pullRequest&&(w!==void 0||S.environment!==void 0))throw new F("pull-request",n("pull-request"),"cannot\
 be combined with --branch or --environment: a pull_request run's OIDC subject is `repo:OWNER/REPO:pull_request`");S.environment===void 0&&!S.pullRequest&&(S.branch=
w??"main")}else if(g==="circleci"){let R=s("org-id","the CircleCI organization id (a UUID, Organization Settings > Overview)");if(!VP.test(R))throw new F("org-i\
d",R,"is not a CircleCI organization id (a lowercase UUID)");S.orgId=R;let w=n("project-id")??"*";if(w!=="*"&&!VP.test(w))throw new F("project-id",w,"is not a C\
ircleCI project id (a lowercase UUID) or `*`");S.projectId=w}let E=n("only"),I=E===void 0?void 0:Z3.parse(E,"only");if(I==="trust"&&g==="none")throw new F("only",
E,"needs a --provider: `none` has no trust policy");return{request:S,only:I}}function YP(t,e){let r=W3(t),o=e==="permissions"?r.permissionsPolicy:e==="trust"?r.
trustPolicy:r;return`${JSON.stringify(o,null,2)}
`}var Mi=t=>e=>t[zi(e)];function Jl(t){let e=Hi(t);return process.stderr.write(`ecr-deliver: ${e.message}
`),e.hint&&process.stderr.write(`hint: ${e.hint}
`),e.exitCode}async function Xl(t,e){let r=new Ui(process.stderr);try{let o=rs(t),n=os(o),s=await ql({options:o,context:n,reporter:r,run:Xn,env:process.env});return r.
info(tB(s,r.clock)),e(s),0}catch(o){return Jl(o)}}async function Yl(t,e){let r=new Ui(process.stderr);try{let o=rs(t,"login"),n=os(o,process.env,"login"),{registry:s}=await DP(
{options:o,context:n,reporter:r,run:Xn,env:process.env});return r.info(QP(`logged in to ${s}`,[["registry",s]],r.clock)),e(s),0}catch(o){return Jl(o)}}function eB(t){
return t.pushed?"true":t.digest?"false (the SHA tag was already in ECR: nothing built or uploaded)":"false (push: false, built and tagged locally only)"}function tB(t,e){
let r=t.pushed?`delivered ${t.image}`:t.digest?`already delivered: ${t.image}`:`built ${t.image} (not pushed)`,o=Nr.map(({name:n})=>[n,n==="pushed"?eB(t):xo(t,n)||
"-"]);return QP(r,o,e)}function QP(t,e,r){let o=[...e,["time",r.describe()]],n=Math.max(...o.map(([s])=>s.length));return[`\u2500\u2500 ecr-deliver: ${t} \u2500\u2500`,
...o.map(([s,i])=>`  ${s.padEnd(n)}  ${i}`)].join(`
`)}var ZP="0.1.0";var tO=["iam-policy","login"];function zg(t,e,r=100){let o=[],n="";for(let s of t.split(/\s+/).filter(Boolean))n&&e.length+n.length+1+s.length>r?(o.push(n),n=s):
n=n?`${n} ${s}`:s;return n&&o.push(n),o.map(s=>e+s).join(`
`)}function oB(){return["Usage: ecr-deliver [--option value \u2026] [--json]      deliver an image","       ecr-deliver login [--option value \u2026]         credent\
ials + docker login only","       ecr-deliver iam-policy --help                the IAM policies a CI role needs","","Delivers a container image to Amazon ECR: O\
IDC credentials, ECR login, repository, build,","commit-SHA tag, push. Every option can also be given as ECR_DELIVER_<OPTION> in the environment","(e.g. ECR_DEL\
IVER_ROLE_TO_ASSUME); a flag wins over the environment.","","Options:",...ts.map(e=>{let r=e.default!==void 0?` Default: ${e.default}.`:e.defaultText?` Default:\
 ${e.defaultText.replace(/`/g,"")}.`:"";return`  --${e.name} <value>
${zg(`${e.description.replace(/`/g,"")}${e.required?" Required.":""}${r}`,"      ")}`}),"  --json","      Print the outputs as one JSON object on stdout (logs g\
o to stderr).","  --help, --version","",`Outputs: ${Nr.map(e=>e.name).join(", ")}.`,"Exit codes: 0 delivered, 1 failed, 2 bad input."].join(`
`)}function nB(){return["Usage: ecr-deliver login [--option value \u2026] [--json]","","Gets AWS credentials (OIDC or ambient) and runs docker login to the ECR \
registry, nothing else;",'later docker commands in the same job can pull and push. --json prints {"registry": "<host>"}.',"","Options (also as ECR_DELIVER_<OPTI\
ON>):",...ts.filter(e=>Bi.includes(e.name)).map(e=>`  --${e.name} <value>
${zg(e.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 logged in, 1 failed, 2 bad input."].join(`
`)}function sB(){return["Usage: ecr-deliver iam-policy --repository NAME --account-id ID --aws-region REGION","         --repo OWNER/REPO [--branch BRANCH | --e\
nvironment NAME]     (GitHub)","         --org-id UUID [--project-id UUID]                             (CircleCI)","         [the delivery options the role must\
 allow, e.g. --cache true]","",'Prints {"permissionsPolicy": \u2026, "trustPolicy": \u2026} as JSON: the least-privilege permissions for',"delivering to the rep\
ository with the given options, and the OIDC trust policy with aud and sub","pinned. No AWS call is made.","","Flags:",...Bg.map(t=>`  --${t.name} ${t.value}
${zg(t.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 printed, 2 bad input."].join(`
`)}function rO(t,e){let r=t,o=/'(-[^' ]+)/.exec(r.message??"")?.[1],n=`see ecr-deliver ${e?`${e} `:""}--help`;switch(r.code){case"ERR_PARSE_ARGS_UNKNOWN_OPTION":
return`${o}: is not a flag of ecr-deliver${e?` ${e}`:""} (${n})`;case"ERR_PARSE_ARGS_INVALID_OPTION_VALUE":return/does not take an argument/.test(r.message??"")?
`${o}: takes no value`:/ambiguous/.test(r.message??"")?`${o}: needs a value; for a value that starts with "-", write ${o}=VALUE`:`${o}: needs a value (${n})`;case"\
ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":{let s=/'([^']*)'/.exec(r.message??"")?.[1]??"";return`${Qn(s)} is not a command or flag: use ${tO.join(", ")} or --flags \
(${n})`}default:return`${(r.message??String(t)).split(`
`)[0]} (${n})`}}function iB(t,e,r){try{let o=Object.fromEntries(e.map(n=>[n,{type:"string"}]));return(0,eO.parseArgs)({args:t,options:{...o,json:{type:"boolean"},
help:{type:"boolean",short:"h"},version:{type:"boolean"}},strict:!0,allowPositionals:!1}).values}catch(o){process.stderr.write(`ecr-deliver: ${rO(o,r)}
`),process.exitCode=2;return}}function aB(t){if(t.includes("--help")||t.includes("-h"))return process.stdout.write(`${sB()}
`),0;try{let{request:e,only:r}=XP(t.filter(o=>o!=="--json"));return process.stdout.write(YP(e,r)),0}catch(e){return e.code?.startsWith("ERR_PARSE_ARGS")?(process.
stderr.write(`ecr-deliver: ${rO(e,"iam-policy")}
`),2):Jl(e)}}async function oO(t){let e=tO.find(i=>i===t[0])??"";if(e==="iam-policy"){process.exitCode=aB(t.slice(1));return}let r=e?t.slice(1):t,o=iB(r,e==="lo\
gin"?Bi:ts.map(i=>i.name),e);if(!o)return;if(o.help)return void process.stdout.write(`${e==="login"?nB():oB()}
`);if(o.version)return void process.stdout.write(`${ZP}
`);let n=Mi(process.env);if(e==="login"){let i=a=>Bi.includes(a)?o[a]??n(a):void 0;process.exitCode=await Yl(i,a=>{o.json&&process.stdout.write(`${JSON.stringify(
{registry:a})}
`)});return}let s=i=>o[i]??n(i);process.exitCode=await Xl(s,i=>{o.json&&process.stdout.write(`${JSON.stringify(nh(i))}
`)})}var iO=require("node:fs");var cB=["deliver","login"],nO="ECR_DELIVER_COMMAND",pB=t=>`'${t.replace(/'/g,"'\\''")}'`,aO=(t,e)=>`export ${zi(t)}=${pB(e)}
`;function lB(t){return Nr.map(({name:e})=>aO(e,xo(t,e))).join("")}function sO(t,e){t.BASH_ENV?(0,iO.appendFileSync)(t.BASH_ENV,e):process.stderr.write(`warning\
: BASH_ENV is not set: the outputs are not exported to later steps
`)}async function cO(t=process.env){let e=t[nO]||"deliver";e==="login"?process.exitCode=await Yl(Mi(t),r=>sO(t,aO("registry",r))):e==="deliver"?process.exitCode=
await Xl(Mi(t),r=>sO(t,lB(r))):(process.stderr.write(`ecr-deliver: ${nO}: ${Qn(e)} is not one of ${cB.join(", ")}
`),process.exitCode=2)}async function dB(){let t=process.env,e=process.argv.slice(2);return e.length===0&&t.GITHUB_ACTIONS==="true"&&Object.keys(t).some(r=>r.startsWith("INPUT_"))?FP(
t)?BP():HP():e.length===0&&t.CIRCLECI==="true"?cO():oO(e)}dB();
